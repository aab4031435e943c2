import { Chalk, type ChalkInstance } from 'chalk'
import { displayWidth as stringWidth } from '../text/width.js'

export interface TerminalOptions {
  /** 0 = no color, 1 = 16 colors, 2 = 256, 3 = truecolor. */
  colorLevel: 0 | 1 | 2 | 3
  /** Terminal columns to fit. */
  width: number
}

export const defaultTerminal: TerminalOptions = { colorLevel: 0, width: 100 }

export function painter(options: TerminalOptions): ChalkInstance {
  return new Chalk({ level: options.colorLevel })
}

/** Pad to a display width (CJK characters take two columns). */
export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - stringWidth(s)))
}

export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - stringWidth(s))) + s
}

/** Cut to a display width, with an ellipsis when cut. */
export function truncate(s: string, width: number): string {
  if (stringWidth(s) <= width) return s
  let out = ''
  for (const ch of s) {
    if (stringWidth(out + ch) > width - 1) break
    out += ch
  }
  return out + '…'
}

export { stringWidth }

/**
 * An integer with thousands separators (1,260). toLocaleString does the same
 * but builds an ICU number formatter on first use, 7 ms of every run.
 */
export function grouped(n: number): string {
  const s = String(n)
  return /e/.test(s) ? n.toLocaleString('en-US') : s.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
