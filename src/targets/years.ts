import { fiscalYear } from './context.js'
import { parseChineseNumeral } from '../text/numerals.js'
import { EN_HEDGES, type Quantity } from './numbers.js'

// The year a figure is of, as a clause or sentence states it.

/**
 * The year an English clause sets its figure in: "in 2024", "by 2027", "for
 * 2025-26" — not a baseline ("than in 2019", "since 2020", "compared with 2020")
 * nor a plan period ("in 2021-2025").
 */
export function enClauseYear(clause: string): string | undefined {
  // "our FY2024 target", "the 2026 goal", "the FY2024 budget": the year a goal or a budget is set for.
  // ("the FY2026 emissions goal": a noun or two may name what the goal is for.)
  const goal = /\b(?:FY\s?)?((?:19|20)\d{2})(\s*[-–/]\s*(?:19|20)?\d{2})?(?:\s+(?!our\b|the\b|we\b|and\b)[a-z][a-z-]+){0,2}\s+(?:target|goal|budget)s?\b/i.exec(clause)
  if (goal) return goal[2] ? fiscalYear(goal[0]) ?? goal[1] : goal[1]
  // "2024 – 78%", "2023–24: 3,400 permits": a year set before its figure, as in a list of years.
  const lead = /^(?:FY\s?)?((?:19|20)\d{2})(\s*[-–/]\s*(?:19|20)?\d{2}(?!\d))?\s*[-–—:]\s*(?=[$€£₹]?\d)/i.exec(clause)
  if (lead) return lead[2] ? fiscalYear(lead[0].replace(/\s*[-–—:]\s*$/, '')) ?? lead[1] : lead[1]
  for (const m of clause.matchAll(/\b(?:in|by|for|during|until|through)\s+(?:(?:the\s+)?(?:fiscal year|financial year|year|FY)\s*|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d{2})(\s*[-–/]\s*(?:19|20)?\d{2})?\b/gi)) {
    // "than in 2019", "compared with the level in 2020": a year to compare with.
    // ("from 71% to 74% by 2026" is where a change goes, and when.)
    const pre = clause.slice(Math.max(0, m.index! - 40), m.index)
    // ("…from livestock by 25% by 2030": a figure right before the deadline is of it.)
    if (/\b(than|compared (with|to)|relative to|against|since|from)\b(\s+\S+){0,3}\s*$/i.test(pre) && !/\bfrom\s+\S+\s+to\s+\S+\s*$/i.test(pre) && !(/^by\b/i.test(m[0]) && /\d\s*(?:%|per\s?cent|percent)?\s*$/i.test(pre))) continue
    return m[2] ? fiscalYear(m[0]) : m[1]
  }
  return undefined
}

/**
 * "…2,100 MW by 2028 and 85% renewable electricity by 2030": the deadline that follows a figure before any other
 * figure does is its own, whatever year its clause names first.
 */
export function enDeadlineAfter(text: string): string | undefined {
  const m = /^[^\d.;,]*?\bby\s+(?:the\s+end\s+of\s+)?(?:(?:the\s+)?(?:fiscal|financial)\s+year\s+|FY\s?)?((?:19|20)\d{2})(\s*[-–/]\s*(?:19|20)?\d{2})?\b/i.exec(text)
  if (!m) return undefined
  return m[2] ? fiscalYear(m[0].slice(m[0].search(/\bby\b/i))) ?? m[1] : m[1]
}

/** "For FY2023, …", "In 2024 we completed …" (after a paragraph number, if any): the year a sentence opens with holds for its figures. */
export function enSentenceYear(sentence: string): string | undefined {
  const m = /^\W*(?:\d{1,3}[.)]\s+)?(?:in|for|during|throughout|by)\s+(?:(?:the\s+)?(?:fiscal|financial)\s+year\s*|FY\s*|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d{2})(\s*[-–/]\s*(?:19|20)?\d{2})?\b/i.exec(sentence)
  if (!m) return undefined
  return m[2] ? fiscalYear(m[0]) ?? m[1] : m[1]
}

/** "由2015年的55%提高到2020年的62%": the year an end of a change is of, written right before it. */
export function zhChangeEndYear(before: string): string | undefined {
  return /(?:由|到|至)((?:19|20)\d{2})年(?:底|末)?的$/.exec(before)?.[1]
}

/**
 * The year a Chinese clause sets its figures in, from a year that opens one of
 * the sentence's clauses before the figure: "到2027年，…占比达到12%", "预计2025年…",
 * "截至2024年底，累计…". Not a year to compare with ("比2023年", "2023年以来",
 * "2023年同期") nor one that qualifies a noun mid-clause ("完成2024年度目标任务").
 */
export function zhClauseYear(before: string): string | undefined {
  let year: string | undefined
  // ("2022-23年度", "2022至23年度": a fiscal year, as Hong Kong and Macao write them.)
  for (const m of before.matchAll(/(?:^|[，,；;：:。])\s*(?:到|至|截至|截止到?|预计(?:到)?|力争(?:到)?|争取(?:到)?|计划(?:到)?|确保(?:到)?|将于?)?\s*((?:19|20)\d{2})(?:\s*[-–—至]\s*(\d{2})(?=\s*年度))?\s*年(?:度|底|末|前|初|年底|年末|全年)?(?!以来|相比|同期|水平|基础|比)/g)) {
    year = m[2] && (Number(m[1]) + 1) % 100 === Number(m[2]) ? `${m[1]}-${m[2]}` : m[1]
  }
  // "到“十四五”期末", "“十四五”末": the last year of a five-year plan (the third began in 1966).
  for (const m of before.matchAll(/(?:^|[，,；;：:。])\s*(?:到|至|截至)?\s*[“"]?(十[一二三四五六七八九]|[三四五六七八九])五[”"]?(?:规划|时期)?期?末/g)) {
    year = String(1966 + 5 * (parseChineseNumeral(m[1]) - 3) + 4)
  }
  return year
}

/** "fell by 2 per cent last year", "down from 5.1 per cent a year earlier": the year before the report's. */
const EN_LAST_YEAR = /\b(last year|a year (earlier|ago|before)|the (previous|preceding|past|prior) year|the year before)\b/i

/** Whether a clause sets its figure in the year before ("fell last year"), not only compares with it ("more than last year"). */
export function saysLastYear(clause: string): boolean {
  const m = EN_LAST_YEAR.exec(clause)
  return m !== null && !/\b(than|compared (with|to)|over|from|on|versus|vs\.?|relative to|against|since)\s+$/i.test(clause.slice(0, m.index))
}

/** Text that ends where the level a change started from begins: "down from (about) ". */
export const EN_FROM_LEVEL = new RegExp(String.raw`\bfrom\s+((${EN_HEDGES})\s+)?$`, 'i')

const EN_DOWN_FROM = new RegExp(String.raw`\b(?:down|up)\s+from\s+((${EN_HEDGES})\s+)?$`, 'i')
/** "176,500 tCO2e, down from 182,000 tCO2e", "up from 81%": the level of the year before, where no year is written after it. */
// (Only where the sentence names no year and nothing follows the level: "up from 81% in March", "two years ago" say when.)
export function fromLastYear(sentence: string, q: Quantity): boolean {
  return EN_DOWN_FROM.test(sentence.slice(Math.max(0, q.start - 40), q.start)) && /^\s*(?:[,;.)]|$)/.test(sentence.slice(q.end)) && !/\b(?:19|20)\d{2}\b/.test(sentence)
}

/** "down from 2,600 tonnes in 2023": the year of a level a change started from, written right after it. */
export function baselineYear(sentence: string, q: Quantity): string | undefined {
  if (!EN_FROM_LEVEL.test(sentence.slice(Math.max(0, q.start - 40), q.start))) return undefined
  return /^\s*(?:in|for|during)\s+((?:19|20)\d{2})\b/i.exec(sentence.slice(q.end))?.[1]
}

const MONTH_YEAR = /\b(January|February|March|July|August|September|October|November|December|Jan|Feb|Mar|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(?:\d{1,2},?\s+)?((?:19|20)\d{2})\b|\b\d{1,2}\s+(January|February|March|July|August|September|October|November|December)\s+((?:19|20)\d{2})\b/i

/**
 * In a report that counts in fiscal years ("Annual Plan 2024/25"), a date names the fiscal year it falls in:
 * "by March 2025" is the end of 2024-25, "by December 2024" within it. (April to June are left as the
 * calendar year: a fiscal year starts in one of them or ends in one, depending on the country.)
 */
export function inFiscalYears(year: string | undefined, clause: string, reportYear: string | undefined): string | undefined {
  if (!year || !/^\d{4}$/.test(year) || !reportYear || !/^\d{4}-\d{2}$/.test(reportYear)) return year
  const m = MONTH_YEAR.exec(clause)
  if (!m || (m[2] ?? m[4]) !== year) return year
  const early = /^(jan|feb|mar)/i.test(m[1] ?? m[3])
  const start = Number(year) - (early ? 1 : 0)
  return `${start}-${String(start + 1).slice(2)}`
}
