import { bigramDice } from '../text/similarity.js'
import { normalizeText } from '../text/normalize.js'
import { sentences } from '../text/sentences.js'
import { diffIndexed, wordDiff, type WordPart } from './words.js'

/** One row of a section diff: an aligned sentence pair. */
export interface Row {
  kind: 'equal' | 'changed' | 'removed' | 'added'
  old?: string
  new?: string
  /** Word-level parts, for changed rows. */
  parts?: WordPart[]
}

const key = (s: string) => normalizeText(s).replace(/\s/g, '')

/** Pair removed and added sentences of one stretch by similarity, in order. */
function pairStretch(removed: string[], added: string[], rows: Row[], keyOf: (s: string) => string): void {
  let j = 0
  for (let i = 0; i < removed.length; i++) {
    // Look ahead a little for the best partner; unpaired sentences stay removed or added.
    let best = -1
    let bestScore = 0.4
    for (let k = j; k < Math.min(added.length, j + 4); k++) {
      const s = bigramDice(keyOf(removed[i]), keyOf(added[k]))
      if (s > bestScore) {
        bestScore = s
        best = k
      }
    }
    if (best < 0) {
      rows.push({ kind: 'removed', old: removed[i] })
      continue
    }
    for (; j < best; j++) rows.push({ kind: 'added', new: added[j] })
    rows.push({ kind: 'changed', old: removed[i], new: added[best], parts: wordDiff(removed[i], added[best]) })
    j = best + 1
  }
  for (; j < added.length; j++) rows.push({ kind: 'added', new: added[j] })
}

/** A text's sentences; a paragraph (line) ends one even without a full stop, as a heading-like line does. */
const sentencesOf = (text: string) => text.split('\n').flatMap(sentences).map((s) => s.trim()).filter(Boolean)

/** Sentence alignment of two texts, then a word diff inside changed pairs. */
export function sentenceDiff(oldText: string, newText: string): Row[] {
  const a = sentencesOf(oldText)
  if (oldText === newText) return a.map((s) => ({ kind: 'equal', old: s, new: s }))
  const b = sentencesOf(newText)
  const rows: Row[] = []
  // Each sentence's key once: pairing a stretch compares a sentence with several.
  const keys = new Map<string, string>()
  const keyOf = (s: string) => {
    let k = keys.get(s)
    if (k === undefined) keys.set(s, (k = key(s)))
    return k
  }
  const runs = diffIndexed(a, b, keyOf)
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k]
    if (r.kind === 'equal') {
      r.old.forEach((s, i) => rows.push({ kind: 'equal', old: s, new: r.new[i] }))
      continue
    }
    // A delete run followed by an insert run (or the reverse) is one changed stretch.
    const next = runs[k + 1]
    if (next && next.kind !== 'equal' && next.kind !== r.kind) {
      const del = r.kind === 'delete' ? r.old : next.old
      const ins = r.kind === 'insert' ? r.new : next.new
      pairStretch(del, ins, rows, keyOf)
      k++
    } else if (r.kind === 'delete') r.old.forEach((s) => rows.push({ kind: 'removed', old: s }))
    else r.new.forEach((s) => rows.push({ kind: 'added', new: s }))
  }
  return rows
}
