import type { Outline, Section } from '../outline/types.js'
import { sectionContexts } from '../targets/context.js'
import { headingKey } from '../text/normalize.js'
import { bigramDice, cosine, levenshteinRatio, tfidfVectors, type Vector } from '../text/similarity.js'
import type { AlignOptions } from './types.js'

/** Above this many section pairs, candidates come from an inverted index instead of all pairs. */
export const DENSE_LIMIT = 250_000

export function headingSimilarity(a: string, b: string): number {
  if (a === b) return 1
  if (!a || !b) return 0
  return Math.max(levenshteinRatio(a, b), bigramDice(a, b))
}

/** Each section's own text: its heading and the paragraphs before its first child. */
function ownText(s: Section): string {
  return [s.title, ...s.paragraphs.map((p) => p.text)].join('\n')
}

/** One report's sections as the scorer sees them. */
export class Side {
  readonly sections: Section[]
  readonly keys: string[]
  readonly index: Map<string, number>
  readonly parent: number[]
  readonly ancestors: Set<number>[]
  readonly optional: boolean[]
  /** Review (actual) or plan (target), from the heading or its ancestors'. */
  readonly role: (string | undefined)[]
  vectors: Vector[] = []

  constructor(outline: Outline) {
    this.sections = outline.flat
    this.keys = this.sections.map((s) => headingKey(s.title))
    this.index = new Map(this.sections.map((s, i) => [s.id, i]))
    this.parent = this.sections.map((s) => (s.parent === undefined ? -1 : (this.index.get(s.parent) ?? -1)))
    this.ancestors = this.sections.map((_, i) => {
      const set = new Set<number>()
      for (let p = this.parent[i]; p !== -1; p = this.parent[p]) set.add(p)
      return set
    })
    this.optional = this.sections.map((s) => s.optional)
    const ctx = sectionContexts(outline)
    this.role = this.sections.map((s) => ctx.get(s.id)?.role)
  }

  get size(): number {
    return this.sections.length
  }
}

export interface PairScore {
  heading: number
  content: number
  score: number
}

/**
 * Scores a pair of sections: heading similarity, content similarity (raw
 * cosine and cosine relative to each side's best match — across years the
 * wording changes, and what tells is how a pair compares with the rest),
 * position, depth and role agreement.
 */
export class PairScorer {
  readonly A: Side
  readonly B: Side
  private readonly cache = new Map<number, number>()
  private readonly rowMax: Float64Array
  private readonly colMax: Float64Array

  constructor(
    oldOutline: Outline,
    newOutline: Outline,
    readonly o: AlignOptions,
  ) {
    this.A = new Side(oldOutline)
    this.B = new Side(newOutline)
    // A section's content is its whole subtree: term counts summed up the tree.
    const parents = [...this.A.parent, ...this.B.parent.map((p) => (p === -1 ? -1 : p + this.A.size))]
    const vectors = tfidfVectors([...this.A.sections.map(ownText), ...this.B.sections.map(ownText)], parents)
    this.A.vectors = vectors.slice(0, this.A.size)
    this.B.vectors = vectors.slice(this.A.size)
    this.rowMax = new Float64Array(this.A.size)
    this.colMax = new Float64Array(this.B.size)
  }

  get dense(): boolean {
    return this.A.size * this.B.size <= DENSE_LIMIT
  }

  cosine(i: number, j: number): number {
    const k = i * this.B.size + j
    let c = this.cache.get(k)
    if (c === undefined) this.cache.set(k, (c = cosine(this.A.vectors[i], this.B.vectors[j])))
    return c
  }

  /** Each section's best cosine over the given pairs (all pairs for ordinary inputs). */
  observe(pairs: Iterable<[number, number]>): void {
    for (const [i, j] of pairs) {
      const c = this.cosine(i, j)
      if (c > this.rowMax[i]) this.rowMax[i] = c
      if (c > this.colMax[j]) this.colMax[j] = c
    }
  }

  score(i: number, j: number, bonus = 0): PairScore {
    const { A, B, o } = this
    const heading = headingSimilarity(A.keys[i], B.keys[j])
    const raw = this.cosine(i, j)
    const content = 0.5 * raw + 0.5 * (raw / Math.max(this.rowMax[i], this.colMax[j], 0.05))
    const rel = (k: number, count: number) => (count <= 1 ? 0 : k / (count - 1))
    const position = 1 - Math.abs(rel(i, A.size) - rel(j, B.size))
    const roleClash = A.role[i] && B.role[j] && A.role[i] !== B.role[j] ? o.roleWeight : 0
    // Sections at different depths are rarely one topic, unless their headings say so.
    const depth = Math.abs(A.sections[i].level - B.sections[j].level) * o.levelWeight * (1 - heading)
    return { heading, content, score: o.headingWeight * heading + o.contentWeight * content + o.positionWeight * position + bonus - roleClash - depth }
  }
}
