import type { Outline, Section } from '../outline/types.js'
import { arabicYears, parseChineseNumeral } from '../text/numerals.js'
import { toSimplified } from '../text/script.js'
import type { Role } from './types.js'

const TARGET_HEADING = /目标|任务|计划(（草案）|\(草案\))?$|草案|思路|安排|重点工作|打算|展望|规划纲要|规划$|Plan\b|Plans\b|Planning|Tasks?\b|Goals?|Targets?|Priorities|Objectives?|OKRs?|Key Results?|Estimates|Budget\b|Outlook|Next year|Going forward|Looking ahead|Looking forward|Year ahead|Coming year|Proposals?/i
// (A midterm review of a plan, a statistical communiqué, "…推进情况": results, whatever plan or task they name.)
const ACTUAL_HEADING = /执行情况|完成情况|实施情况|推进情况|落实情况|回顾|成效|成绩|进展|总结|发展基础|评估报告|中期评估|(?:统计|状况|质量|资源)公报|Review|Results|Achievements|Performance|Progress|Revised|Actuals?|Outturn|Looking back|Delivered|Statements? of assurance|Assurance statements?/i

const SITUATION_HEADING = /面临的形势|形势与挑战|现状/

/** The role a heading implies, if any: 执行情况 / review → actual, 目标 / 任务 / plan → target. */
export function headingRole(heading: string): Role | undefined {
  // (A draft's or a period's note after the name says nothing of its role: "…规划（征求意见稿）", "…规划（2026—2030年）".)
  const title = toSimplified(heading).replace(/\s*[（(](?:公开)?(?:征求意见稿|草案|送审稿|修订稿|讨论稿|报批稿|试行|(?:19|20)\d{2}\s*[—–~-]+\s*(?:19|20)\d{2}\s*年?)[）)]\s*$/, '')
  if (ACTUAL_HEADING.test(title)) return 'actual'
  // (The situation a plan faces is how things stand, unless the heading names the plan's goals too: "当前面临的形势和
  // 2024年工作总体要求".)
  if (SITUATION_HEADING.test(title) && !/目标|要求|任务|计划|思路/.test(title)) return 'actual'
  if (TARGET_HEADING.test(title)) return 'target'
  return undefined
}

/**
 * The role a whole report's title gives its figures: "Annual Report 2024", 统计公报 → results; "Plan 2025" →
 * goals; none when it names both ("执行情况与…计划草案的报告", "Annual Report 2024 and Plan 2025").
 */
export function documentRole(title: string): Role | undefined {
  const simplified = toSimplified(title)
  // (A midterm review names the plan it reviews: still a report of results.)
  // (A progress report names the plan, the targets or the tasks it reports on: "目标任务推进情况", "Budget Review".)
  if (ACTUAL_HEADING.test(simplified) && TARGET_HEADING.test(simplified.replace(/规划纲要|规划|目标|任务|Plan\b|Budget\b|Targets?\b|Goals?\b/gi, ''))) return undefined
  return headingRole(title)
}

/** A year a heading names ("2024年…", "FY 2024-25", "Plan 2025"). */
export function headingYear(heading: string): string | undefined {
  const title = arabicYears(heading)
  const fy = fiscalYear(title)
  if (fy) return fy
  // (Not a count that looks like one: "新增中小学学位2000个", "plant 2000 trees".)
  const m = /(?<![\d.,])((?:19|20)\d{2})(?![\d%％]|[.,]\d)(?!\s*(?:[个万亿元人户家所项套吨亩件座辆名张份台次余多]|(?:homes|people|jobs|households|tonnes|units|places|trees|km)\b))/i.exec(title)
  return m ? m[1] : undefined
}

/** A fiscal year a text names: "FY 2024-25", "Budget 2024-2025", "2024/25" → "2024-25". */
export function fiscalYear(text: string): string | undefined {
  const m = /(?:(?:FY|fiscal year|financial year)\s*)?\b((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)?\d{2})\b(?![-–/]\d)/i.exec(text)
  if (!m) return undefined
  const end = m[2].slice(-2)
  // Only a one-year span is a fiscal year ("2024-2025"), not a plan period ("2021-2025").
  return (Number(m[1]) + 1) % 100 === Number(end) ? `${m[1]}-${end}` : undefined
}

/** A year of Taiwan's official calendar, which counts from 1912: 民國113年 is 2024. */
const MINGUO_YEAR = /(?<![\d.])(1[0-2]\d)(?=\s*年)/g

/**
 * Whether a report counts its years from 1912: it says 民國, or its title,
 * written in Traditional script, names a year 100–129 ("臺北市113年度施政計畫").
 */
export function usesMinguoYears(outline: Outline): boolean {
  const title = outline.meta.title
  return /民[國国]\s*1[0-2]\d\s*年/.test(title) || (/(?<![\d.])1[0-2]\d\s*年/.test(title) && toSimplified(title) !== title)
}

/** The text with years of the 1912 calendar written as Western years, when the report uses it, and years in Chinese digits as Arabic. */
export function westernYears(text: string, minguo: boolean): string {
  return minguo ? text.replace(MINGUO_YEAR, (y) => String(Number(y) + 1911)) : arabicYears(text)
}

/**
 * The years of a Chinese five-year plan a title names ("第十四个五年规划", "“十四五”规划" → 2021–2025):
 * the third plan began in 1966, each after it five years later.
 */
export function fiveYearPlanYears(title: string): string[] {
  // ("十五分钟生活圈", "第十五届人大" name no plan: the number must be a plan's, with 规划/计划/时期 or quotes after it.)
  // (A quoted number is a plan's whatever follows: "“十五五”生态环境保护规划".)
  const m = /第?([一二三四五六七八九十]{1,3})(?:个五年(?:规划|计划|时期|期间)?|五[”"」]?(?:规划|计划|时期|期间))|[“"「]([一二三四五六七八九十]{1,3})五[”"」]/.exec(toSimplified(title))
  const n = m ? parseChineseNumeral(m[1] ?? m[2]) : NaN
  if (!(n >= 3 && n <= 30)) return []
  const first = 1966 + 5 * (n - 3)
  return [String(first), String(first + 4)]
}

export interface SectionContext {
  role?: Role
  year?: string
}

/** Role and year of every section, inherited from the nearest heading that says. */
export function sectionContexts(outline: Outline): Map<string, SectionContext> {
  const out = new Map<string, SectionContext>()
  const minguo = usesMinguoYears(outline)
  const visit = (s: Section, inherited: SectionContext) => {
    const own: SectionContext = { role: headingRole(s.title) ?? inherited.role, year: headingYear(westernYears(s.title, minguo)) ?? inherited.year }
    out.set(s.id, own)
    for (const c of s.children) visit(c, own)
  }
  for (const s of outline.sections) visit(s, { role: undefined, year: undefined })
  return out
}

// (要 as in 需要, not in 主要 or 重要.)
const GOAL_WORDS = /力争|确保|预期目标|目标|计划|将|(?<![主重摘纲])要|拟|争取|到\d{4}年|推动|推进|加快|实施|建设|打造|新建|改造|完成|aim|target|will|plan|expect|by \d{4}|goal/i
const FORECAST_WORDS = /预计|已|累计|完成了|实现了|达到了|比上年|同比|\bwe (replaced|built|planted|delivered|achieved|reached)\b|\b(was|were|rose|fell|increased|decreased)\b/i
export const STRONG_GOAL = /力争|确保|预期目标|目标为|目标是|建议目标|主要预期目标|\bwill\b|\baim\b|\btarget\b|\bmust\b|\b(plans?|intends?) to\b/i

/**
 * Role of one figure: the section's, unless the wording says otherwise; where
 * neither says, the document's ("Annual Plan 2024" sets goals), else a result.
 */
export function figureRole(sectionRole: Role | undefined, clause: string, sentence: string, documentRole?: Role): Role {
  if (sectionRole === 'actual') return STRONG_GOAL.test(clause) ? 'target' : 'actual'
  // In a plan, 预计 marks last year's estimated outturn — unless it is a budget being set ("收入预计安排860亿元")
  // or looks ahead to the end of the plan's year ("预计到年底…达到60%").
  if (sectionRole === 'target') return /预计(?!到?年[底末])|\b(estimated|was|were)\b/.test(clause) && !/安排|预算/.test(clause) ? 'actual' : 'target'
  if (STRONG_GOAL.test(sentence)) return 'target'
  if (FORECAST_WORDS.test(sentence)) return 'actual'
  return GOAL_WORDS.test(sentence) ? 'target' : (documentRole ?? 'actual')
}
