import type { Row } from '../diff/sentences.js'

/** A run of unchanged sentences left out of a view. */
export interface Gap {
  gap: number
}

/**
 * The rows a view shows: every change with `context` unchanged rows around it;
 * longer unchanged stretches become one gap. A negative context keeps all rows.
 */
export function withContext(rows: Row[], context: number): (Row | Gap)[] {
  if (context < 0) return rows
  const keep = new Array(rows.length).fill(false)
  rows.forEach((r, i) => {
    if (r.kind === 'equal') return
    for (let k = Math.max(0, i - context); k <= Math.min(rows.length - 1, i + context); k++) keep[k] = true
  })
  const out: (Row | Gap)[] = []
  rows.forEach((r, i) => {
    const last = out[out.length - 1]
    if (keep[i]) out.push(r)
    else if (last && 'gap' in last) last.gap++
    else out.push({ gap: 1 })
  })
  return out
}

export const isGap = (x: Row | Gap): x is Gap => 'gap' in x
