import { createRequire } from 'node:module'

type Cut = (text: string, hmm?: boolean) => string[]
let cutChinese: Cut | undefined

/**
 * jieba (jieba-rs compiled to WebAssembly: one portable package, no per-platform
 * binaries) loads its dictionary on first use: only when Chinese words are needed.
 */
function chineseCutter(): Cut {
  if (!cutChinese) {
    const require = createRequire(import.meta.url)
    cutChinese = (require('jieba-wasm') as { cut: Cut }).cut
  }
  return cutChinese
}

/** A number with its unit (6.5%, 180个, 1.2万亿元, $42.5 million) is one token. */
const FIGURE = /[-+]?\d[\d,，.．]*(?:\s?(?:%|％|个百分点|per cent|percent)|(?:万亿|亿|千万|百万|万|千)?(?:元|美元|亿|万|个|人|户|家|所|条|座|处|项|名|公里|平方米|亩|吨|倍|次|套|张|台)|\s?(?:million|billion|thousand|km|m|kg|MW|GWh)(?![A-Za-z]))?/gu

/**
 * Words of a text for a word diff: jieba words for Chinese, words and spaces
 * for other scripts, figures with their unit kept whole. Concatenated, the
 * tokens give back the text exactly.
 */
export function wordTokens(text: string): string[] {
  const out: string[] = []
  let last = 0
  const pushPlain = (s: string) => {
    if (!s) return
    for (const run of s.match(/\p{Script=Han}+|[A-Za-z'’]+|\s+|./gsu) ?? []) {
      if (/\p{Script=Han}/u.test(run) && run.length > 1) out.push(...chineseCutter()(run, true))
      else out.push(run)
    }
  }
  for (const m of text.matchAll(FIGURE)) {
    pushPlain(text.slice(last, m.index))
    out.push(m[0])
    last = m.index! + m[0].length
  }
  pushPlain(text.slice(last))
  return out
}

/**
 * Terms for similarity: Chinese character bigrams, lower-cased words otherwise;
 * figures masked. A Han bigram is given as a number (its two UTF-16 units), so
 * that large inputs do not create a string per pair of characters.
 */
export function simTerms(text: string, emit: (term: string | number) => void): void {
  const t = text.normalize('NFKC').toLowerCase().replace(/\d+(?:[.,]\d+)*/g, '#')
  for (const m of t.matchAll(/\p{Script=Han}+|[a-z#][a-z#'-]*/gu)) {
    const run = m[0]
    if (run.charCodeAt(0) >= 0x2e80) {
      if (run.length === 1) emit(run.charCodeAt(0))
      for (let i = 0; i + 1 < run.length; i++) emit(run.charCodeAt(i) * 65536 + run.charCodeAt(i + 1))
    } else if (run.length > 2 && !STOP.has(run)) emit(run.replace(/(ies|es|s)$/, ''))
  }
}

const STOP = new Set(['the', 'and', 'for', 'with', 'that', 'this', 'from', 'will', 'are', 'was', 'were', 'has', 'have', 'its', 'our', 'into', 'per', 'not', 'but', 'all', 'been', 'also', 'which', 'their', 'they', 'than'])
