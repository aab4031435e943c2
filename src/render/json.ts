import type { Comparison } from '../diff/compare.js'
import type { Target } from '../targets/types.js'
import { sectionRecords } from './outline.js'
import { VERSION } from '../version.js'

const side = (t: Target | null) =>
  t && {
    id: t.id,
    metric: t.metric,
    value: t.value,
    ...(t.high !== undefined ? { high: t.high } : {}),
    unit: t.unit,
    measure: t.measure,
    qualifier: t.qualifier,
    role: t.role,
    period: t.period,
    section: t.section,
    line: t.line,
    text: t.text,
  }

/** The comparison as the JSON of `compare --json` (see ../shared/eval/README.md). */
export function comparisonJson(c: Comparison) {
  const report = (s: Comparison['old']) => ({ file: s.outline.doc.path, title: s.outline.meta.title, date: s.outline.meta.date ?? null, lang: s.outline.lang, sections: sectionRecords(s.outline) })
  return {
    tool: { name: 'reportdiff', version: VERSION },
    old: report(c.old),
    new: report(c.new),
    summary: c.summary,
    alignment: c.diffs.map((d) => ({ ...d.link, changed: d.changed })),
    targets: c.targets.map((t) => ({ status: t.status, metric: t.metric, old: side(t.old), new: side(t.new), ...(t.delta !== undefined ? { delta: t.delta } : {}), ...(t.note ? { note: t.note } : {}), ...(t.better !== undefined && t.better !== null ? { better: t.better } : {}) })),
    diffs: c.diffs
      .filter((d) => d.changed)
      .map((d) => ({ old: d.link.old, new: d.link.new, rows: d.rows.filter((r) => r.kind !== 'equal') })),
  }
}
