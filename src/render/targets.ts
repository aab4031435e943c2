import type { Outline } from '../outline/types.js'
import type { Target } from '../targets/types.js'
import type { TargetChange } from '../targets/match.js'
import { sectionRecords } from './outline.js'
import { defaultTerminal, grouped, padEnd, painter, truncate, stringWidth, type TerminalOptions } from './style.js'

export function formatValue(t: Pick<Target, 'value' | 'high' | 'unit' | 'qualifier'>, lang: Outline['lang'] = 'zh'): string {
  const num = (v: number) => (Number.isInteger(v) ? grouped(v) : String(v))
  // An en dash between two negative numbers reads as a minus ("-10–-15%"), so such a range is spelled out.
  const dash = t.high !== undefined && (t.value < 0 || t.high < 0) ? (lang === 'en' ? ' to ' : '至') : '–'
  const value = t.high !== undefined ? `${num(t.value)}${dash}${num(t.high)}` : num(t.value)
  // Money as written in English: "$42.5 million", "Rs 2,00,000 crore".
  const money = /^([$€£₹]|Rs|USD|INR)(?: (.+))?$/.exec(t.unit)
  const amount = money ? `${money[1]}${money[1].length > 1 ? ' ' : ''}${value}${money[2] ? ` ${money[2]}` : ''}` : value + (lang === 'en' && t.unit && t.unit !== '%' ? ' ' : '') + t.unit
  if (!t.qualifier) return amount
  // "80余家", "2000多亿元": 余 and 多 stand where the report wrote them, right after the number.
  if (lang === 'zh' && /^(余|多)$/.test(t.qualifier) && !money) return value + t.qualifier + t.unit
  return lang === 'zh' && !/^(不少于|不低于|超过|近|约)$/.test(t.qualifier) ? amount + t.qualifier : `${t.qualifier} ${amount}`
}

export function targetsJson(outline: Outline, targets: Target[]): object {
  return { file: outline.doc.path, title: outline.meta.title, lang: outline.lang, sections: sectionRecords(outline), targets }
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v)
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function targetsCsv(outline: Outline, targets: Target[]): string {
  const titles = new Map(outline.flat.map((s) => [s.id, s.title]))
  const cols = ['id', 'section', 'section_title', 'metric', 'value', 'high', 'unit', 'measure', 'qualifier', 'role', 'period', 'line', 'column', 'text'] as const
  const rows = targets.map((t) => [t.id, t.section, t.section ? titles.get(t.section) : '', t.metric, t.value, t.high, t.unit, t.measure, t.qualifier, t.role, t.period, t.line, t.column, t.text].map(csvCell).join(','))
  return [cols.join(','), ...rows].join('\n') + '\n'
}

/** A table of figures grouped by section. */
export function targetsTerminal(outline: Outline, targets: Target[], options: TerminalOptions = defaultTerminal): string {
  const c = painter(options)
  const out: string[] = [c.bold(outline.meta.title || outline.doc.path), c.dim(`${targets.length} figures · ${targets.filter((t) => t.role === 'target').length} goals · ${targets.filter((t) => t.role === 'actual').length} results`), '']
  const bySection = new Map<string | null, Target[]>()
  for (const t of targets) bySection.set(t.section, [...(bySection.get(t.section) ?? []), t])
  const sections = new Map(outline.flat.map((s) => [s.id, s]))
  const metricWidth = Math.max(16, Math.min(36, options.width - 62))
  for (const [id, list] of bySection) {
    const s = id ? sections.get(id) : undefined
    out.push(c.cyan.bold(s ? `${s.label}${s.label ? ' ' : ''}${s.title}` : '(before the first heading)') + c.dim(s ? `  L${s.line}` : ''))
    for (const t of list) {
      const metric = padEnd(truncate(t.metric, metricWidth), metricWidth)
      const value = formatValue(t, outline.lang)
      const role = t.role === 'target' ? c.yellow('goal  ') : c.green('result')
      out.push(`  ${metric}  ${padEnd(value, Math.max(14, stringWidth(value)))}  ${padEnd(t.measure, 6)}  ${role}  ${padEnd(t.period ?? '', 4)}  ${c.dim(`L${t.line}`)}`)
    }
    out.push('')
  }
  return out.join('\n')
}

/** What a target change compares: goals with goals, results with results, or a goal with its result. */
export type ChangeKind = 'goal' | 'result' | 'check'

export function changeKind(t: TargetChange): ChangeKind {
  if (t.status === 'met' || t.status === 'exceeded' || t.status === 'missed') return 'check'
  return (t.old ?? t.new)!.role === 'target' ? 'goal' : 'result'
}

export const KIND_TITLE: Record<ChangeKind, string> = { goal: 'Goals', result: 'Results', check: 'Goals against results' }

/** The years compared: "2024 → 2025", or one year when both sides are of it. */
function changeYears(t: TargetChange): string {
  const years = [t.old?.period, t.new?.period].filter((y): y is string => Boolean(y))
  return [...new Set(years)].join(' → ')
}

/** "goal 2024 → 2025", "result 2023 → 2024", "goal → result 2024": a change's kind and years in a few words. */
export function changeOf(t: TargetChange): string {
  const kind = changeKind(t)
  const word = kind === 'check' ? 'goal → result' : kind
  const years = changeYears(t)
  return years ? `${word} ${years}` : word
}
