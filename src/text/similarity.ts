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

/** A sparse vector: term ids ascending, with their weights. */
export interface Vector {
  ids: Int32Array
  weights: Float64Array
}

/**
 * TF-IDF vectors for a set of texts, L2-normalised, with figures masked.
 * Terms are interned as integers so that large inputs stay light. With
 * `parents` (index of each text's parent, or -1; parents before children),
 * each vector covers the text and all its descendants.
 */
export function tfidfVectors(texts: string[], parents?: number[]): Vector[] {
  const intern = new Map<string | number, number>()
  const counts: Counts[] = texts.map((t) => {
    const tf = new Map<number, number>()
    simTerms(t, (term) => {
      let id = intern.get(term)
      if (id === undefined) intern.set(term, (id = intern.size))
      tf.set(id, (tf.get(id) ?? 0) + 1)
    })
    const ids = Int32Array.from(tf.keys()).sort()
    return { ids, values: Float64Array.from(ids, (id) => tf.get(id)!) }
  })
  if (parents) {
    // Children come after their parents: add each into its parent, last first.
    for (let k = counts.length - 1; k >= 0; k--) if (parents[k] >= 0) counts[parents[k]] = addCounts(counts[parents[k]], counts[k])
  }
  const df = new Int32Array(intern.size)
  for (const c of counts) for (const id of c.ids) df[id]++
  const n = texts.length
  const idf = Float64Array.from(df, (d) => Math.log(1 + n / d))
  return counts.map(({ ids, values }) => {
    const weights = new Float64Array(ids.length)
    let norm = 0
    for (let k = 0; k < ids.length; k++) {
      const c = values[k]
      const w = (c === 1 ? 1 : 1 + Math.log(c)) * idf[ids[k]]
      weights[k] = w
      norm += w * w
    }
    norm = Math.sqrt(norm) || 1
    for (let k = 0; k < weights.length; k++) weights[k] /= norm
    return { ids, weights }
  })
}

/** Term counts: ids ascending, with how often each occurs. */
interface Counts {
  ids: Int32Array
  values: Float64Array
}

/** The sum of two count vectors, by a merge of their sorted ids. */
function addCounts(a: Counts, b: Counts): Counts {
  const ids = new Int32Array(a.ids.length + b.ids.length)
  const values = new Float64Array(ids.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i] : Infinity
    const y = j < b.ids.length ? b.ids[j] : Infinity
    if (x === y) {
      ids[k] = x
      values[k++] = a.values[i++] + b.values[j++]
    } else if (x < y) {
      ids[k] = x
      values[k++] = a.values[i++]
    } else {
      ids[k] = y
      values[k++] = b.values[j++]
    }
  }
  return { ids: ids.slice(0, k), values: values.slice(0, k) }
}

export function cosine(a: Vector, b: Vector): number {
  let dot = 0
  let i = 0
  let j = 0
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]
    const y = b.ids[j]
    if (x === y) dot += a.weights[i++] * b.weights[j++]
    else if (x < y) i++
    else j++
  }
  return dot
}
