import { createRequire } from 'node:module'

/**
 * Traditional Chinese read as Simplified, character by character, for the
 * grammars and word lists of the later stages (億 → 亿, 個 → 个, 增長 → 增长),
 * which are written once, in Simplified. The text shown to a reader is never
 * converted: a converted string has the same length as the original, so a
 * match in it is sliced from the original at the same offsets.
 *
 * The table is OpenCC's Traditional → Simplified characters (opencc-js),
 * restricted to one BMP character for one: a longer or shorter replacement
 * would move every offset after it. OpenCC's phrase rules are not applied.
 */
let table: Uint16Array | undefined
/** Characters the table converts that Simplified text also writes (乾坤, 乾隆): left as they are. */
const ALSO_SIMPLIFIED = '乾'

const CJK = /[\u3400-\uffff]/

function loadTable(): Uint16Array {
  const { Locale } = createRequire(import.meta.url)('opencc-js/t2cn') as { Locale: { to: { cn: string[][] } } }
  const out = new Uint16Array(0x10000)
  for (const entry of Locale.to.cn[0][1].split('|')) {
    const [from, to] = entry.split(' ')
    if (from.length === 1 && to?.length === 1 && from !== to && !ALSO_SIMPLIFIED.includes(from)) out[from.charCodeAt(0)] = to.charCodeAt(0)
  }
  return out
}

/**
 * Taiwan's words for what the word lists name in Mainland terms, each as long
 * as its counterpart: 計畫 (plan) is 计划, 國內生產毛額 (GDP) is 国内生产总值.
 */
const REGIONAL: Record<string, string> = { 计画: '计划', 毛额: '总值' }
const REGIONAL_WORD = new RegExp(Object.keys(REGIONAL).join('|'), 'g')

/**
 * `text` with every Traditional character replaced by its Simplified form; the
 * same string when it has none. With `upTo`, only the characters before it.
 */
export function toSimplified(text: string, upTo = text.length): string {
  // Loaded on the first CJK text: English reports never pay for it.
  const t = table ?? (CJK.test(text) ? (table = loadTable()) : undefined)
  if (!t) return text
  // Most text is Simplified or not Chinese at all: find the first character to change before building anything.
  let i = 0
  const end = Math.min(upTo, text.length)
  while (i < end && t[text.charCodeAt(i)] === 0) i++
  if (i === end) return text
  let out = text.slice(0, i)
  let from = i
  for (; i < end; i++) {
    const s = t[text.charCodeAt(i)]
    if (s === 0) continue
    out += text.slice(from, i) + String.fromCharCode(s)
    from = i + 1
  }
  return (out + text.slice(from)).replace(REGIONAL_WORD, (w) => REGIONAL[w])
}

/**
 * A piece of `converted` (as `toSimplified` gave it for `original`) in the
 * original's own script: the same span of the original. A piece not found
 * there (built, not sliced) is returned as it is.
 */
export function inOriginalScript(piece: string, converted: string, original: string): string {
  if (converted === original) return piece
  const at = converted.indexOf(piece)
  return at < 0 ? piece : original.slice(at, at + piece.length)
}
