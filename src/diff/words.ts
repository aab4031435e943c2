// Only the array diff: the package index would load every other diff (about 20 modules) at start-up.
import { diffArrays } from 'diff/lib/diff/array.js'
import { normalizeText } from '../text/normalize.js'
import { figureSpans, wordTokens } from '../text/tokens.js'

export interface WordPart {
  kind: 'equal' | 'delete' | 'insert'
  text: string
}

/** Walk a diff of normalised arrays, giving back the original items on each side. */
export function diffIndexed<T>(a: T[], b: T[], key: (x: T) => string): { kind: 'equal' | 'delete' | 'insert'; old: T[]; new: T[] }[] {
  const parts = diffArrays(a.map(key), b.map(key))
  const out: { kind: 'equal' | 'delete' | 'insert'; old: T[]; new: T[] }[] = []
  let i = 0
  let j = 0
  for (const p of parts) {
    const n = p.count ?? p.value.length
    if (p.added) {
      out.push({ kind: 'insert', old: [], new: b.slice(j, j + n) })
      j += n
    } else if (p.removed) {
      out.push({ kind: 'delete', old: a.slice(i, i + n), new: [] })
      i += n
    } else {
      out.push({ kind: 'equal', old: a.slice(i, i + n), new: b.slice(j, j + n) })
      i += n
      j += n
    }
  }
  return out
}

const BREAK = /[\s，。；;：:、！？!?（）()]/

/**
 * Where a sentence may be cut without splitting a word or a figure: just
 * after a clause break (a comma inside 1,260 is none) and before a non-space,
 * outside every figure with its unit ("18 per cent").
 */
function cutter(text: string): (k: number) => boolean {
  const figures = figureSpans(text)
  return (k) => {
    if (k <= 0 || k >= text.length) return true
    const before = text[k - 1]
    if (!(BREAK.test(before) || (before === ',' && !/\d/.test(text[k])))) return false
    if (/\s/.test(text[k])) return false
    return !figures.some(([from, to]) => from < k && k < to)
  }
}

/**
 * The unchanged ends two sentences share, cut where `cutter` allows: they
 * need no word breaking, only the stretch between them does.
 */
function sharedEnds(a: string, b: string): { head: string; tail: string } {
  const max = Math.min(a.length, b.length)
  let p = 0
  while (p < max && a[p] === b[p]) p++
  if (p === a.length && p === b.length) return { head: a, tail: '' }
  const cutA = cutter(a)
  const cutB = cutter(b)
  while (p > 0 && !(cutA(p) && cutB(p))) p--
  let q = 0
  while (q < max - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++
  while (q > 0 && !(cutA(a.length - q) && cutB(b.length - q))) q--
  return { head: a.slice(0, p), tail: q ? a.slice(a.length - q) : '' }
}

/**
 * Word diff of two sentences: dictionary words (ICU), figures with their unit as one
 * token, full- and half-width forms equal. Tiny equal runs between edits are
 * absorbed so a reader sees one change, not confetti (as diff-match-patch's
 * semantic clean-up does).
 */
export function wordDiff(oldText: string, newText: string): WordPart[] {
  const { head, tail } = sharedEnds(oldText, newText)
  const segmented = new Map<string, string[]>()
  const tokens = (text: string) => [head, ...wordTokens(text.slice(head.length, text.length - tail.length), segmented), tail].filter(Boolean)
  const runs = diffIndexed(tokens(oldText), tokens(newText), (t) => normalizeText(t))
  const parts: WordPart[] = []
  const push = (kind: WordPart['kind'], text: string) => {
    if (!text) return
    const last = parts[parts.length - 1]
    if (last && last.kind === kind) last.text += text
    else parts.push({ kind, text })
  }
  runs.forEach((r, k) => {
    const text = (r.kind === 'delete' ? r.old : r.new).join('')
    const between = r.kind === 'equal' && k > 0 && k < runs.length - 1 && runs[k - 1].kind !== 'equal' && runs[k + 1].kind !== 'equal'
    if (between && text.replace(/\s/g, '').length <= 1) {
      push('delete', r.old.join(''))
      push('insert', text)
      return
    }
    push(r.kind, text)
  })
  // Put deletions before insertions inside each changed stretch.
  const out: WordPart[] = []
  let del = ''
  let ins = ''
  const flush = () => {
    if (del) out.push({ kind: 'delete', text: del })
    if (ins) out.push({ kind: 'insert', text: ins })
    del = ins = ''
  }
  for (const p of parts) {
    if (p.kind === 'delete') del += p.text
    else if (p.kind === 'insert') ins += p.text
    else {
      flush()
      out.push(p)
    }
  }
  flush()
  return out
}
