/**
 * Maximum-weight one-to-one assignment (Hungarian algorithm, O(n²m)) on a
 * dense n×m matrix. Pairs with weight ≤ 0 are never returned: a row may stay
 * unassigned. Returns, for each row, the column or -1.
 */
export function maxWeightAssignment(weights: number[][], m: number): number[] {
  const n0 = weights.length
  if (n0 === 0 || m === 0) return new Array(n0).fill(-1)
  // The classic formulation wants rows ≤ columns: pad columns with zero-weight dummies.
  const cols = Math.max(m, n0)
  const INF = Number.POSITIVE_INFINITY
  const u = new Float64Array(n0 + 1)
  const v = new Float64Array(cols + 1)
  const p = new Int32Array(cols + 1)
  const way = new Int32Array(cols + 1)
  const cost = (i: number, j: number) => (j < m ? -Math.max(0, weights[i][j]) : 0)
  for (let i = 1; i <= n0; i++) {
    p[0] = i
    let j0 = 0
    const minv = new Float64Array(cols + 1).fill(INF)
    const used = new Uint8Array(cols + 1)
    do {
      used[j0] = 1
      const i0 = p[j0]
      let delta = INF
      let j1 = 0
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j]
        if (cur < minv[j]) {
          minv[j] = cur
          way[j] = j0
        }
        if (minv[j] < delta) {
          delta = minv[j]
          j1 = j
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[p[j]] += delta
          v[j] -= delta
        } else minv[j] -= delta
      }
      j0 = j1
    } while (p[j0] !== 0)
    do {
      const j1 = way[j0]
      p[j0] = p[j1]
      j0 = j1
    } while (j0)
  }
  const out = new Array(n0).fill(-1)
  for (let j = 1; j <= cols; j++) if (p[j] && j - 1 < m && weights[p[j] - 1][j - 1] > 0) out[p[j] - 1] = j - 1
  return out
}

export interface Edge {
  i: number
  j: number
  w: number
}

/** Cells above which one component is matched greedily instead of exactly. */
const EXACT_LIMIT = 250_000

/**
 * Maximum-weight one-to-one assignment over the positive edges of a sparse
 * bipartite graph (rows 0…n−1). An optimal assignment is optimal on each
 * connected component, so every component is solved on its own with the
 * Hungarian algorithm: most rows have a handful of partners, and many small
 * problems cost far less than one n×m matrix. A component too large for that
 * is matched greedily.
 */
export function assignEdges(edges: Edge[], n: number, limit = EXACT_LIMIT): number[] {
  const positive = edges.filter((e) => e.w > 0)
  // Union-find over rows (0…n−1) and columns (n + j).
  const root = new Map<number, number>()
  const find = (x: number): number => {
    let r = x
    while (root.has(r) && root.get(r) !== r) r = root.get(r)!
    for (let y = x; y !== r; ) {
      const next = root.get(y)!
      root.set(y, r)
      y = next
    }
    return r
  }
  for (const e of positive) {
    const a = find(e.i)
    const b = find(n + e.j)
    if (!root.has(a)) root.set(a, a)
    if (!root.has(b)) root.set(b, b)
    if (a !== b) root.set(Math.max(a, b), Math.min(a, b))
  }
  const components = new Map<number, Edge[]>()
  for (const e of positive) {
    const r = find(e.i)
    const list = components.get(r)
    if (list) list.push(e)
    else components.set(r, [e])
  }
  const out = new Array<number>(n).fill(-1)
  for (const list of components.values()) {
    if (list.length === 1) {
      out[list[0].i] = list[0].j
      continue
    }
    const rows = [...new Set(list.map((e) => e.i))].sort((x, y) => x - y)
    const cols = [...new Set(list.map((e) => e.j))].sort((x, y) => x - y)
    if (rows.length * cols.length > limit) {
      const greedy = sparseAssignment(list, n)
      for (const i of rows) out[i] = greedy[i]
      continue
    }
    const row = new Map(rows.map((i, k) => [i, k]))
    const col = new Map(cols.map((j, k) => [j, k]))
    const w = rows.map(() => new Array<number>(cols.length).fill(0))
    for (const e of list) w[row.get(e.i)!][col.get(e.j)!] = e.w
    maxWeightAssignment(w, cols.length).forEach((k, r) => {
      if (k >= 0) out[rows[r]] = cols[k]
    })
  }
  return out
}

/**
 * For large inputs, where a dense matrix is too big: candidate edges sorted
 * by weight, taken when both ends are free. Not optimal, but it sees every
 * candidate, not only the first that comes.
 */
export function sparseAssignment(edges: { i: number; j: number; w: number }[], n: number): number[] {
  const out = new Array(n).fill(-1)
  const taken = new Set<number>()
  const sorted = [...edges].sort((a, b) => b.w - a.w || a.i - b.i || a.j - b.j)
  for (const e of sorted) {
    if (e.w <= 0 || out[e.i] !== -1 || taken.has(e.j)) continue
    out[e.i] = e.j
    taken.add(e.j)
  }
  return out
}
