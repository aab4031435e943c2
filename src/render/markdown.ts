import type { Comparison } from '../diff/compare.js'
import type { Section } from '../outline/types.js'
import { changeOf, formatValue } from './targets.js'
import { headingText } from './heading.js'
import { LINK_ORDER, LINK_SYMBOL, TARGET_ORDER, TARGET_SYMBOL } from './symbols.js'

/** Escape text for Markdown tables and inline text. */
const md = (s: string) => s.replace(/([\\`*_{}[\]<>|#])/g, '\\$1').replace(/\n/g, ' ')

function title(sections: Section[]): string {
  return sections.map((s) => md(headingText(s))).join(' + ')
}

/** The comparison as a Markdown review comment: summary, targets table, changed sections. */
export function comparisonMarkdown(cmp: Comparison): string {
  const o = cmp.old.outline
  const n = cmp.new.outline
  const lang = o.lang
  const out: string[] = [`## reportdiff: ${md(o.meta.title || o.doc.path)} → ${md(n.meta.title || n.doc.path)}`, '']
  const s = cmp.summary.sections
  const t = cmp.summary.targets
  out.push(`**Sections:** ${LINK_ORDER.filter((k) => s[k]).map((k) => `${s[k]} ${k}`).join(' · ')} (${s.unchanged} unchanged)  `)
  out.push(`**Targets:** ${TARGET_ORDER.filter((k) => t[k]).map((k) => `${TARGET_SYMBOL[k]} ${t[k]} ${k}`).join(' · ') || 'none found'}`, '')
  if (cmp.targets.length) {
    out.push('### Targets', '', '| metric | of | old | new | change |', '|---|---|---|---|---|')
    for (const x of cmp.targets) {
      out.push(`| ${md(x.metric)} | ${changeOf(x)} | ${x.old ? md(formatValue(x.old, lang)) : '—'} | ${x.new ? md(formatValue(x.new, n.lang)) : '—'} | ${TARGET_SYMBOL[x.status]} ${md(x.note ?? x.status)} |`)
    }
    out.push('')
  }
  const oldById = new Map(o.flat.map((x) => [x.id, x]))
  const newById = new Map(n.flat.map((x) => [x.id, x]))
  const changed = cmp.diffs.filter((d) => d.changed)
  if (changed.length) out.push('### Changed sections', '')
  for (const d of changed) {
    const a = d.link.old.map((id) => oldById.get(id)!)
    const b = d.link.new.map((id) => newById.get(id)!)
    const head = d.link.status === 'added' ? title(b) : d.link.status === 'removed' ? title(a) : `${title(a)} → ${title(b)}`
    out.push(`- \`${LINK_SYMBOL[d.link.status]}\` **${head}** — ${d.link.status}${d.link.old.length ? ` (old line ${a[0].line})` : ''}${d.link.new.length ? ` (new line ${b[0].line})` : ''}`)
    for (const r of d.rows) {
      if (r.kind === 'equal') continue
      const text = r.kind === 'changed' ? (r.parts ?? []).map((p) => (p.kind === 'equal' ? md(p.text) : p.kind === 'delete' ? `~~${md(p.text)}~~` : `**${md(p.text)}**`)).join('') : r.kind === 'removed' ? `~~${md(r.old!)}~~` : `**${md(r.new!)}**`
      out.push(`  - ${text}`)
    }
  }
  return out.join('\n') + '\n'
}
