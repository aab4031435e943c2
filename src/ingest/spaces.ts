import { isCjk } from '../text/chars.js'
import { filterBlock } from './positions.js'
import type { Block } from './types.js'

/**
 * Spaces next to Chinese characters carry no meaning ("国 家 宏 观", "2022 年",
 * "增长 4%" in PDF-extracted text): drop them, keep the others.
 */
export function dropCjkSpaces(block: Block): Block {
  const t = block.text
  if (!/\s/.test(t)) return block
  return filterBlock(block, (ch, i) => {
    if (!/\s/.test(ch)) return true
    let a = i - 1
    while (a >= 0 && /\s/.test(t[a])) a--
    let b = i + 1
    while (b < t.length && /\s/.test(t[b])) b++
    return !(isCjk(t[a]) || isCjk(t[b]))
  })
}
