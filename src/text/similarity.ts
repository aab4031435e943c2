import levenshtein from 'fast-levenshtein'
import { simTerms } from './tokens.js'

/** 1 − edit distance / longer length. */
export function levenshteinRatio(a: string, b: string): number {
  if (!a && !b) return 1
  const n = Math.max(a.length, b.length)
  return 1 - levenshtein.get(a, b) / n
}

/** Dice coefficient over character bigrams: robust to word order. */
export function bigramDice(a: string, b: string): number {
  if (!a || !b) return 0
  if (a === b) return 1
  if (a.length < 2 || b.length < 2) return a.includes(b) || b.includes(a) ? 0.5 : 0
  const counts = new Map<string, number>()
  for (let i = 0; i + 1 < a.length; i++) counts.set(a.slice(i, i + 2), (counts.get(a.slice(i, i + 2)) ?? 0) + 1)
  let inter = 0
  for (let i = 0; i + 1 < b.length; i++) {
    const k = b.slice(i, i + 2)
    const c = counts.get(k)
    if (c) {
      inter++
      counts.set(k, c - 1)
    }
  }
  return (2 * inter) / (a.length + b.length - 2)
}

export type Vector = Map<string, number>

/** TF-IDF vectors for a set of texts, L2-normalised, with figures masked. */
export function tfidfVectors(texts: string[]): Vector[] {
  const tfs = texts.map((t) => {
    const tf = new Map<string, number>()
    for (const term of simTerms(t)) tf.set(term, (tf.get(term) ?? 0) + 1)
    return tf
  })
  const df = new Map<string, number>()
  for (const tf of tfs) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1)
  const n = texts.length
  return tfs.map((tf) => {
    const v: Vector = new Map()
    let norm = 0
    for (const [term, count] of tf) {
      const w = (1 + Math.log(count)) * Math.log(1 + n / (df.get(term) ?? 1))
      v.set(term, w)
      norm += w * w
    }
    norm = Math.sqrt(norm) || 1
    for (const [term, w] of v) v.set(term, w / norm)
    return v
  })
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a]
  let dot = 0
  for (const [term, w] of small) {
    const o = large.get(term)
    if (o) dot += w * o
  }
  return dot
}
