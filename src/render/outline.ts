import type { Outline, Section } from '../outline/types.js'
import { grouped, painter, padStart, truncate, stringWidth, type TerminalOptions, defaultTerminal } from './style.js'

/** The flat section record of the JSON outputs (see ../shared/eval/README.md). */
export interface SectionRecord {
  id: string
  level: number
  label: string
  title: string
  runIn: boolean
  optional: boolean
  line: number
  endLine: number
  parent: string | null
  /** Characters of text the section holds, children included. */
  chars: number
}

export function sectionSize(s: Section): number {
  return s.paragraphs.reduce((n, p) => n + p.text.length, 0) + s.children.reduce((n, c) => n + sectionSize(c), 0)
}

export function sectionRecords(outline: Outline): SectionRecord[] {
  return outline.flat.map((s) => ({
    id: s.id,
    level: s.level,
    label: s.label,
    title: s.title,
    runIn: s.runIn,
    optional: s.optional,
    line: s.line,
    endLine: s.endLine,
    parent: s.parent ?? null,
    chars: sectionSize(s),
  }))
}

export function outlineJson(outline: Outline): object {
  return {
    file: outline.doc.path,
    title: outline.meta.title,
    meta: outline.meta,
    lang: outline.lang,
    encoding: outline.doc.encoding,
    format: outline.doc.format,
    sections: sectionRecords(outline),
    // What ingest took out as page furniture or a duplicated summary, for a reader to check.
    removed: outline.doc.removed,
  }
}

function sizeLabel(chars: number, lang: Outline['lang']): string {
  return lang === 'zh' ? `${grouped(chars)} 字` : `${grouped(chars)} chars`
}

/** The outline as an indented, colored tree with line numbers and sizes. */
export function outlineTerminal(outline: Outline, options: TerminalOptions = defaultTerminal): string {
  const c = painter(options)
  const lineWidth = String(outline.doc.lineStarts.length).length + 1
  const out: string[] = []
  const m = outline.meta
  out.push(c.bold(m.title || outline.doc.path))
  const facts = [outline.doc.path, m.date, `${outline.flat.length} sections`, outline.doc.encoding, outline.doc.format].filter(Boolean)
  out.push(c.dim(facts.join(' · ')))
  out.push('')
  const sizeWidth = 12
  for (const s of outline.flat) {
    const num = c.dim(padStart(`L${s.line}`, lineWidth))
    const indent = '  '.repeat(s.level - 1)
    const label = s.label ? (s.level === 1 ? c.bold.cyan(s.label) : c.cyan(s.label)) + ' ' : ''
    const mark = s.runIn ? c.dim(' ▸') : ''
    const size = sizeLabel(sectionSize(s), outline.lang)
    const room = Math.max(10, options.width - lineWidth - 2 - stringWidth(indent) - stringWidth(s.label) - 1 - sizeWidth - 3)
    const title = truncate(s.title, room)
    const titled = s.optional ? c.italic.dim(title) : s.level === 1 ? c.bold(title) : title
    const used = lineWidth + 2 + stringWidth(indent) + (s.label ? stringWidth(s.label) + 1 : 0) + stringWidth(title) + (s.runIn ? 2 : 0)
    const gap = ' '.repeat(Math.max(1, options.width - used - sizeWidth))
    out.push(`${num}  ${indent}${label}${titled}${mark}${gap}${c.dim(padStart(size, sizeWidth))}`)
  }
  return out.join('\n') + '\n'
}

/** A Markdown outline: nested list with line references. */
export function outlineMarkdown(outline: Outline): string {
  const out = [`# ${outline.meta.title || outline.doc.path}`, '']
  for (const s of outline.flat) {
    const label = s.label ? `${s.label} ` : ''
    const title = s.optional ? `*${s.title}*` : s.title
    out.push(`${'  '.repeat(s.level - 1)}- ${label}${title} (line ${s.line})`)
  }
  return out.join('\n') + '\n'
}
