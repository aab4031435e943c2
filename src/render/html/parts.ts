import { h } from 'hastscript'
import type { ElementContent, Element } from 'hast'
import type { Comparison, SectionDiff } from '../../diff/compare.js'
import type { Row } from '../../diff/sentences.js'
import type { Outline, Section } from '../../outline/types.js'
import type { TargetChange } from '../../targets/match.js'
import { changeOf, formatValue } from '../targets.js'
import { headingText } from '../heading.js'
import { isGap, withContext } from '../rows.js'
import { CHANGE_ORDER, LINK_ORDER, LINK_SYMBOL, TARGET_ORDER, TARGET_SYMBOL } from '../symbols.js'

export const langOf = (o: Outline) => (o.lang === 'zh' ? 'zh-CN' : 'en')
export const anchor = (side: 'old' | 'new', id: string) => `s-${side}-${id}`

export function header(cmp: Comparison, version: string): Element {
  const o = cmp.old.outline
  const n = cmp.new.outline
  const file = (x: Outline) => `${x.doc.path}${x.meta.date ? ` (${x.meta.date})` : ''}`
  return h('header.top', [
    h('h1', [h('span', { lang: langOf(o) }, o.meta.title || o.doc.path), h('span.arrow', { 'aria-label': 'compared with' }, '→'), h('span', { lang: langOf(n) }, n.meta.title || n.doc.path)]),
    h('p.files', `old: ${file(o)} · new: ${file(n)}`),
    h('p.tool', `reportdiff ${version}`),
  ])
}

export function controls(): Element {
  return h('nav.controls', { 'aria-label': 'View' }, [
    h('label', [h('input#hide-unchanged', { type: 'checkbox', checked: true }), ' hide unchanged sections']),
    h('label', [h('input#targets-only', { type: 'checkbox' }), ' targets only']),
    h('span', ['keys ', h('kbd', 'n'), ' / ', h('kbd', 'p'), ' next / previous change']),
    h('a', { href: '#targets' }, 'targets'),
    h('a', { href: '#map' }, 'section map'),
    h('a', { href: '#toc' }, 'changed sections'),
  ])
}

/** Counts of section and target statuses, and a bar chart of target changes. */
export function summary(cmp: Comparison): Element {
  const s = cmp.summary.sections
  const t = cmp.summary.targets
  const targetStatuses = TARGET_ORDER.filter((k) => t[k])
  const max = Math.max(1, ...targetStatuses.map((k) => t[k]))
  const barH = 22
  const chart = h(
    'svg.chart',
    { viewBox: `0 0 520 ${targetStatuses.length * barH + 4}`, width: 520, height: targetStatuses.length * barH + 4, role: 'img', 'aria-label': 'Target changes by status' },
    targetStatuses.flatMap((k, i) => [
      h('text', { x: 0, y: i * barH + 15 }, `${TARGET_SYMBOL[k]} ${k}`),
      h('rect', { class: `bar-${k}`, x: 110, y: i * barH + 3, width: Math.max(2, Math.round((360 * t[k]) / max)), height: barH - 8 }),
      h('text', { x: 116 + Math.round((360 * t[k]) / max), y: i * barH + 15 }, String(t[k])),
    ]),
  )
  return h('section#summary', [
    h('h2', 'Summary'),
    h('p', 'Sections'),
    h('ul.counts', [...LINK_ORDER.map((k) => h('li', [`${LINK_SYMBOL[k]} ${k} `, h('b', { 'data-count': `sections.${k}` }, String(s[k]))])), h('li', ['unchanged ', h('b', { 'data-count': 'sections.unchanged' }, String(s.unchanged))])]),
    h('p', 'Targets'),
    h('ul.counts', TARGET_ORDER.map((k) => h('li', { class: `st-${k}` }, [`${TARGET_SYMBOL[k]} ${k} `, h('b', { 'data-count': `targets.${k}` }, String(t[k]))]))),
    targetStatuses.length ? chart : h('p', 'No quantified targets found.'),
  ])
}

function valueCell(t: TargetChange['old'], side: 'old' | 'new', lang: Outline['lang']): Element {
  if (!t) return h('td.num', { 'data-value': '' }, '—')
  const text = formatValue(t, lang)
  return h('td.num', { 'data-value': String(t.value) }, t.section ? h('a', { href: `#${anchor(side, t.section)}`, title: t.text }, text) : text)
}

/** Every target change: sortable, filterable by status, linked to its sections. */
export function targetsTable(cmp: Comparison): Element {
  const lang = cmp.old.outline.lang
  const present = TARGET_ORDER.filter((k) => cmp.summary.targets[k])
  return h('section#targets', [
    h('h2', 'Targets'),
    h('label', ['show ', h('select#target-filter', [h('option', { value: 'all' }, 'all statuses'), ...present.map((k) => h('option', { value: k }, `${TARGET_SYMBOL[k]} ${k}`))])]),
    h('table', [
      h('thead', h('tr', [h('th', { 'data-sort': '' }, 'metric'), h('th', { 'data-sort': '' }, 'of'), h('th', { 'data-sort': '' }, 'old'), h('th', { 'data-sort': '' }, 'new'), h('th', { 'data-sort': '' }, 'change')])),
      h(
        'tbody',
        // Changes first, as a reader wants them; the table sorts by any column on a click.
        [...cmp.targets].sort((a, b) => CHANGE_ORDER.indexOf(a.status) - CHANGE_ORDER.indexOf(b.status)).map((t) =>
          h('tr', { 'data-status': t.status }, [
            h('td', { lang: langOf(cmp.new.outline) }, t.metric),
            h('td.of', changeOf(t)),
            valueCell(t.old, 'old', lang),
            valueCell(t.new, 'new', cmp.new.outline.lang),
            h('td', { class: `st st-${t.status}`, 'data-value': t.status }, `${TARGET_SYMBOL[t.status]} ${t.note ?? t.status}`),
          ]),
        ),
      ),
    ]),
  ])
}

/** Map rows are laid out in chunks that the browser skips while they are off screen. */
const MAP_CHUNK = 100

/** The two outlines side by side, one row per link: moves, splits and merges at a glance. */
export function sectionMap(cmp: Comparison, oldById: Map<string, Section>, newById: Map<string, Section>): Element {
  const list = (ids: string[], byId: Map<string, Section>, side: 'old' | 'new', lang: string) =>
    ids.map((id) => {
      const s = byId.get(id)!
      return h('div', { class: `lvl-${Math.min(6, s.level)}${s.optional ? ' opt' : ''}`, lang }, h('a', { href: `#${anchor(side, id)}` }, headingText(s)))
    })
  const rows = cmp.links.map((l) =>
    h('div.map-row', { role: 'row', 'data-status': l.status }, [
      h('div', { role: 'cell' }, list(l.old, oldById, 'old', langOf(cmp.old.outline))),
      h('div.link-status', { role: 'cell' }, `${LINK_SYMBOL[l.status]} ${l.status}${l.moved && l.status !== 'moved' ? ' · moved' : ''}`),
      h('div', { role: 'cell' }, list(l.new, newById, 'new', langOf(cmp.new.outline))),
    ]),
  )
  const chunks: Element[] = []
  for (let k = 0; k < rows.length; k += MAP_CHUNK) chunks.push(h('div.map-chunk', { role: 'rowgroup' }, rows.slice(k, k + MAP_CHUNK)))
  return h('section#map', [
    h('h2', 'Section map'),
    h('div.map', { role: 'table', 'aria-label': 'Links between the sections of the two reports' }, [
      h('div.map-row.map-head', { role: 'row' }, [h('div', { role: 'columnheader' }, 'old report'), h('div', { role: 'columnheader' }, 'link'), h('div', { role: 'columnheader' }, 'new report')]),
      ...chunks,
    ]),
  ])
}

/** The list of changed sections; on large reports the first ones (the map lists all). */
const TOC_LIMIT = 400

export function toc(cmp: Comparison, titleOf: (d: SectionDiff) => string): Element {
  const items = cmp.diffs.map((d, k) => [d, k] as const).filter(([d]) => d.changed)
  const more = items.length - TOC_LIMIT
  return h('nav#toc', { 'aria-label': 'Changed sections' }, [
    h('h2', 'Changed sections'),
    items.length ? h('ol', items.slice(0, TOC_LIMIT).map(([d, k]) => h('li', h('a', { href: `#pair-${k}` }, `${LINK_SYMBOL[d.link.status]} ${titleOf(d)}`)))) : h('p', 'No section changed.'),
    ...(more > 0 ? [h('p', `… and ${more} more: see the section map, or press n.`)] : []),
  ])
}

function cells(row: Row, side: 'old' | 'new'): ElementContent[] {
  if (row.kind === 'equal') return [{ type: 'text', value: (side === 'old' ? row.old : row.new) ?? '' }]
  if (row.kind === 'removed') return side === 'old' ? [h('del', [h('span.sr', 'deleted: '), row.old!])] : []
  if (row.kind === 'added') return side === 'new' ? [h('ins', [h('span.sr', 'inserted: '), row.new!])] : []
  const out: ElementContent[] = []
  for (const p of row.parts ?? []) {
    if (p.kind === 'equal') out.push({ type: 'text', value: p.text })
    else if (p.kind === 'delete' && side === 'old') out.push(h('del', [h('span.sr', 'deleted: '), p.text]))
    else if (p.kind === 'insert' && side === 'new') out.push(h('ins', [h('span.sr', 'inserted: '), p.text]))
  }
  return out
}

/** Unchanged sentences kept around each change; longer unchanged stretches become one marker row. */
const CONTEXT = 2

/**
 * One link: its headings, status and reason, and one table row per aligned
 * sentence pair. `open` pairs start unfolded; on large reports the later ones
 * start folded so that the page opens quickly (n / p unfold them).
 */
export function pair(cmp: Comparison, d: SectionDiff, k: number, oldById: Map<string, Section>, newById: Map<string, Section>, open = true): Element {
  const l = d.link
  const a = l.old.map((id) => oldById.get(id)!)
  const b = l.new.map((id) => newById.get(id)!)
  const oldLang = langOf(cmp.old.outline)
  const newLang = langOf(cmp.new.outline)
  const anchors = [...a.map((s) => h('span', { id: anchor('old', s.id) })), ...b.map((s) => h('span', { id: anchor('new', s.id) }))]
  const title = [
    ...(a.length ? [h('span', { lang: oldLang }, a.map(headingText).join(' + '))] : []),
    ...(a.length && b.length && a.map(headingText).join() !== b.map(headingText).join() ? [h('span.arrow', '→')] : []),
    ...(b.length && (!a.length || a.map(headingText).join() !== b.map(headingText).join()) ? [h('span', { lang: newLang }, b.map(headingText).join(' + '))] : []),
  ]
  const badges = [h('span', { class: `badge link-${l.status}` }, `${LINK_SYMBOL[l.status]} ${l.status}`), ...(l.moved && l.status !== 'moved' ? [h('span.badge', '↕ moved')] : []), ...(d.changed ? [] : [h('span.badge', 'unchanged')])]
  const lines = a.length ? `old line ${a[0].line}` : ''
  const summary = h('summary', [...anchors, h('h3', title), ...badges, h('span.why', [l.why, lines ? ` · ${lines}` : '', b.length ? ` · new line ${b[0].line}` : ''])])
  if (!d.changed) {
    // Unchanged sections stay compact: no sentence rows.
    return h('article.pair.unchanged', { id: `pair-${k}` }, h('details', [summary, h('p.unchanged-note', `${d.rows.length} sentences, the same in both reports.`)]))
  }
  const rows = withContext(d.rows, CONTEXT).map((r) =>
    isGap(r)
      ? h('tr.gap', h('td', { colSpan: 2 }, `… ${r.gap} unchanged ${r.gap === 1 ? 'sentence' : 'sentences'}`))
      : h('tr', { class: r.kind === 'equal' ? 'equal' : `change ${r.kind}` }, [h('td', { lang: oldLang }, cells(r, 'old')), h('td', { lang: newLang }, cells(r, 'new'))]),
  )
  return h('article.pair', { id: `pair-${k}` }, h('details', { open }, [summary, h('table.rows', [h('thead.sr', h('tr', [h('th', 'old'), h('th', 'new')])), h('tbody', rows)])]))
}
