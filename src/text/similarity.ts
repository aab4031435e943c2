// fast-levenshtein's own engine: fast-levenshtein 3 wraps it and builds an ICU collator on load (10 ms a run) for an option not used here.
import { distance } from 'fastest-levenshtein'
import { simTerms } from './tokens.js'

/** 1 − edit distance / longer length. */
export function levenshteinRatio(a: string, b: string): number {
  if (!a && !b) return 1
  const n = Math.max(a.length, b.length)
  return 1 - distance(a, b) / n
}

/** Scratch arrays for bigramDice, grown as needed: it runs for every candidate pair of sentences and headings. */
let bigramsA: Float64Array = new Float64Array(256)
let bigramsB: Float64Array = new Float64Array(256)

/** A text's bigrams, each as a number (its two UTF-16 units), sorted, in `into` (grown if needed). */
function sortedBigrams(text: string, into: Float64Array): Float64Array {
  const n = text.length - 1
  if (into.length < n) into = new Float64Array(2 * n)
  for (let i = 0; i < n; i++) into[i] = text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1)
  into.subarray(0, n).sort()
  return into
}

/** Dice coefficient over character bigrams (as a multiset): robust to word order. */
export function bigramDice(a: string, b: string): number {
  if (!a || !b) return 0
  if (a === b) return 1
  if (a.length < 2 || b.length < 2) return a.includes(b) || b.includes(a) ? 0.5 : 0
  const x = (bigramsA = sortedBigrams(a, bigramsA))
  const y = (bigramsB = sortedBigrams(b, bigramsB))
  // Shared bigrams, each counted as often as both texts have it: a merge of the two sorted lists.
  let inter = 0
  for (let i = 0, j = 0; i < a.length - 1 && j < b.length - 1; ) {
    if (x[i] === y[j]) {
      inter++
      i++
      j++
    } else if (x[i] < y[j]) i++
    else j++
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
  const terms = new TermIds()
  let buffer = new Int32Array(4096)
  const counts: Counts[] = texts.map((t) => {
    let length = 0
    simTerms(t, (term) => {
      if (length === buffer.length) {
        const grown = new Int32Array(buffer.length * 2)
        grown.set(buffer)
        buffer = grown
      }
      buffer[length++] = typeof term === 'number' ? terms.ofCode(term) : terms.ofWord(term)
    })
    return runLengths(buffer.subarray(0, length).sort())
  })
  if (parents) {
    // Children come after their parents: going from the last, each section's children are complete when it is reached.
    const children: number[][] = counts.map(() => [])
    parents.forEach((p, k) => p >= 0 && children[p].push(k))
    const sum = new Float64Array(terms.size)
    const seen = new Int32Array(terms.size)
    for (let k = counts.length - 1; k >= 0; k--) if (children[k].length) counts[k] = sumCounts([counts[k], ...children[k].map((c) => counts[c])], sum, seen)
  }
  const df = new Int32Array(terms.size)
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

/** Sorted term ids → distinct ids with how often each occurs. */
function runLengths(sorted: Int32Array): Counts {
  let distinct = 0
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) distinct++
  const ids = new Int32Array(distinct)
  const values = new Float64Array(distinct)
  let at = -1
  for (let k = 0; k < sorted.length; k++) {
    if (k === 0 || sorted[k] !== sorted[k - 1]) ids[++at] = sorted[k]
    values[at]++
  }
  return { ids, values }
}

/**
 * Dense integer ids for terms: words through a Map, character codes (Han
 * bigrams, up to 2³²) through an open-addressing table of typed arrays, which
 * millions of lookups on a large report need (a Map of numbers that big boxes
 * every key).
 */
class TermIds {
  size = 0
  private readonly words = new Map<string, number>()
  private keys = new Float64Array(1 << 16).fill(-1)
  private ids = new Int32Array(1 << 16)
  private used = 0

  ofWord(word: string): number {
    let id = this.words.get(word)
    if (id === undefined) this.words.set(word, (id = this.size++))
    return id
  }

  ofCode(code: number): number {
    let slot = TermIds.slot(this.keys, code)
    if (this.keys[slot] === code) return this.ids[slot]
    const id = this.size++
    this.keys[slot] = code
    this.ids[slot] = id
    if (++this.used * 2 > this.keys.length) {
      // Grow at half full, re-inserting every key.
      const { keys, ids } = this
      this.keys = new Float64Array(keys.length * 2).fill(-1)
      this.ids = new Int32Array(keys.length * 2)
      for (let s = 0; s < keys.length; s++) {
        if (keys[s] === -1) continue
        slot = TermIds.slot(this.keys, keys[s])
        this.keys[slot] = keys[s]
        this.ids[slot] = ids[s]
      }
    }
    return id
  }

  /** The slot holding `code`, or the empty slot (-1) where it belongs: linear probing from its hash. */
  private static slot(keys: Float64Array, code: number): number {
    const mask = keys.length - 1
    let slot = (Math.imul(code | 0, 0x9e3779b1) >>> 0) & mask
    while (keys[slot] !== code && keys[slot] !== -1) slot = (slot + 1) & mask
    return slot
  }
}

/** Term counts: ids ascending, with how often each occurs. */
interface Counts {
  ids: Int32Array
  values: Float64Array
}

/**
 * The sum of count vectors, through scratch arrays as long as the term ids:
 * `sum` zeroed (and left zeroed), `seen` for the ids met.
 */
function sumCounts(parts: Counts[], sum: Float64Array, seen: Int32Array): Counts {
  let n = 0
  for (const { ids, values } of parts) {
    for (let k = 0; k < ids.length; k++) {
      if (sum[ids[k]] === 0) seen[n++] = ids[k]
      sum[ids[k]] += values[k]
    }
  }
  const ids = seen.slice(0, n).sort()
  const values = new Float64Array(ids.length)
  for (let k = 0; k < ids.length; k++) {
    values[k] = sum[ids[k]]
    sum[ids[k]] = 0
  }
  return { ids, values }
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
