import { HAN, unitClass } from './chars.js'
import { toSimplified } from './script.js'
let chineseWords: Intl.Segmenter | undefined

/**
 * Chinese words come from ICU's dictionary-based word breaker, built into Node
 * (Intl.Segmenter): no dictionary to load per run. jieba's dictionary build
 * took 250 ms of every process, most of what a whole comparison of two
 * 60 KB reports may cost.
 */
function chineseSegments(run: string): string[] {
  chineseWords ??= new Intl.Segmenter('zh', { granularity: 'word' })
  const out: string[] = []
  for (const s of chineseWords.segment(run)) out.push(s.segment)
  return out
}

/** A number with its unit (6.5%, 180个, 1.2万亿元, $42.5 million) is one token. */
const FIGURE = /[-+]?\d[\d,，.．]*(?:\s?(?:%|％|个百分点|per cent|percent)|(?:万亿|亿|千万|百万|万|千)?(?:元|美元|亿|万|个|人|户|家|所|条|座|处|项|名|公里|平方米|亩|吨|倍|次|套|张|台)|\s?(?:million|billion|thousand|km|m|kg|MW|GWh)(?![A-Za-z]))?/gu

/** Where the figures of a text (with their units) start and end. */
export function figureSpans(text: string): [number, number][] {
  return [...toSimplified(text).matchAll(FIGURE)].map((m) => [m.index!, m.index! + m[0].length])
}

/**
 * Words of a text for a word diff: dictionary words for Chinese, words and spaces
 * for other scripts, figures with their unit kept whole. Concatenated, the
 * tokens give back the text exactly. `segmented` keeps the word breaks of Han
 * runs met before (the two sides of a changed sentence share most of theirs).
 */
export function wordTokens(text: string, segmented?: Map<string, string[]>): string[] {
  const out: string[] = []
  let last = 0
  const pushPlain = (s: string) => {
    if (!s) return
    for (const run of s.match(/\p{Script=Han}+|[A-Za-z'’]+|\s+|./gsu) ?? []) {
      if (!(/\p{Script=Han}/u.test(run) && run.length > 1)) {
        out.push(run)
        continue
      }
      let words = segmented?.get(run)
      if (!words) {
        words = chineseSegments(run)
        segmented?.set(run, words)
      }
      out.push(...words)
    }
  }
  // Units are matched in their Simplified form (180個 is 180个); the token keeps the text as written.
  for (const m of toSimplified(text).matchAll(FIGURE)) {
    pushPlain(text.slice(last, m.index))
    out.push(text.slice(m.index, m.index + m[0].length))
    last = m.index! + m[0].length
  }
  pushPlain(text.slice(last))
  return out
}

/** Whether a BMP code unit is of the Han script. */
const hanUnit = unitClass(HAN)
const isHan = (c: number) => c >= 0x2e80 && c <= 0xfaff && hanUnit(c)
const isHanPoint = (cp: number) => HAN.test(String.fromCodePoint(cp))

const isWordChar = (c: number) => (c >= 0x61 && c <= 0x7a) || c === 0x23 || c === 0x27 || c === 0x2d // a-z # ' -
const isDigit = (c: number) => c >= 0x30 && c <= 0x39

/**
 * Terms for similarity: Chinese character bigrams, lower-cased words otherwise;
 * figures masked. A Han bigram is given as a number (its two UTF-16 units), so
 * that large inputs do not create a string per pair of characters. One pass
 * over the characters: this runs over every character of both reports.
 */
export function simTerms(text: string, emit: (term: string | number) => void): void {
  const t = text.normalize('NFKC').toLowerCase()
  const n = t.length
  let i = 0
  while (i < n) {
    const c = t.charCodeAt(i)
    // A Han run: its characters (as UTF-16 units) in bigrams, a lone character alone.
    let end = i
    for (;;) {
      const d = t.charCodeAt(end)
      if (end < n && isHan(d)) end++
      else if (end + 1 < n && d >= 0xd800 && d <= 0xdbff && isHanPoint(t.codePointAt(end)!)) end += 2
      else break
    }
    if (end > i) {
      if (end - i === 1) emit(c)
      for (let k = i; k + 1 < end; k++) emit(t.charCodeAt(k) * 65536 + t.charCodeAt(k + 1))
      i = end
      continue
    }
    // A word: [a-z#][a-z#'-]*, where every figure (digits with . or , between) reads as '#'.
    if ((c >= 0x61 && c <= 0x7a) || isDigit(c) || c === 0x23) {
      let word = ''
      let from = i
      while (i < n) {
        const d = t.charCodeAt(i)
        if (isDigit(d)) {
          word += t.slice(from, i) + '#'
          while (i < n && (isDigit(t.charCodeAt(i)) || ((t.charCodeAt(i) === 0x2e || t.charCodeAt(i) === 0x2c) && isDigit(t.charCodeAt(i + 1))))) i++
          from = i
        } else if (isWordChar(d)) i++
        else break
      }
      word += t.slice(from, i)
      if (word.length > 2 && !STOP.has(word)) emit(word.replace(/(ies|es|s)$/, ''))
      continue
    }
    i++
  }
}

const STOP = new Set(['the', 'and', 'for', 'with', 'that', 'this', 'from', 'will', 'are', 'was', 'were', 'has', 'have', 'its', 'our', 'into', 'per', 'not', 'but', 'all', 'been', 'also', 'which', 'their', 'they', 'than'])
