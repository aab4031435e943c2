import { diffArrays } from 'diff'
import { normalizeText } from '../text/normalize.js'
import { wordTokens } from '../text/tokens.js'

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

/**
 * Word diff of two sentences: dictionary words (ICU), figures with their unit as one
 * token, full- and half-width forms equal. Tiny equal runs between edits are
 * absorbed so a reader sees one change, not confetti (as diff-match-patch's
 * semantic clean-up does).
 */
export function wordDiff(oldText: string, newText: string): WordPart[] {
  const runs = diffIndexed(wordTokens(oldText), wordTokens(newText), (t) => normalizeText(t))
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
