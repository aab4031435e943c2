import type { Outline, Section } from '../outline/types.js'
import { headingKey } from '../text/normalize.js'
import { bigramDice, cosine, levenshteinRatio, tfidfVectors, type Vector } from '../text/similarity.js'
import { maxWeightAssignment, sparseAssignment } from './assign.js'
import { defaultAlignOptions, type AlignOptions, type Link } from './types.js'

/** Pairs above this many cells use the inverted index instead of a dense matrix. */
const DENSE_LIMIT = 250_000

function subtreeText(s: Section): string {
  return [s.title, ...s.paragraphs.map((p) => p.text), ...s.children.map(subtreeText)].join('\n')
}

export function headingSimilarity(a: string, b: string): number {
  if (!a || !b) return 0
  if (a === b) return 1
  return Math.max(levenshteinRatio(a, b), bigramDice(a, b))
}

interface Side {
  sections: Section[]
  keys: string[]
  vectors: Vector[]
  index: Map<string, number>
}

/** Longest increasing subsequence (indices into `seq`), for telling moved links from the rest. */
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

const round = (x: number) => Math.round(x * 100) / 100

/**
 * Align the sections of two outlines: score candidate pairs by heading,
 * content, position and parent agreement, solve a global one-to-one
 * assignment, then let leftovers join links as splits and merges. Every
 * section of both outlines appears in exactly one link. Pure.
 */
export function alignOutlines(oldOutline: Outline, newOutline: Outline, options: Partial<AlignOptions> = {}): Link[] {
  const o = { ...defaultAlignOptions, ...options }
  const texts = [...oldOutline.flat.map(subtreeText), ...newOutline.flat.map(subtreeText)]
  const vectors = tfidfVectors(texts)
  const side = (sections: Section[], offset: number): Side => ({
    sections,
    keys: sections.map((s) => headingKey(s.title)),
    vectors: vectors.slice(offset, offset + sections.length),
    index: new Map(sections.map((s, i) => [s.id, i])),
  })
  const A = side(oldOutline.flat, 0)
  const B = side(newOutline.flat, oldOutline.flat.length)
  const n = A.sections.length
  const m = B.sections.length
  const rel = (i: number, count: number) => (count <= 1 ? 0 : i / (count - 1))

  const parts = (i: number, j: number) => {
    const heading = headingSimilarity(A.keys[i], B.keys[j])
    const content = cosine(A.vectors[i], B.vectors[j])
    const position = 1 - Math.abs(rel(i, n) - rel(j, m))
    return { heading, content, score: o.headingWeight * heading + o.contentWeight * content + o.positionWeight * position }
  }

  // Candidate pairs: all of them for ordinary reports, top-k by content and same headings for large ones.
  const candidates: [number, number][] = []
  if (n * m <= DENSE_LIMIT) {
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) candidates.push([i, j])
  } else {
    const postings = new Map<string, [number, number][]>()
    B.vectors.forEach((v, j) => {
      for (const [t, w] of v) {
        let list = postings.get(t)
        if (!list) postings.set(t, (list = []))
        list.push([j, w])
      }
    })
    const byKey = new Map<string, number[]>()
    B.keys.forEach((k, j) => byKey.set(k, [...(byKey.get(k) ?? []), j]))
    const maxPosting = Math.max(50, m / 10)
    for (let i = 0; i < n; i++) {
      const acc = new Map<number, number>()
      for (const [t, w] of A.vectors[i]) {
        const list = postings.get(t)
        if (!list || list.length > maxPosting) continue
        for (const [j, x] of list) acc.set(j, (acc.get(j) ?? 0) + w * x)
      }
      const top = [...acc.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, o.candidates)
      const seen = new Set(top.map(([j]) => j))
      for (const j of byKey.get(A.keys[i]) ?? []) seen.add(j)
      for (const j of seen) candidates.push([i, j])
    }
  }

  const scored = candidates.map(([i, j]) => ({ i, j, ...parts(i, j) }))
  const solve = (bonus: (i: number, j: number) => number): number[] => {
    if (n * m <= DENSE_LIMIT) {
      const w = Array.from({ length: n }, () => new Array<number>(m).fill(0))
      for (const c of scored) w[c.i][c.j] = c.score + bonus(c.i, c.j) - o.threshold
      return maxWeightAssignment(w, m)
    }
    return sparseAssignment(scored.map((c) => ({ i: c.i, j: c.j, w: c.score + bonus(c.i, c.j) - o.threshold })), n)
  }
  // First pass without, second with parent agreement: children of linked parents prefer each other.
  const first = solve(() => 0)
  const parentOf = (s: Side, i: number) => {
    const p = s.sections[i].parent
    return p === undefined ? -1 : (s.index.get(p) ?? -1)
  }
  const agree = (i: number, j: number) => {
    const pa = parentOf(A, i)
    const pb = parentOf(B, j)
    if (pa === -1 && pb === -1) return o.parentWeight
    return pa !== -1 && pb !== -1 && first[pa] === pb ? o.parentWeight : 0
  }
  const match = solve(agree)

  const partsOf = new Map(scored.map((c) => [`${c.i},${c.j}`, c]))
  const linkOf = (i: number, j: number) => partsOf.get(`${i},${j}`) ?? { i, j, ...parts(i, j) }

  // One-to-one links, then leftovers join the link of their best counterpart.
  const groups = new Map<number, { old: number[]; new: number[]; i: number; j: number }>()
  const newTaken = new Map<number, number>()
  match.forEach((j, i) => {
    if (j < 0) return
    groups.set(i, { old: [i], new: [j], i, j })
    newTaken.set(j, i)
  })
  const best = (fromOld: boolean, k: number) => {
    let top = -1
    let topScore = o.joinThreshold
    const count = fromOld ? m : n
    for (let x = 0; x < count; x++) {
      const c = fromOld ? linkOf(k, x) : linkOf(x, k)
      if (c.score > topScore) {
        topScore = c.score
        top = x
      }
    }
    return top
  }
  const leftoversOld: number[] = []
  for (let i = 0; i < n; i++) if (!groups.has(i)) leftoversOld.push(i)
  const leftoversNew: number[] = []
  for (let j = 0; j < m; j++) if (!newTaken.has(j)) leftoversNew.push(j)
  const removed: number[] = []
  const added: number[] = []
  // Large inputs skip the leftover search: it is a scan per section.
  const joinable = n * m <= DENSE_LIMIT
  for (const i of leftoversOld) {
    const j = joinable ? best(true, i) : -1
    const owner = j >= 0 ? newTaken.get(j) : undefined
    if (owner !== undefined) groups.get(owner)!.old.push(i)
    else removed.push(i)
  }
  for (const j of leftoversNew) {
    const i = joinable ? best(false, j) : -1
    if (i >= 0 && groups.has(i)) groups.get(i)!.new.push(j)
    else added.push(j)
  }

  // Order and status.
  const links: Link[] = []
  const ones = [...groups.values()].sort((x, y) => x.i - y.i)
  const inOrder = longestIncreasing(ones.map((g) => g.j))
  ones.forEach((g, k) => {
    g.old.sort((x, y) => x - y)
    g.new.sort((x, y) => x - y)
    const c = linkOf(g.i, g.j)
    const moved = !inOrder.has(k)
    const status = g.old.length > 1 ? 'merged' : g.new.length > 1 ? 'split' : c.heading < 0.85 ? 'renamed' : moved ? 'moved' : 'matched'
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
  // Document order: by first old section, added sections after the link before them in the new report.
  const pos = (l: Link) => (l.old.length ? A.index.get(l.old[0])! : -1)
  const newPos = (l: Link) => (l.new.length ? B.index.get(l.new[0])! : -1)
  return sortLinks(links, pos, newPos)
}

/** Links in reading order of the old report, with added sections placed where the new report has them. */
function sortLinks(links: Link[], pos: (l: Link) => number, newPos: (l: Link) => number): Link[] {
  const anchored = links.filter((l) => l.old.length).sort((a, b) => pos(a) - pos(b))
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
