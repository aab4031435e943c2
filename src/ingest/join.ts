import { isCjk } from '../text/chars.js'
import { joinBlocks, subBlock } from './positions.js'
import type { Block } from './types.js'

/** Join two lines: no space between Chinese characters (nor inside a figure a Chinese line broke), one space between words. */
function joinerFor(a: string, b: string): string {
  if (isCjk(a[a.length - 1]) || isCjk(b[0]) || /-$/.test(a)) return ''
  // ("达到15" / "00家": a figure between Chinese words, broken at the margin.)
  return /\p{Script=Han}\s?\d[\d,.]*$/u.test(a) && /^\d[\d,.]*\s?[\p{Script=Han}%％]/u.test(b) ? '' : ' '
}

/** Lines joined into one block: a word hyphenated at the margin ("mil-" / "lion") is one word again. */
export function joinLines(parts: Block[], hyphenated: () => Set<string>): Block {
  let acc = parts[0]
  for (const p of parts.slice(1)) {
    const joiner = joinerFor(acc.text, p.text)
    // A word hyphenated at the margin ("mil-" / "lion") is one word again, unless the text writes it
    // with its hyphen elsewhere ("long-" / "term" where "long-term" appears within a line).
    const head = /([A-Za-z]{2,})-$/.exec(acc.text)?.[1]
    const tail = /^[a-z]{2,}/.exec(p.text)?.[0]
    if (head && tail && !hyphenated().has(`${head}-${tail}`.toLowerCase())) acc = subBlock(acc, 0, acc.text.length - 1)
    acc = joinBlocks([acc, p], joiner)
  }
  return acc
}

/** The hyphenated words a text writes within its lines, lower-cased. */
export function hyphenatedWords(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(/[A-Za-z]+-[a-z]+/g), (m) => m[0].toLowerCase()))
}
