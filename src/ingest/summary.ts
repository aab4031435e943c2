import { unitClass } from '../text/chars.js'
import type { Block, Document } from './types.js'

const SPACE_OR_PUNCTUATION = /[\s\p{P}]/u
const droppedUnit = unitClass(SPACE_OR_PUNCTUATION)

/**
 * The text without spaces and punctuation. A loop over a lookup table, not a
 * Unicode-property regex replace: it runs over every character of a report.
 */
export function squash(s: string): string {
  let out = ''
  let from = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    let width = 1
    let drop: boolean
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      width = 2
      drop = SPACE_OR_PUNCTUATION.test(String.fromCodePoint(s.codePointAt(i)!))
    } else drop = droppedUnit(c)
    if (drop) {
      out += s.slice(from, i)
      from = i + width
    }
    i += width - 1
  }
  return from === 0 ? s : out + s.slice(from)
}

/**
 * Sharing and news pages repeat the start of the text as a summary, either
 * before it ("标题 各位代表:现在,我代表…") or after it (after "摘要:").
 * A long block near either end whose text reappears elsewhere is that copy.
 */
export function dropDuplicatedSummary(blocks: Block[], removed: Document['removed'], lineOf: (b: Block) => number): Block[] {
  if (blocks.length < 6) return blocks
  const candidates = new Set<number>()
  for (let i = 0; i < Math.min(12, blocks.length); i++) candidates.add(i)
  for (let i = Math.max(0, blocks.length - 12); i < blocks.length; i++) candidates.add(i)
  const drop = new Set<number>()
  const squashed = blocks.map((b) => squash(b.text))
  const whole = squashed.join('')
  for (const i of candidates) {
    const s = squashed[i]
    if (s.length < 80) continue
    // A paragraph said twice is the author's; a summary copy spans several paragraphs.
    if (squashed.some((x, j) => j !== i && x === s)) continue
    // Probe three chunks; the copy may start with a title and end mid-word.
    // Each must be found once more besides the block itself.
    const probes = [0.25, 0.5, 0.75].map((f) => s.slice(Math.floor(s.length * f) - 15, Math.floor(s.length * f) + 15))
    if (probes.every((p) => whole.indexOf(p) !== whole.lastIndexOf(p))) drop.add(i)
  }
  if (drop.size === 0) return blocks
  for (const i of drop) removed.push({ line: lineOf(blocks[i]), reason: 'duplicated summary', text: blocks[i].text.slice(0, 60) })
  return blocks.filter((_, i) => !drop.has(i))
}
