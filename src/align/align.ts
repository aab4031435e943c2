import type { Outline } from '../outline/types.js'
import { assignEdges } from './assign.js'
import { Groups } from './groups.js'
import { placeLeftovers } from './leftovers.js'
import { PairScorer, type PairScore } from './scoring.js'
import { defaultAlignOptions, type AlignOptions, type Link, type LinkStatus } from './types.js'

export { headingSimilarity } from './scoring.js'

/** Longest increasing subsequence (indices into `seq`): links outside it moved. */
function longestIncreasing(seq: number[]): Set<number> {
  const tails: number[] = []
  const prev = new Array(seq.length).fill(-1)
  for (let i = 0; i < seq.length; i++) {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (seq[tails[mid]] < seq[i]) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) prev[i] = tails[lo - 1]
    tails[lo] = i
  }
  const keep = new Set<number>()
  for (let k = tails[tails.length - 1] ?? -1; k !== -1; k = prev[k]) keep.add(k)
  return keep
}

/** Candidate pairs of numbered sections: all of them, or top-k by content and same headings on large inputs. */
function candidatePairs(s: PairScorer): [number, number][] {
  const { A, B } = s
  const out: [number, number][] = []
  if (s.dense) {
    for (let i = 0; i < A.size; i++) if (!A.optional[i]) for (let j = 0; j < B.size; j++) if (!B.optional[j]) out.push([i, j])
    return out
  }
  // Inverted index, flat: term id → the sections of B holding it, with the term's weight there.
  let terms = 0
  B.vectors.forEach((v, j) => {
    if (!B.optional[j] && v.ids.length) terms = Math.max(terms, v.ids[v.ids.length - 1] + 1)
  })
  const start = new Int32Array(terms + 1)
  B.vectors.forEach((v, j) => {
    if (!B.optional[j]) for (const t of v.ids) start[t + 1]++
  })
  // Each section is looked up by its most telling terms; terms in very many sections say little and cost much.
  const MAX_POSTING = 64
  const TERMS = 16
  // Only the short lists are ever read, so only they are filled: start[t] = start[t + 1] marks a term skipped.
  for (let t = 0; t < terms; t++) start[t + 1] = start[t] + (start[t + 1] > MAX_POSTING ? 0 : start[t + 1])
  const fill = start.slice(0, terms)
  const postJ = new Int32Array(start[terms])
  const postW = new Float64Array(start[terms])
  B.vectors.forEach((v, j) => {
    if (B.optional[j]) return
    for (let k = 0; k < v.ids.length; k++) {
      const t = v.ids[k]
      if (start[t] === start[t + 1]) continue
      const at = fill[t]++
      postJ[at] = j
      postW[at] = v.weights[k]
    }
  })
  const byKey = new Map<string, number[]>()
  B.keys.forEach((k, j) => {
    const list = byKey.get(k)
    if (list) list.push(j)
    else byKey.set(k, [j])
  })
  const acc = new Float64Array(B.size)
  const touched: number[] = []
  for (let i = 0; i < A.size; i++) {
    if (A.optional[i]) continue
    const v = A.vectors[i]
    for (const k of heaviest(v.weights, TERMS)) {
      const t = v.ids[k]
      if (t >= terms) continue
      for (let p = start[t]; p < start[t + 1]; p++) {
        if (acc[postJ[p]] === 0) touched.push(postJ[p])
        acc[postJ[p]] += v.weights[k] * postW[p]
      }
    }
    touched.sort((x, y) => acc[y] - acc[x] || x - y)
    const top = new Set(touched.slice(0, s.o.candidates))
    for (const j of touched) acc[j] = 0
    touched.length = 0
    // Same headings: the few nearest in reading order.
    for (const j of nearest(byKey.get(A.keys[i]) ?? [], (j) => Math.abs(j / B.size - i / A.size), 4)) if (!B.optional[j]) top.add(j)
    for (const j of top) out.push([i, j])
  }
  return out
}

/**
 * The `count` items of an ascending list nearest a point, by a distance that
 * falls and then rises along the list; nearest first (ties: the earlier).
 * Two pointers from the closest item: headings repeated in hundreds of
 * sections must not cost a sort per section.
 */
function nearest(list: number[], distance: (x: number) => number, count: number): number[] {
  let lo = 0
  let hi = list.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (distance(list[mid]) <= distance(list[mid + 1])) hi = mid
    else lo = mid + 1
  }
  const out: number[] = []
  let l = lo - 1
  let r = lo
  while (out.length < count && (l >= 0 || r < list.length)) {
    if (r < list.length && (l < 0 || distance(list[r]) < distance(list[l]))) out.push(list[r++])
    else out.push(list[l--])
  }
  return out
}

/** Indices of the `count` largest weights, largest first (ties: lower index first). */
function heaviest(weights: Float64Array, count: number): number[] {
  const top: number[] = []
  for (let k = 0; k < weights.length; k++) {
    if (top.length === count && weights[k] <= weights[top[top.length - 1]]) continue
    let at = top.length
    while (at > 0 && weights[top[at - 1]] < weights[k]) at--
    top.splice(at, 0, k)
    if (top.length > count) top.pop()
  }
  return top
}

const round = (x: number) => Math.round(x * 100) / 100

/**
 * Align the sections of two outlines. The numbered skeleton first: candidate
 * pairs scored by heading, content, position, depth and role; a global
 * maximum-weight one-to-one assignment, solved twice so that children of
 * linked parents prefer each other. Then every leftover, optional sub-topics
 * included, is placed as a split or merge piece, or added or removed. Every
 * section of both outlines appears in exactly one link. Pure.
 */
export function alignOutlines(oldOutline: Outline, newOutline: Outline, options: Partial<AlignOptions> = {}): Link[] {
  const o = { ...defaultAlignOptions, ...options }
  const s = new PairScorer(oldOutline, newOutline, o)
  const { A, B } = s
  const candidates = candidatePairs(s)
  s.observe(s.dense ? (function* () { for (let i = 0; i < A.size; i++) for (let j = 0; j < B.size; j++) yield [i, j] as [number, number] })() : candidates)

  const solve = (scored: ({ i: number; j: number } & PairScore)[]): number[] => assignEdges(scored.map((c) => ({ i: c.i, j: c.j, w: c.score - o.threshold })), A.size)
  const first = solve(candidates.map(([i, j]) => ({ i, j, ...s.score(i, j) })))
  // Agreement: the candidate lies under the counterpart of the section's nearest linked ancestor.
  const agree = (i: number, j: number) => {
    if (A.parent[i] === -1) return B.parent[j] === -1 ? o.parentWeight : 0
    for (let p = A.parent[i]; p !== -1; p = A.parent[p]) if (first[p] !== -1) return B.ancestors[j].has(first[p]) ? o.parentWeight : 0
    return 0
  }
  const scored = candidates.map(([i, j]) => ({ i, j, ...s.score(i, j, agree(i, j)) }))
  const known = new Map(scored.map((c) => [c.i * B.size + c.j, c]))
  const score = (i: number, j: number) => known.get(i * B.size + j) ?? s.score(i, j, agree(i, j))

  const groups = new Groups()
  solve(scored).forEach((j, i) => j >= 0 && groups.found(i, j))
  const { removed, added } = placeLeftovers(s, groups, score)

  const links: Link[] = []
  const ordered = [...groups.list].sort((x, y) => x.i - y.i)
  const inOrder = longestIncreasing(ordered.map((g) => g.j))
  ordered.forEach((g, k) => {
    g.old.sort((x, y) => x - y)
    g.new.sort((x, y) => x - y)
    const c = score(g.i, g.j)
    const moved = !inOrder.has(k)
    // A link is a merge or split when several numbered sections share it; sub-topics riding along do not count.
    const numbered = (ids: number[], side: typeof A) => ids.filter((x) => !side.optional[x]).length
    const status: LinkStatus = numbered(g.old, A) > 1 ? 'merged' : numbered(g.new, B) > 1 ? 'split' : g.old.length > 1 && g.new.length === 1 && A.optional[g.i] ? 'merged' : g.new.length > 1 && g.old.length === 1 && B.optional[g.j] ? 'split' : c.heading < 0.85 ? 'renamed' : moved ? 'moved' : 'matched'
    links.push({
      status,
      old: g.old.map((i) => A.sections[i].id),
      new: g.new.map((j) => B.sections[j].id),
      score: round(c.score),
      heading: round(c.heading),
      content: round(c.content),
      ...(moved ? { moved } : {}),
      why: `heading ${c.heading.toFixed(2)} · content ${c.content.toFixed(2)}${moved ? ' · order changed' : ''}`,
    })
  })
  for (const i of removed) links.push({ status: 'removed', old: [A.sections[i].id], new: [], why: 'no counterpart in the new report' })
  for (const j of added) links.push({ status: 'added', old: [], new: [B.sections[j].id], why: 'no counterpart in the old report' })
  return readingOrder(links, (l) => A.index.get(l.old[0])!, (l) => B.index.get(l.new[0])!)
}

/** Links in the old report's order, with added sections placed where the new report has them. */
function readingOrder(links: Link[], oldPos: (l: Link) => number, newPos: (l: Link) => number): Link[] {
  const anchored = links.filter((l) => l.old.length).sort((a, b) => oldPos(a) - oldPos(b))
  const added = links.filter((l) => !l.old.length).sort((a, b) => newPos(a) - newPos(b))
  const out: Link[] = []
  let k = 0
  for (const l of anchored) {
    while (k < added.length && l.new.length && newPos(added[k]) < newPos(l)) out.push(added[k++])
    out.push(l)
  }
  while (k < added.length) out.push(added[k++])
  return out
}
