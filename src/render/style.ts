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

/** Wrap plain text to a display width (no ANSI codes inside). */
export function wrap(s: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  let w = 0
  for (const token of s.match(/[A-Za-z0-9.,%'’\-]+\s*|\s+|./gsu) ?? []) {
    const tw = stringWidth(token)
    if (w + tw > width && line) {
      lines.push(line.trimEnd())
      line = ''
      w = 0
      if (/^\s+$/.test(token)) continue
    }
    if (tw > width) {
      for (const ch of token) {
        const cw = stringWidth(ch)
        if (w + cw > width) {
          lines.push(line)
          line = ''
          w = 0
        }
        line += ch
        w += cw
      }
      continue
    }
    line += token
    w += tw
  }
  if (line.trim() || lines.length === 0) lines.push(line.trimEnd())
  return lines
}

export { stringWidth }
