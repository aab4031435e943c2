import { alignOutlines } from '../align/align.js'
import type { AlignOptions, Link, LinkStatus } from '../align/types.js'
import type { Outline, Section } from '../outline/types.js'
import { compareTargets, type ChangeStatus, type MatchOptions, type TargetChange } from '../targets/match.js'
import { extractTargets } from '../targets/extract.js'
import type { Target } from '../targets/types.js'
import { sentenceDiff, type Row } from './sentences.js'

export interface ReportSide {
  outline: Outline
  targets: Target[]
}

/** The text diff of one link: aligned sentence rows of the sections' own text. */
export interface SectionDiff {
  link: Link
  rows: Row[]
  /** Any sentence or heading differs. */
  changed: boolean
}

export interface Summary {
  sections: Record<LinkStatus | 'unchanged', number>
  targets: Record<ChangeStatus, number>
}

export interface Comparison {
  old: ReportSide
  new: ReportSide
  links: Link[]
  /** One per link, in the same order. */
  diffs: SectionDiff[]
  targets: TargetChange[]
  summary: Summary
}

export interface CompareOptions {
  align?: Partial<AlignOptions>
  targets?: Partial<MatchOptions>
}

const ownText = (sections: Section[]) => sections.map((s) => s.paragraphs.map((p) => p.text).join('\n')).join('\n')

/** Outline + outline → the whole comparison: alignment, text diffs, target changes. Pure. */
export function compareOutlines(oldOutline: Outline, newOutline: Outline, options: CompareOptions = {}): Comparison {
  const links = alignOutlines(oldOutline, newOutline, options.align)
  const oldById = new Map(oldOutline.flat.map((s) => [s.id, s]))
  const newById = new Map(newOutline.flat.map((s) => [s.id, s]))
  const diffs = links.map((link): SectionDiff => {
    const a = link.old.map((id) => oldById.get(id)!)
    const b = link.new.map((id) => newById.get(id)!)
    const rows = sentenceDiff(ownText(a), ownText(b))
    const sameHeadings = a.length === b.length && a.every((s, i) => s.title === b[i].title)
    return { link, rows, changed: !sameHeadings || rows.some((r) => r.kind !== 'equal') }
  })

  const pairOf = new Set<string>()
  for (const l of links) for (const x of l.old) for (const y of l.new) pairOf.add(`${x}|${y}`)
  const linked = (a: string | null, b: string | null) => a !== null && b !== null && pairOf.has(`${a}|${b}`)
  const oldTargets = extractTargets(oldOutline)
  const newTargets = extractTargets(newOutline)
  const targets = compareTargets(oldTargets, newTargets, linked, options.targets)

  const sections = { matched: 0, renamed: 0, moved: 0, split: 0, merged: 0, added: 0, removed: 0, unchanged: 0 }
  for (const d of diffs) {
    sections[d.link.status]++
    if (!d.changed) sections.unchanged++
  }
  const counts = { kept: 0, raised: 0, lowered: 0, dropped: 0, added: 0, met: 0, exceeded: 0, missed: 0 }
  for (const t of targets) counts[t.status]++
  return {
    old: { outline: oldOutline, targets: oldTargets },
    new: { outline: newOutline, targets: newTargets },
    links,
    diffs,
    targets,
    summary: { sections, targets: counts },
  }
}
