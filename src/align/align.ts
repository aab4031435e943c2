import type { Outline, Section } from '../outline/types.js'
import { headingKey } from '../text/normalize.js'
import { bigramDice, cosine, levenshteinRatio, tfidfVectors, type Vector } from '../text/similarity.js'
import { maxWeightAssignment, sparseAssignment } from './assign.js'
import { sectionContexts } from '../targets/context.js'
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

/** Each section's role (review or plan), from its heading or its ancestors'. */
function sectionRoles(outline: Outline): (string | undefined)[] {
  const ctx = sectionContexts(outline)
  return outline.flat.map((s) => ctx.get(s.id)?.role)
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
  // Optional sub-topics are aligned after the skeleton of numbered sections.
  const optA = A.sections.map((s) => s.optional)
  const optB = B.sections.map((s) => s.optional)

  // Raw cosines across years are low (wording changes); what tells is how a
  // pair compares with each side's best: relative similarity.
  const rowMax = new Float64Array(n)
  const colMax = new Float64Array(m)
  const cos = new Map<number, number>()
  const cosineOf = (i: number, j: number) => {
    const k = i * m + j
    let c = cos.get(k)
    if (c === undefined) cos.set(k, (c = cosine(A.vectors[i], B.vectors[j])))
    return c
  }
  const parts = (i: number, j: number, ancestor = 0) => {
    const heading = headingSimilarity(A.keys[i], B.keys[j])
    const raw = cosineOf(i, j)
    const rel = raw / Math.max(rowMax[i], colMax[j], 1e-9)
    const content = 0.5 * raw + 0.5 * rel
    const position = 1 - Math.abs(rel_(i, n) - rel_(j, m))
    // A review section and a plan section are different topics, however alike their words.
    const roleClash = roleA[i] && roleB[j] && roleA[i] !== roleB[j] ? o.roleWeight : 0
    // Sections at different depths are rarely the same topic, unless their headings say so.
    const depth = Math.abs(A.sections[i].level - B.sections[j].level) * o.levelWeight * (1 - heading)
    return { heading, content, score: o.headingWeight * heading + o.contentWeight * content + o.positionWeight * position + ancestor - roleClash - depth }
  }
  const rel_ = rel
  const roleA = sectionRoles(oldOutline)
  const roleB = sectionRoles(newOutline)

  // Candidate pairs: all of them for ordinary reports, top-k by content and same headings for large ones.
  const candidates: [number, number][] = []
  if (n * m <= DENSE_LIMIT) {
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) if (!optA[i] && !optB[j]) candidates.push([i, j])
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
      if (!optA[i]) for (const j of seen) if (!optB[j]) candidates.push([i, j])
    }
  }

  for (const [i, j] of candidates) {
    const c = cosineOf(i, j)
    if (c > rowMax[i]) rowMax[i] = c
    if (c > colMax[j]) colMax[j] = c
  }
  const parentOf = (s: Side, i: number) => {
    const p = s.sections[i].parent
    return p === undefined ? -1 : (s.index.get(p) ?? -1)
  }
  const ancestorsB = B.sections.map((_, j) => {
    const set = new Set<number>()
    for (let p = parentOf(B, j); p !== -1; p = parentOf(B, p)) set.add(p)
    return set
  })
  // Agreement: the candidate lies under the counterpart of the section's nearest linked ancestor.
  let previous: number[] = new Array(n).fill(-1)
  const agree = (i: number, j: number) => {
    const pa = parentOf(A, i)
    if (pa === -1) return parentOf(B, j) === -1 ? o.parentWeight : 0
    for (let p = pa; p !== -1; p = parentOf(A, p)) {
      const q = previous[p]
      if (q !== -1) return ancestorsB[j].has(q) ? o.parentWeight : 0
    }
    return 0
  }
  let scored = candidates.map(([i, j]) => ({ i, j, ...parts(i, j) }))
  const solve = (): number[] => {
    if (n * m <= DENSE_LIMIT) {
      const w = Array.from({ length: n }, () => new Array<number>(m).fill(0))
      for (const c of scored) w[c.i][c.j] = c.score - o.threshold
      return maxWeightAssignment(w, m)
    }
    return sparseAssignment(scored.map((c) => ({ i: c.i, j: c.j, w: c.score - o.threshold })), n)
  }
  // First pass on similarity alone; then again with agreement of linked ancestors.
  previous = solve()
  scored = candidates.map(([i, j]) => ({ i, j, ...parts(i, j, agree(i, j)) }))
  const match = solve()

  const partsOf = new Map(scored.map((c) => [`${c.i},${c.j}`, c]))
  const linkOf = (i: number, j: number) => partsOf.get(`${i},${j}`) ?? { i, j, ...parts(i, j, agree(i, j)) }

  // One-to-one links, then leftovers join the link of their best counterpart.
  type Group = { old: number[]; new: number[]; i: number; j: number }
  const groups = new Map<number, Group>()
  const newTaken = new Map<number, number>()
  match.forEach((j, i) => {
    if (j < 0) return
    groups.set(i, { old: [i], new: [j], i, j })
    newTaken.set(j, i)
  })
  const best = (fromOld: boolean, k: number, floor = o.joinThreshold) => {
    let top = -1
    let topScore = floor
    const count = fromOld ? m : n
    for (let x = 0; x < count; x++) {
      if (fromOld ? optB[x] : optA[x]) continue
      const c = fromOld ? linkOf(k, x) : linkOf(x, k)
      if (c.score > topScore) {
        topScore = c.score
        top = x
      }
    }
    return top
  }
  const leftoversOld: number[] = []
  for (let i = 0; i < n; i++) if (!groups.has(i) && !optA[i]) leftoversOld.push(i)
  const leftoversNew: number[] = []
  for (let j = 0; j < m; j++) if (!newTaken.has(j) && !optB[j]) leftoversNew.push(j)
  const removed: number[] = []
  const added: number[] = []
  // Large inputs skip the leftover search: it is a scan per section.
  const joinable = n * m <= DENSE_LIMIT
  const ancestors = (side: Side, k: number) => {
    const set = new Set<number>()
    for (let p = parentOf(side, k); p !== -1; p = parentOf(side, p)) set.add(p)
    return set
  }
  /**
   * A leftover joins a link as a split or merge piece when it scores nearly as
   * well as the link itself, and is not already covered by an ancestor in the
   * link (unless its heading says it is the same topic).
   */
  const canJoin = (score: { score: number; heading: number }, own: number, pieces: number[], up: Set<number>) =>
    score.score >= Math.max(o.joinThreshold, o.joinRatio * own) && (score.heading >= 0.6 || !pieces.some((p) => up.has(p)))
  for (const i of leftoversOld) {
    const j = joinable ? best(true, i) : -1
    const owner = j >= 0 ? newTaken.get(j) : undefined
    const g = owner !== undefined ? groups.get(owner)! : undefined
    if (g && canJoin(linkOf(i, j), linkOf(g.i, g.j).score, g.old, ancestors(A, i))) g.old.push(i)
    else removed.push(i)
  }
  for (const j of leftoversNew) {
    const i = joinable ? best(false, j) : -1
    const g = i >= 0 ? groups.get(i) : undefined
    if (g && canJoin(linkOf(i, j), linkOf(g.i, g.j).score, g.new, ancestors(B, j))) g.new.push(j)
    else added.push(j)
  }

  // Optional sub-topics: paired with a sub-topic under their parent's counterpart,
  // else joined to the numbered section that covers them, else added or removed.
  const groupOfOld = new Map<number, Group>()
  const groupOfNew = new Map<number, Group>()
  const index = () => {
    for (const g of groups.values()) {
      for (const i of g.old) groupOfOld.set(i, g)
      for (const j of g.new) groupOfNew.set(j, g)
    }
  }
  index()
  const counterparts = (side: Side, k: number, of: Map<number, Group>, other: 'old' | 'new') => {
    for (let p = parentOf(side, k); p !== -1; p = parentOf(side, p)) {
      const g = of.get(p)
      if (g) return new Set(g[other])
    }
    return undefined
  }
  const under = (side: Side, k: number, roots: Set<number> | undefined) => roots === undefined || [...ancestors(side, k)].some((p) => roots.has(p))
  const ancestorsA = A.sections.map((_, i) => ancestors(A, i))
  for (let i = 0; i < n; i++) {
    if (!optA[i] || !joinable) continue
    const roots = counterparts(A, i, groupOfOld, 'new')
    let pick = -1
    let pickScore = o.threshold
    for (let j = 0; j < m; j++) {
      if (!optB[j] || groupOfNew.has(j) || !under(B, j, roots)) continue
      const c = linkOf(i, j)
      if (c.score > pickScore && c.heading >= 0.5) [pick, pickScore] = [j, c.score]
    }
    if (pick >= 0) {
      const g = { old: [i], new: [pick], i, j: pick }
      groups.set(i, g)
      groupOfOld.set(i, g)
      groupOfNew.set(pick, g)
      continue
    }
    // A sub-topic is small beside a numbered section: a lower bar, but it must be its best match.
    const j = best(true, i, o.topicThreshold)
    const g = j >= 0 ? groupOfNew.get(j) : undefined
    if (g && (linkOf(i, j).heading >= 0.6 || !g.old.some((p) => ancestorsA[i].has(p)))) {
      g.old.push(i)
      groupOfOld.set(i, g)
    } else if (j >= 0 && !g) {
      // Its counterpart was left unpaired by the skeleton: they pair now.
      added.splice(added.indexOf(j), 1)
      const made = { old: [i], new: [j], i, j }
      groups.set(i, made)
      groupOfOld.set(i, made)
      groupOfNew.set(j, made)
    } else removed.push(i)
  }
  for (let j = 0; j < m; j++) {
    if (!optB[j] || groupOfNew.has(j)) continue
    const i = joinable ? best(false, j, o.topicThreshold) : -1
    const g = i >= 0 ? groupOfOld.get(i) : undefined
    if (g && (linkOf(i, j).heading >= 0.6 || !g.new.some((p) => ancestorsB[j].has(p)))) {
      g.new.push(j)
      groupOfNew.set(j, g)
    } else if (i >= 0 && !g) {
      removed.splice(removed.indexOf(i), 1)
      const made = { old: [i], new: [j], i, j }
      groups.set(i, made)
      groupOfOld.set(i, made)
      groupOfNew.set(j, made)
    } else added.push(j)
  }

  // Order and status.
  const links: Link[] = []
  const ones = [...new Set(groups.values())].sort((x, y) => x.i - y.i)
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
