import type { ChalkInstance } from 'chalk'
import type { Comparison, SectionDiff } from '../diff/compare.js'
import type { Row } from '../diff/sentences.js'
import type { Section } from '../outline/types.js'
import type { TargetChange } from '../targets/match.js'
import { changeKind, formatValue, KIND_TITLE } from './targets.js'
import { headingText } from './heading.js'
import { isGap, withContext } from './rows.js'
import { CHANGE_ORDER, LINK_ORDER, LINK_SYMBOL, TARGET_ORDER, TARGET_SYMBOL } from './symbols.js'
import { defaultTerminal, padEnd, painter, stringWidth, truncate, type TerminalOptions } from './style.js'

export interface CompareView extends TerminalOptions {
  view: 'inline' | 'side'
  /** Hide sections whose text did not change. */
  onlyChanged: boolean
  /** Unchanged sentences kept around each change (-1: all). */
  context: number
}

export const defaultView: CompareView = { ...defaultTerminal, view: 'inline', onlyChanged: false, context: 1 }

type Seg = { text: string; style?: (s: string) => string }

/** Word parts of a row as styled segments for one side (or both, inline). */
function segments(row: Row, side: 'old' | 'new' | 'both', c: ChalkInstance, color: boolean): Seg[] {
  const del = (t: string): Seg => (color ? { text: t, style: c.red.strikethrough } : { text: `[-${t}-]` })
  const ins = (t: string): Seg => (color ? { text: t, style: c.green } : { text: `{+${t}+}` })
  if (row.kind === 'equal') return [{ text: (side === 'new' ? row.new : row.old) ?? '' }]
  if (row.kind === 'removed') return side === 'new' ? [] : [del(row.old!)]
  if (row.kind === 'added') return side === 'old' ? [] : [ins(row.new!)]
  const out: Seg[] = []
  for (const p of row.parts ?? []) {
    if (p.kind === 'equal') out.push({ text: p.text })
    else if (p.kind === 'delete' && side !== 'new') out.push(del(p.text))
    else if (p.kind === 'insert' && side !== 'old') out.push(ins(p.text))
  }
  return out
}

/** Characters of a word a line is not broken inside: Latin letters, digits and the marks that go with them. */
const WORD = new Uint8Array(0x250)
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,:;%'\"()[]{}+-/&$£") WORD[ch.charCodeAt(0)] = 1
WORD.fill(1, 0xc0, 0x250)
const isWord = (c: number) => (c < 0x250 ? WORD[c] === 1 : c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x20ac)
/** Closing punctuation, which never opens a line: it goes with what is before it. */
const CLOSING = new Set(Array.from('。，、；：！？）》」』”’', (ch) => ch.charCodeAt(0)))

/** End of the unit a line is wrapped between that starts at `k`: a word or number with the spaces after it, a run of spaces, or one other character (a Chinese one) — each with the closing punctuation after it. */
function unitEnd(text: string, k: number): number {
  let e = k
  const c = text.charCodeAt(k)
  if (isWord(c)) {
    while (e < text.length && isWord(text.charCodeAt(e))) e++
    while (e < text.length && text.charCodeAt(e) === 32) e++
  } else if (c === 32) while (e < text.length && text.charCodeAt(e) === 32) e++
  else e += c >= 0xd800 && c <= 0xdbff ? 2 : 1
  while (e < text.length && CLOSING.has(text.charCodeAt(e))) e++
  return e
}

/** Wrap styled segments to a display width; each line is returned with its plain width. */
function wrapSegments(segs: Seg[], width: number): { text: string; width: number }[] {
  // Wrapped as one text, so that a unit may span segments ("…1.9%" then "，…"); styled segment by segment.
  const plain = segs.map((seg) => seg.text.replace(/\n/g, ' ')).join('')
  const owner = new Int32Array(plain.length)
  let at = 0
  segs.forEach((seg, i) => owner.fill(i, at, (at += seg.text.length)))
  const lines: { text: string; width: number }[] = []
  let line = ''
  let w = 0
  // Text is put on the line in runs of one segment, each styled once.
  let runFrom = 0
  let runTo = 0
  const flush = () => {
    if (runFrom < runTo) {
      const seg = segs[owner[runFrom]]
      line += seg.style ? seg.style(plain.slice(runFrom, runTo)) : plain.slice(runFrom, runTo)
    }
    runFrom = runTo
  }
  const put = (a: number, b: number) => {
    for (let k = a; k < b; k++) {
      if (k !== runTo || owner[k] !== owner[runFrom]) {
        flush()
        runFrom = k
      }
      runTo = k + 1
    }
  }
  const breakLine = () => {
    flush()
    lines.push({ text: line, width: w })
    line = ''
    w = 0
  }
  // A line breaks between words (and anywhere in Chinese), not inside "2024" or "homes"; a word wider than a line is cut.
  for (let k = 0; k < plain.length; ) {
    const e = unitEnd(plain, k)
    const unit = plain.slice(k, e)
    const uw = stringWidth(unit)
    if (uw > width) {
      for (let c = k; c < e; ) {
        const ce = c + (String.fromCodePoint(plain.codePointAt(c)!).length)
        const cw = stringWidth(plain.slice(c, ce))
        if (w + cw > width && w > 0) breakLine()
        put(c, ce)
        w += cw
        c = ce
      }
      k = e
      continue
    }
    const trimmed = unit.trimEnd()
    const tw = trimmed.length === unit.length ? uw : stringWidth(trimmed)
    if (w + tw > width && w > 0) {
      breakLine()
      if (!trimmed) {
        k = e
        continue
      }
    }
    // Spaces after the last word of a full line are left out: the line stays within its width.
    const full = w + uw > width
    put(k, full ? k + trimmed.length : e)
    w += full ? tw : uw
    k = e
  }
  flush()
  if (line || lines.length === 0) lines.push({ text: line, width: w })
  return lines
}

const heading = (sections: Section[]) => sections.map(headingText).join(' + ')

/** The years a group of changes compares, as its rows have them: " (2024 → 2025)", " (2024, 2027 → 2025)"; none past three. */
function groupYears(rows: TargetChange[]): string {
  const side = (pick: (t: TargetChange) => string | null | undefined) => [...new Set(rows.map(pick).filter((y): y is string => Boolean(y)))].sort()
  const old = side((t) => t.old?.period)
  const neu = side((t) => t.new?.period)
  if (!old.length || !neu.length || old.length > 3 || neu.length > 3) return ''
  const a = old.join(', ')
  const b = neu.join(', ')
  return a === b ? ` (${a})` : ` (${a} → ${b})`
}

function targetRow(t: TargetChange, c: ChalkInstance, langs: { old: 'zh' | 'en'; new: 'zh' | 'en' }, metricWidth: number, valueWidth: number): string {
  const color = t.status === 'raised' || t.status === 'exceeded' || t.status === 'met' ? c.green : t.status === 'lowered' || t.status === 'missed' ? c.red : t.status === 'dropped' ? c.magenta : t.status === 'added' ? c.cyan : c.dim
  const old = t.old ? formatValue(t.old, langs.old) : '—'
  const neu = t.new ? formatValue(t.new, langs.new) : '—'
  const metric = padEnd(truncate(t.metric, metricWidth), metricWidth)
  const change = `${TARGET_SYMBOL[t.status]} ${t.note ?? t.status}`
  return `  ${metric}  ${padEnd(truncate(old, valueWidth), valueWidth)}  ${padEnd(truncate(neu, valueWidth), valueWidth)}  ${color(change)}`
}

/** The comparison for a terminal: header, summary, targets table, section pairs with word diffs. */
export function comparisonTerminal(cmp: Comparison, view: CompareView = defaultView): string {
  const c = painter(view)
  const color = view.colorLevel > 0
  const out: string[] = []
  const o = cmp.old.outline
  const n = cmp.new.outline
  out.push(`${c.bold('reportdiff')}  ${c.red(o.meta.title || o.doc.path)}  →  ${c.green(n.meta.title || n.doc.path)}`)
  out.push(c.dim(`  old: ${o.doc.path}${o.meta.date ? ` (${o.meta.date})` : ''}   new: ${n.doc.path}${n.meta.date ? ` (${n.meta.date})` : ''}`))
  const s = cmp.summary.sections
  out.push(`${c.bold('Sections')}  ${LINK_ORDER.filter((k) => s[k]).map((k) => `${s[k]} ${k}`).join(' · ')}  ${c.dim(`(${s.unchanged} unchanged)`)}`)
  const t = cmp.summary.targets
  out.push(`${c.bold('Targets ')}  ${TARGET_ORDER.filter((k) => t[k]).map((k) => `${TARGET_SYMBOL[k]} ${t[k]} ${k}`).join(' · ') || 'none found'}`)
  out.push('')

  if (cmp.targets.length) {
    const metricWidth = Math.max(12, Math.min(30, view.width - 60))
    const valueWidth = 14
    out.push(c.bold(`  ${padEnd('metric', metricWidth)}  ${padEnd('old', valueWidth)}  ${padEnd('new', valueWidth)}  change`))
    // Goals with goals, results with results, then goals against their results: each under its years.
    for (const kind of ['goal', 'result', 'check'] as const) {
      const rows = cmp.targets.filter((x) => changeKind(x) === kind).sort((a, b) => CHANGE_ORDER.indexOf(a.status) - CHANGE_ORDER.indexOf(b.status))
      if (!rows.length) continue
      out.push(c.dim(`  ${KIND_TITLE[kind]}${groupYears(rows)}`))
      for (const x of rows) out.push(targetRow(x, c, { old: o.lang, new: n.lang }, metricWidth, valueWidth))
    }
    out.push('')
  }

  const oldById = new Map(o.flat.map((x) => [x.id, x]))
  const newById = new Map(n.flat.map((x) => [x.id, x]))
  for (const d of cmp.diffs) {
    if (view.onlyChanged && !d.changed) continue
    out.push(...sectionBlock(d, oldById, newById, c, color, view))
  }
  return out.join('\n') + '\n'
}

function sectionBlock(d: SectionDiff, oldById: Map<string, Section>, newById: Map<string, Section>, c: ChalkInstance, color: boolean, view: CompareView): string[] {
  const l = d.link
  const a = l.old.map((id) => oldById.get(id)!)
  const b = l.new.map((id) => newById.get(id)!)
  const statusColor = l.status === 'added' ? c.green : l.status === 'removed' ? c.red : l.status === 'matched' ? c.dim : c.yellow
  const titles = l.status === 'added' ? heading(b) : l.status === 'removed' || (a.length === b.length && heading(a) === heading(b)) ? heading(a) : `${heading(a)}  →  ${heading(b)}`
  const facts = [l.status + (l.moved && l.status !== 'moved' ? ' · moved' : ''), l.score !== undefined ? `${Math.round(l.score * 100)}%` : '', d.changed ? '' : 'unchanged'].filter(Boolean).join(' · ')
  const lines = [`${statusColor(LINK_SYMBOL[l.status])} ${c.bold(titles)}  ${c.dim(facts)}`]
  if (!d.changed) return lines
  const rows = withContext(d.rows, view.context)
  const indent = '    '
  if (view.view === 'side') {
    const col = Math.max(20, Math.floor((view.width - indent.length - 3) / 2))
    for (const r of rows) {
      if (isGap(r)) {
        lines.push(c.dim(`${indent}… ${r.gap} unchanged ${r.gap === 1 ? 'sentence' : 'sentences'}`))
        continue
      }
      const left = wrapSegments(segments(r, 'old', c, color), col)
      const right = wrapSegments(segments(r, 'new', c, color), col)
      for (let k = 0; k < Math.max(left.length, right.length); k++) {
        const L = left[k] ?? { text: '', width: 0 }
        const R = right[k] ?? { text: '', width: 0 }
        lines.push(`${indent}${L.text}${' '.repeat(Math.max(0, col - L.width))} ${c.dim('│')} ${R.text}`)
      }
    }
  } else {
    const width = Math.max(20, view.width - indent.length)
    for (const r of rows) {
      if (isGap(r)) {
        lines.push(c.dim(`${indent}… ${r.gap} unchanged ${r.gap === 1 ? 'sentence' : 'sentences'}`))
        continue
      }
      for (const w of wrapSegments(segments(r, 'both', c, color), width)) lines.push(indent + (r.kind === 'equal' ? c.dim(w.text) : w.text))
    }
  }
  lines.push('')
  return lines
}
