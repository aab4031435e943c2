import type { Groups } from './groups.js'
import type { PairScorer } from './scoring.js'

/**
 * Place the sections the one-to-one assignment left alone. Each may only go
 * under the counterpart of its nearest linked numbered ancestor, beside
 * sections of the same role. An optional sub-topic pairs with a sub-topic of
 * the same heading inside linked parents; otherwise a leftover joins the
 * numbered section whose text covers it best, as a split or merge piece;
 * otherwise it is added or removed. Returns the unplaced sections.
 */
export function placeLeftovers(s: PairScorer, groups: Groups, score: (i: number, j: number) => { heading: number; score: number }): { removed: number[]; added: number[] } {
  const { A, B, o } = s
  const unplaced = { old: new Set<number>(), new: new Set<number>() }

  /** k's numbered siblings (k included), closest to x first. */
  const closestSiblings = (fromOld: boolean, x: number, k: number): number[] => {
    const me = fromOld ? A : B
    const sibs: number[] = []
    for (let y = 0; y < me.size; y++) if (me.parent[y] === me.parent[k] && !me.optional[y]) sibs.push(y)
    const c = (y: number) => (fromOld ? s.cosine(y, x) : s.cosine(x, y))
    return sibs.sort((p, q) => c(q) - c(p) || p - q)
  }
  const place = (fromOld: boolean, k: number) => {
    const me = fromOld ? A : B
    const other = fromOld ? B : A
    const pair = (x: number) => (fromOld ? score(k, x) : score(x, k))
    const cos = (x: number) => (fromOld ? s.cosine(k, x) : s.cosine(x, k))
    let roots: number[] | undefined
    for (let p = me.parent[k]; p !== -1 && roots === undefined; p = me.parent[p]) {
      const g = me.optional[p] ? undefined : groups.of(fromOld, p)
      if (g) roots = fromOld ? g.new : g.old
    }
    const parentGroup = groups.of(fromOld, me.parent[k])
    // A sub-topic of a section that is gone goes with it, unless its heading is found again.
    const orphan = me.optional[k] && me.parent[k] !== -1 && unplaced[fromOld ? 'old' : 'new'].has(me.parent[k])
    let topic = -1
    let topicScore = o.threshold
    const covering: [number, number][] = []
    for (let x = 0; x < other.size; x++) {
      if (roots && !roots.some((r) => other.ancestors[x].has(r))) continue
      if (me.role[k] && other.role[x] && me.role[k] !== other.role[x]) continue
      const c = pair(x)
      if (other.optional[x]) {
        const sameParents = parentGroup !== undefined && parentGroup === groups.of(!fromOld, other.parent[x])
        if (me.optional[k] && sameParents && !groups.of(!fromOld, x) && c.heading >= 0.5 && c.score > topicScore) [topic, topicScore] = [x, c.score]
        continue
      }
      // A numbered leftover must cover x nearly as well as x's own link does.
      const g = groups.of(!fromOld, x)
      const bar = me.optional[k] || !g ? o.joinCosine : Math.max(o.joinCosine, o.joinRatio * s.cosine(g.i, g.j))
      // …and be among the two siblings x itself finds closest: a second piece, not a stray.
      if (!me.optional[k] && g && !closestSiblings(fromOld, x, k).slice(0, 2).includes(k)) continue
      const depth = me.sections[k].level === other.sections[x].level ? 1 : 0.7
      if (cos(x) >= bar || c.heading >= 0.5) covering.push([x, cos(x) * depth + 0.3 * c.heading])
    }
    const link = (x: number) => {
      const g = groups.of(!fromOld, x)
      if (!g) {
        // Two numbered sections the assignment left apart stay apart; a sub-topic may found a link.
        if (!me.optional[k]) return false
        // A new section is placed only after every old one: only an old one can be waiting here.
        if (!fromOld) unplaced.old.delete(x)
        if (fromOld) groups.found(k, x)
        else groups.found(x, k)
        return true
      }
      // A numbered section does not join a link its ancestor is already in, unless its heading says it is the same topic.
      const mine = fromOld ? g.old : g.new
      if (me.optional[k] || pair(x).heading >= 0.6 || !mine.some((p) => me.ancestors[k].has(p))) {
        groups.join(g, fromOld, k)
        return true
      }
      return false
    }
    if (topic >= 0 && link(topic)) return
    if (orphan) {
      const same = covering.find(([x]) => pair(x).heading >= 0.6)
      if (!(same && link(same[0]))) unplaced[fromOld ? 'old' : 'new'].add(k)
      return
    }
    // The best-covering section, or the next best when an ancestor is already in its link.
    covering.sort((x, y) => y[1] - x[1] || x[0] - y[0])
    for (const [x] of covering.slice(0, 2)) if (link(x)) return
    unplaced[fromOld ? 'old' : 'new'].add(k)
  }

  // Parents come before children in document order, so their links are known first.
  for (let i = 0; i < A.size; i++) if (!groups.of(true, i)) (s.dense ? place(true, i) : unplaced.old.add(i))
  for (let j = 0; j < B.size; j++) if (!groups.of(false, j)) (s.dense ? place(false, j) : unplaced.new.add(j))
  return { removed: [...unplaced.old].sort((a, b) => a - b), added: [...unplaced.new].sort((a, b) => a - b) }
}
