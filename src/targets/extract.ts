import { positionAt } from '../ingest/positions.js'
import type { Block } from '../ingest/types.js'
import type { Outline, Section } from '../outline/types.js'
import { inOriginalScript, toSimplified } from '../text/script.js'
import { arabicYears } from '../text/numerals.js'
import { sentenceSpans } from '../text/sentences.js'
import { documentRole as documentRoleOf, figureRole, fiscalYear, fiveYearPlanYears, STRONG_GOAL, headingYear, sectionContexts, usesMinguoYears, westernYears, type SectionContext } from './context.js'
import { enMetric, GAP, hanCount, namesOnlyAGoal, splitList, ZH_LEAD, ZH_REVISION_VERBS, zhMetric } from './metric.js'
import { EN_CHANGE_NOUN_AFTER, EN_FALL_NOUNS, EN_GOAL_BEFORE, EN_HEDGES, EN_RISE_NOUNS, EN_ROUGHLY, findEnQuantities, findZhQuantities, type Quantity } from './numbers.js'
import { lowerIsBetter } from './synonyms.js'
import { rowFigures, tableHeaders, tableUnits } from './table.js'
import { baselineYear, EN_FROM_LEVEL, enClauseYear, enDeadlineAfter, enSentenceYear, fromLastYear, inFiscalYears, saysLastYear, zhChangeEndYear, zhClauseYear } from './years.js'
import type { Measure, Role, Target } from './types.js'

const ZH_GROWTH = /(增长率|成长率|增长|成长|下降|上涨|下跌|涨幅|跌幅|增加|减少|提高|降低|回落|上升|下滑|增速|增幅|压缩|缩短|(?<![新净])增|(?<![削缩])减)$/
// Words of change in their usual forms; nouns that also name things ("a contract", "a gain") are left out.
const EN_GROWTH = /\b(grow|grows|grew|grown|growing|growth|increas(?:e|es|ed|ing)|ris(?:e|es|en|ing)|rose|up|down|fall|falls|fell|fallen|falling|declin(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|reduction|cut|cuts|rais(?:e|es|ed|ing)|higher|lower|expand(?:s|ed|ing)?|expansion|contracted|contracting|contraction|climb(?:s|ed|ing)?|drop(?:s|ped|ping)?|gained|jump(?:s|ed)?|dip(?:s|ped)?|shr(?:ink|inks|ank|unk)|improv(?:e|es|ed|ing)|improvement)\b(\s+[\w'’-]+){0,10}\s+(by\s+)?$/i

/**
 * A finite verb in the past tense: what happened. Not after "will be", "to", "has been"
 * ("will be completed" is a goal).
 */
const EN_PAST = /(?<!\b(?:be|been|being|to|will|would|shall|should|must|can|could|may|might)\s+)\b(grew|fell|rose|eased|increased|decreased|declined|dropped|climbed|reached|recorded|totalled|totaled|amounted|stood|was|were|benefited|benefitted|completed|delivered|achieved|built(?!\s+(?:to|by|with|for)\b)|planted|opened|created|attracted|posted|registered|exceeded|averaged|remained|held|met|missed|expanded|contracted|resurfaced|repaired|replaced|improved|saw|hit|slowed|accelerated|moderated|spent|invested|received|emitted|burned|burnt)\b/i

/**
 * Verbs whose past form is also the participle of a measure ("calls answered within 30 seconds"):
 * past only after a subject ("we hired 15 officers").
 */
const EN_PAST_BY = /\b(?:we|they|it|the (?:council|city|agency|department|service|team))\s+(?:also\s+|have\s+|had\s+)?(?:hired|recruited|trained|installed|published|resolved|answered|inspected|issued|approved|launched|signed|closed|added|constructed|disbursed|sanctioned|distributed|covered|connected|commissioned|upgraded|laid)\b(?!\s+to\b)/i

/**
 * The present perfect of what was done ("has already cut", "have built"), not of a commitment ("have pledged to")
 * nor the future perfect ("will have completed").
 */
const EN_PERFECT = /(?<!\b(?:will|would|should|must|to|may|might)\s+)\b(?:has|have|had)\s+(?:already\s+|now\s+|so far\s+|since\s+then\s+)?(?:been\s+)?(?!(?:committed|pledged|promised|agreed|decided|planned|aimed|targeted|proposed|needed|wanted|hoped|expected|asked|set|chosen|started|begun|estimated|allocated|earmarked|budgeted|projected|forecast|forecasted|tasked|designed|intended|scheduled|reserved|provisioned|mandated|requested|approved)\b)(?:[a-z]{3,}ed|cut|built|grown|risen|fallen|won|made|seen|spent|brought|met|paid|kept|held|done|become|come|gone)\b(?!\s+(?:to|for next|for the coming)\b)/i

/** "dropped by more than ": a hedged rate of change. */
const EN_BY_HEDGED = new RegExp(String.raw`\bby\s+(${EN_HEDGES})\s+$`, 'i')

// "(target: 50%)", "against a target of 400": a goal set beside a result.
// "above the 75 percent target", "short of our 10–15% goal": the same, the figure before the word.
// ("(target 77%)": in brackets, the word alone says it; "against the 76% standard": a standard is a goal too.)
const EN_GOAL_ASIDE = /\(\s*(?:target|goal|standard|ambition)s?\b[^)]*(?:\)|$)|\(?\s*\b(?:against\s+)?(?:a|the|our)?\s*(?:target|goal)s?\s*(?:of|:)\s*[^,;)]*\)?|\b(?:above|below|short of|beating|beat|ahead of|missing|exceeding|under|over|against)\s+(?:a|the|our|its|their)\s+[$€£₹]?[\d.,–-]+\s*(?:%|percent|per cent|[a-z-]+)?\s+(?:target|goal|standard|ambition|ceiling|limit)\b|\b(?:meeting|met|missing|missed|beating|beat|exceeding|exceeded)\s+(?:the|our|its|their)\s+(?:[a-z]+\s+)?(?:target|goal)s?\b/gi

/** A clause without its asides, keeping a verb that tells a result ("exceeded its target" → "exceeded"). */
const withoutAsides = (s: string) => s.replace(EN_GOAL_ASIDE, (m) => /^(?:met|missed|beat|exceeded)\b/i.exec(m.trim())?.[0] ?? ' ')

/** Text that ends where a goal set beside a result begins: "(target: ", "against a target of ", "beating our target of ". */
const EN_ASIDE_BEFORE = /(?:\(\s*|\b(?:against|beating|beat|above|below|ahead of|short of|exceeding|missing|under|over|compared with)\s+(?:a|the|our|its|their)\s+(?:(?:annual|original|revised|\d{4}|FY\s?\d{2,4}|\d{4}[-–/]\d{2})\s+)?)(?:target|goal|plan|budget|ambition|standard)s?\s*(?:of|:|was|is)?\s*(?:about|around|at least|less than|fewer than|no more than|not more than|more than|below|under|at most)?\s*$/i
/** A goal written around its figure: "short of our 10–15% target", "below the 8% we planned", "the 320 planned". */
const EN_ASIDE_AROUND = /\b(?:of|than|against|beating|above|below|ahead of|short of|missing|exceeding)\s+(?:a|the|our|its|their)\s+$/i
// ("of the £4.2m savings planned": what the goal counts may come between.)
const EN_ASIDE_AFTER = /^\s*(?:[a-z][a-z-]*\s+){0,3}?(?:target|goal|standard|ambition|ceiling|limit|planned|we planned|budgeted|we budgeted|in the plan)\b/i
/** What follows the old figure of a revised goal: "(左右)调整为", "上调至", "修订为". */
const ZH_REVISED = new RegExp(`^[^，,；;。\\d]{0,4}?(?:${ZH_REVISION_VERBS}|修改)(?:为|到|至)`)
/** A clause that is only a figure (", to £2,224.10"): it leans on its sentence's verb. */
// (", a growth of 7.8 per cent over the previous year", ", a 4% reduction": a change set beside a figure, in apposition, leans on it too.)
const EN_BARE_FIGURE = /^\W*an?\s+[\d.,]+\s*(?:%|per\s?cent|percent)\s+(?:growth|increase|rise|decline|fall|drop|reduction|decrease|jump|gain|cut)\W*$|^\W*(?:(?:to|at|of|or|and)\s+|an?\s+(?:growth|increase|rise|decline|fall|drop|reduction|decrease|jump|gain)\s+of\s+)?(?:(?:about|around|some|nearly)\s+)?[$€£₹]?\d[\d.,]*\s*(?:per\s?cent|percent)?\S*(?:\s+(?:over|on|from)\s+(?:the\s+)?(?:previous|last|preceding)\s+year)?\W*$/i

/**
 * Chinese wording of how things stand, right before a figure: an area, "仅为" (is only), "目前为", "现有". Not "在现有基础上
 * 新增…", "当前重点是新建…": a goal's verb stands between.
 */
const ZH_PRESENT_STATE = /(?:国土面积|辖区面积|总面积)[^，,。；;]{0,6}$|(?:仅为|仅有|目前为|目前已?达到?|现为|现有)$/

/** Present-tense wording of a state of affairs: "is home to", "stands at", "has 38 schools", "currently". */
const EN_PRESENT_STATE = /\b(?:is|are)\s+(?:currently\s+|now\s+)?home\s+to\b|\bis\s+an?\s+(?:city|town|county|borough|district|region|state|province|community)\s+of\b|\b(?:live|lives)\s+(?:below|in|on)\b|\b(?:make|makes)\s+up\b|\b(?:stands?|sits?)\s+at\b|\b(?:covers|employs|serves|houses|has)\s+(?:(?:about|around|some|nearly|over|more than|almost|just over|just under)\s+)?[$€£₹]?\d|\bthere\s+(?:is|are)\s+(?:currently\s+|now\s+)?(?:(?:about|around|some|nearly|over|more than|almost)\s+)?\d|\bcurrently\b|\bat present\b/i

/** An English figure's role: a goal when a target names it; otherwise as the wording says, goals set beside results aside. */
function enRole(sentence: string, q: Quantity, clause: string, sectionRole: Role | undefined, documentRole: Role | undefined): Role {
  if (EN_GOAL_BEFORE.test(sentence.slice(Math.max(0, q.start - 30), q.start))) return 'target'
  // What happened, told in the past tense, is a result even in a plan's chapter ("Trade volumes fell by 2 per cent").
  // A clause without a verb of its own (", to £2,224.10") is read with its sentence's.
  const whole = EN_BARE_FIGURE.test(withoutAsides(clause)) ? sentence : clause
  const own = withoutAsides(whole)
  if ((EN_PAST.test(own) || EN_PAST_BY.test(own) || EN_PERFECT.test(own) || saysLastYear(own)) && !STRONG_GOAL.test(own)) return 'actual'
  // "The city is home to 287,000 people", "Unemployment stands at 4.1%": how things are now, not a goal, even in a plan.
  if (EN_PRESENT_STATE.test(own) && !STRONG_GOAL.test(sentence) && !/\b(?:expect(?:s|ed)?|should|ambition|need(?:s|ed)? to|aim(?:s|ed)?|intend(?:s|ed)?)\b/i.test(sentence) && !/\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2}\b/i.test(sentence)) return 'actual'
  return figureRole(sectionRole, own, withoutAsides(sentence), documentRole)
}

const EN_CHANGE_NOUN_OF = new RegExp(String.raw`\b(${EN_RISE_NOUNS}|${EN_FALL_NOUNS})\s+of\s+((${EN_ROUGHLY})\s+)?$`, 'i')

function measureOf(q: Quantity, before: string, lang: Outline['lang'], after = ''): Measure {
  const pre = before.replace(/(比上年|同比|较上年|与上年|预计|分别|年均|可比|同口径|均|目标值?为?)+$/, '')
  if (q.value === 0 && q.unit === '') return 'growth'
  // "a 10% increase in visitors": a change named after its size.
  if (lang === 'en' && (q.unit === '%' || q.unit === 'percentage points') && EN_CHANGE_NOUN_AFTER.test(after)) return 'growth'
  // "net emissions 52% below 2005 levels": a fall from a base year's level is a change.
  if (lang === 'en' && q.negative && q.unit === '%') return 'growth'
  // "increase satisfaction to 85%": a level reached, not a rate of growth.
  // "reduce latency below 250 ms", "fewer than 3": a bound on a level, too.
  // "an increase of 4.3 per cent", "after a contraction of 3.7 per cent": a rate of change named by a noun.
  if (lang === 'en' && EN_CHANGE_NOUN_OF.test(pre)) return 'growth'
  // "make up 19 percent of the fleet": a part of a whole.
  if (lang === 'en' && /\b(?:make|makes|made|making)\s+up\s+$/i.test(pre)) return q.unit === '%' ? 'share' : 'amount'
  // "down from 2,600 tonnes in 2023": the level a change started from.
  if (lang === 'en' && EN_FROM_LEVEL.test(pre)) return q.unit === '%' ? 'share' : 'amount'
  // "dropped by more than 3 percent": a hedged rate of change, not a bound on a level.
  if (lang === 'en' && EN_BY_HEDGED.test(pre) && EN_GROWTH.test(pre)) return 'growth'
  if (lang === 'en' && (/\b(to|at|of|reach(es|ed)?)\s+((about|around|at least|more than|below|under|over|some|nearly|approximately)\s+)?$/i.test(pre) || /\b(below|under|above|over|(fewer|less|more) than)\s+$/i.test(pre))) return q.unit === '%' ? 'share' : 'amount'
  if (lang === 'zh' ? ZH_GROWTH.test(pre) : EN_GROWTH.test(pre)) return 'growth'
  if (q.unit === '倍' || q.unit === '个百分点' || q.unit === 'percentage points') return 'growth'
  if (q.unit === '%' || q.unit === '‰') return 'share'
  return 'amount'
}

const simplified = (b: Block): Block => ({ ...b, text: toSimplified(b.text) })
/** The year before a year ("2024" → "2023", "2024-25" → "2023-24"). */
const yearBefore = (year: string | null): string | null => {
  if (!year) return null
  const y = Number(year.slice(0, 4)) - 1
  return /^\d{4}-\d{2}$/.test(year) ? `${y}-${String((y + 1) % 100).padStart(2, '0')}` : String(y)
}

/**
 * "存款余额1286亿元，贷款余额964亿元，分别增长6.3%和7.9%": figures listed after 分别 belong, in order, to as many
 * indicators named before them in the sentence (read one by one, all took the last name).
 */
/**
 * "城乡居民人均可支配收入分别增长5.5%和7%": two figures given 分别 for 城乡 are the towns' (城镇) and the
 * countryside's (农村), in that order, as every report writes them.
 */
function townAndCountry(sentence: string, quantities: Quantity[], firstTarget: number[], targets: Target[]): void {
  for (let i = 0; i + 1 < quantities.length; i++) {
    const [a, b] = [targets[firstTarget[i]], targets[firstTarget[i + 1]]]
    if (!a || !b || a.metric !== b.metric || !/^城乡居民/.test(a.metric)) continue
    if (!/^[、和及与\s]{1,2}$/.test(sentence.slice(quantities[i].end, quantities[i + 1].start))) continue
    if (!sentence.slice(Math.max(0, quantities[i].start - 8), quantities[i].start).includes('分别')) continue
    a.metric = a.metric.replace(/^城乡/, '城镇')
    b.metric = b.metric.replace(/^城乡/, '农村')
  }
}

function respectively(sentence: string, quantities: Quantity[], firstTarget: number[], targets: Target[]): void {
  for (let i = 1; i < quantities.length; i++) {
    // (Not where 分别 has an indicator of its own before it: "恩格尔系数分别为28%和32%", "总投资分别达到…".)
    const between = sentence.slice(quantities[i - 1].end, quantities[i].start)
    if (!between.includes('分别') || /\p{Script=Han}{2}/u.test(between.slice(0, between.indexOf('分别')).replace(/^[，,；;、]|比上年|同比|较上年|预计|全年|均/g, ''))) continue
    let j = i + 1
    while (j < quantities.length && /^[、和及与\s]{1,2}$/.test(sentence.slice(quantities[j - 1].end, quantities[j].start))) j++
    const group = quantities.slice(i, j).map((_, n) => targets[firstTarget[i + n]])
    const named = [...new Set(quantities.slice(0, i).map((_, n) => targets[firstTarget[n]]?.metric).filter((m): m is string => m !== undefined))]
    if (group.length >= 2 && group.every((t) => t && t.metric === group[0].metric) && named.length === group.length) {
      group.forEach((t, n) => {
        t.metric = named[n]
        t.lowerIsBetter = lowerIsBetter(named[n])
      })
    }
    i = j - 1
  }
}

/** A figure read earlier in its sentence, and whether it was a goal set beside a result. */
interface ReadFigure {
  metric: string
  unit: string
  measure: Measure
  period: string | null
  negative: boolean
  role: Role
  beside: boolean
}

/** A change in percentage points, which a goal set after a result may follow. */
const POINTS = /^(个?百分点|pp)$/

/**
 * The result a goal set after it is of: the last figure in the goal's unit ("为80.9%，同比下降1.6个百分点，未完成83%以上的年度
 * 目标"), past that indicator's own changes, changes in points and goals set beside results ("1820亿元，年均增长5.0%，低于8%左右的
 * 规划预期，按目前增速难以完成2400亿元的目标"), but not past another indicator's figure.
 */
function resultBefore(read: ReadFigure[], unit: string): ReadFigure | undefined {
  return read.findLast((f, k) => f.unit === unit && read.slice(k + 1).every((g) => POINTS.test(g.unit) || g.beside || g.metric.startsWith(f.metric) || /^(规划|预期|年度|计划)*(目标|预期)$/.test(g.metric)))
}

/**
 * A Chinese figure named in a list of goals, not reported: in brackets after its indicator, with the list's
 * task or goal named ("减排任务（1100吨、80吨）", "优良天数比例（83%以上）、重污染天数（2天以内）2项目标未完成"), or
 * in a clause that ends in the goal it lists ("完成…浓度控制在33微克/立方米以内、优良天数比例达到80%以上的年度目标任务").
 * (In brackets, a goal carries its bound: "比例（85.2%）超额完成年度目标" reports a result. Not a figure compared with a
 * goal, "增长6%、高于5%的预期目标", nor results said to reach one, "…28微克/立方米等指标均达到…的年度目标".)
 */
function listedGoal(sentence: string, start: number, end: number, bounded: boolean): boolean {
  const before = sentence.slice(Math.max(0, start - 30), start)
  const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('))
  if (open >= 0 && !/[）)]/.test(before.slice(open))) {
    const close = sentence.slice(end).search(/[）)]/)
    if (close >= 0 && (/(目标|任务)$/.test(before.slice(0, open)) || (bounded && /^[）)][^，,；;。]{0,20}目标/.test(sentence.slice(end + close))))) return true
  }
  const goal = /^([^，,；;。：:]{0,40}?)的(年度|全年|预期)?目标/.exec(sentence.slice(end))
  return goal !== null && !/高于|低于|超过|快于|慢于|好于|优于|均|等指标|等目标|超额|如期|实现|支持/.test(goal[1])
}

function clauseAround(sentence: string, start: number, end: number): string {
  // A comma between digits groups thousands ("287,000"); it ends no clause.
  const ends = (i: number, marks: RegExp) => marks.test(sentence[i]) && !(sentence[i] === ',' && /\d/.test(sentence[i - 1] ?? '') && /\d/.test(sentence[i + 1] ?? ''))
  let from = start
  while (from > 0 && !ends(from - 1, /[，,；;。：:！？!?]/)) from--
  let to = end
  while (to < sentence.length && !ends(to, /[，,；;。！？!?]/)) to++
  return sentence.slice(from, to).trim()
}

/**
 * Figures listed after "分别" take the items of the list before it, in order; one figure after
 * "均" is each item's ("游客总量和花费均增长35%" is two figures).
 */
function listMetrics(sentence: string, qs: Quantity[]): Map<Quantity, string[]> {
  const out = new Map<Quantity, string[]>()
  // The pattern below scans each figure's whole prefix: only where it can match.
  if (!sentence.includes('分别') && !sentence.includes('均')) return out
  for (let i = 0; i < qs.length; i++) {
    const pre = sentence.slice(0, qs[i].start)
    // 均 of a list ("A和B均增长5%"), not of 年均 (annual average) or 人均 (per head).
    const m = /([^，,；;。：:]*?)(分别|(?<![年人])均)(?:预计|比上年|同比|累计)?(?:增长|下降|降低|减少|达到|为|完成|提高|提升|上升|占|压减|缩小)?$/.exec(pre)
    if (!m) continue
    let j = i
    while (j + 1 < qs.length && /^[、和及与]$/.test(sentence.slice(qs[j].end, qs[j + 1].start))) j++
    const head = m[1].replace(ZH_LEAD, '').replace(/^(重点企业中?)/, '')
    if (i === j && m[2] === '均') {
      // Only a list of names, each one on its own ("规模以上工业增加值和利润"); "(在册管理的)高血压、糖尿病患者
      // 规范管理率" is one rate of two groups.
      const names = head.split(/[、和及与]/)
      const items = names.length >= 2 && hanCount(names[0].replace(/^.*的/, '')) >= 4 && names.every((n) => hanCount(n) >= 2) ? splitList(head, names.length) : undefined
      if (items) out.set(qs[i], items)
      continue
    }
    const items = splitList(head, j - i + 1)
    if (items) for (let k = i; k <= j; k++) out.set(qs[k], [items[k - i]])
    i = j
  }
  return out
}

/** The line naming a performance measure, its number aside: "Measure 2.1    Share of claims decided in 28 days". */
const RECORD_NAME = /^(?:performance\s+)?(?:measure|indicator|kpi|pm)\s*\d{1,2}(?:\.\d{1,2})*[a-z]?\s*(?:[:–-]\s*|\s{2,})(\S.{3,200})$/i
/** A line of a measure's record: "Target  85 per cent", "Result 2024–25:  88 per cent". */
const RECORD_KEY = /^(target|goal|result|actual|outcome|achieved)s?(?:\s+((?:FY\s?)?(?:19|20)\d{2}(?:\s*[-–/]\s*\d{2,4})?))?\s*(?::\s*|\s{2,}|\t)(?=\S)/i

/** Words that bring a level down. */
const BRING_DOWN = /\b(reduc(?:e|ing)|cut(?:ting)?|lower(?:ing)?|limit(?:ing)?|decreas(?:e|ing)|halv(?:e|ing)|bring down|no more than|fewer than|less than)\b|降低到|降低至|降至|降到|压减至|压减到|减少到|减少至|下降到|下降至/i

/**
 * A line that heads what a report promised, in a report on how it did: "What we said we would do", "Our commitment:".
 * What follows is a goal, however it is worded, until a line heads what was done (RESULT_LABEL).
 */
// (Only these: "Our targets" over a list is a lead-in, and "The year in numbers" after it ends it.)
const GOAL_LABEL = /^(?:what we (?:said we would|planned to|promised to|committed to|set out to|aimed to) (?:do|achieve|deliver)|what we said|we said we would|what we planned|what we promised|our commitments?)\s*[:：]?\s*$/i
const RESULT_LABEL = /^(?:what we (?:did|achieved|delivered|have done)|what happened|how we did|how did we do|progress(?: made)?|outcomes?|results?|achievements?|performance|what we found|status\b.*)\s*[:：]?\s*$/i

/** A list item: a bullet, a dash, "a)", "(ii)", "3." at the start. */
const LIST_ITEM = /^\s*(?:[•·▪◦*–—-]\s*|\(?[a-z]\)\s+|\(?[ivx]{1,4}\)\s+|\d{1,2}[.)]\s+)/i

/** What a paragraph ending in a colon says of the list after it: "For 2025 we will:", "2025年主要任务是：". */
function leadIn(paragraph: string, minguo: boolean): SectionContext | undefined {
  if (!/[:：]\s*$/.test(paragraph)) return undefined
  // The sentence that ends in the colon leads in, not what came before it in the paragraph.
  const text = paragraph.split(/(?<=[.!?。！？；;])\s*/).pop()!
  if (text.length > 200) return undefined
  const year = headingYear(westernYears(text, minguo))
  // ("Targets:", "Our goals for 2025:"; not "We achieved the following main goals and targets:".)
  const plural = /\b(?:targets|goals|objectives|aims)\b/i.test(text) && !/\b(?:achieved|met|delivered|reached|exceeded|missed|hit)\b/i.test(text)
  const role: Role | undefined = STRONG_GOAL.test(text) || /计划|目标|任务/.test(text) || plural ? 'target' : undefined
  if (!year && !role) return undefined
  return { ...(role ? { role } : {}), ...(year ? { year } : {}) }
}

/** Every quantified figure of an outline, in document order. Pure. */
export function extractTargets(outline: Outline): Target[] {
  const contexts = sectionContexts(outline)
  const targets: Target[] = []
  const lang = outline.lang
  // Years the title names: a review speaks of the first, a plan of the last ("Report 2024 and Plan 2025").
  const documentRole = documentRoleOf(outline.meta.title)
  // A budget for one fiscal year ("Budget 2024-2025") speaks of that year.
  const fiscal = fiscalYear(outline.meta.title)
  const minguo = usesMinguoYears(outline)
  // (Not a vision's year: "…第十四个五年规划和二〇三五年远景目标纲要" is a plan for 2021–2025.)
  const titleYears = [...westernYears(outline.meta.title, minguo).replace(/(?:19|20)\d{2}\s*年\s*远景/g, '').matchAll(/(?:19|20)\d{2}/g)].map((m) => m[0]).sort()
  // A Chinese five-year plan named by its number ("十四五"): its goals are for its last year; the plan looks back
  // on the year before its first (a midterm review of it, on the year it is written in).
  // So is a plan named for a year well after it was published ("Climate Action Plan 2030", published 2023) or for a
  // span of years ("Housing Strategy 2025–2035"): its goals start in the year it opens with.
  const horizon = titleYears.length === 1 && outline.meta.year !== undefined && Number(titleYears[0]) - outline.meta.year >= 3 ? [outline.meta.year, Number(titleYears[0])] : []
  // (Only a title that names the span alone: "Annual Report 2023 and Corporate Plan 2024–2028" names a year and a span.)
  const span = titleYears.length === 2 && Number(titleYears[1]) - Number(titleYears[0]) >= 3 ? [Number(titleYears[0]), Number(titleYears[1])] : []
  const planYears = titleYears.length ? (horizon.length ? horizon : span) : fiveYearPlanYears(outline.meta.title).map(Number)
  const fivePlanReview = !titleYears.length && planYears.length === 2 && documentRole === 'actual'
  const docYear = (role: string): string | null => {
    if (fiscal) return fiscal
    if (planYears.length && (role === 'target' || documentRole !== 'actual')) return String(role === 'target' ? planYears[1] : planYears[0] - 1)
    if (titleYears.length >= 2) return role === 'actual' ? titleYears[0] : titleYears[titleYears.length - 1]
    const year = titleYears.length ? Number(titleYears[0]) : outline.meta.year
    if (year === undefined) return null
    // A plan for year Y looks back on Y−1; a report on year Y looks ahead to Y+1.
    if (documentRole === 'target' && role === 'actual') return String(year - 1)
    if (documentRole === 'actual' && role === 'target') return String(year + 1)
    return String(year)
  }

  const plannedYear = docYear('target')
  const lastYear = plannedYear === null ? undefined : String(Number(plannedYear.slice(0, 4)) - 1)
  // The years the report is about: a figure of an earlier year is a result, of a later one a goal.
  const reportYears = fiscal ? [Number(fiscal.slice(0, 4))] : titleYears.length ? titleYears.map(Number) : planYears.length ? planYears : outline.meta.year ? [outline.meta.year] : []
  // Goals are of this year or later: the plan's first (a five-year plan's interim years are goals too), or the year planned.
  const goalsFrom = planYears.length ? planYears[0] : Math.max(reportYears[0] ?? 0, Number(plannedYear?.slice(0, 4) ?? 0))
  const roleByYear = (role: Role, year: string, clause: string): Role => {
    const y = Number(year.slice(0, 4))
    if (!reportYears.length) return role
    // A goal is of the planned year or later: a figure of an earlier year is a result ("截至2024年底，累计建成…" in a plan for 2025).
    // ("…2,100 MW of coal by 2028": an English deadline is a goal's.)
    if (role === 'target' && y < goalsFrom && !/\b(target|goal|aim|plan)|目标|计划|力争|确保/i.test(clause) && !/\bby\s+(?:the\s+end\s+of\s+)?(?:FY\s?)?(?:19|20)\d{2}/i.test(clause)) return 'actual'
    // ("Raised: … 70% by 2030": a goal set to a later year is one, whatever verb announces it.)
    if (role === 'actual' && y > reportYears[reportYears.length - 1] && (!EN_PAST.test(clause) || new RegExp(String.raw`\bby\s+(?:the\s+end\s+of\s+)?(?:FY\s?)?${y}\b`, 'i').test(clause))) return 'target'
    // "Annual Report 2024 and Plan 2025": a figure for 2025, not told in the past tense, is of the plan.
    if (role === 'actual' && reportYears.length >= 2 && y === reportYears[reportYears.length - 1] && y > reportYears[0] && !EN_PAST.test(clause) && !/预计|完成|实现/.test(clause)) return 'target'
    return role
  }

  // The indicators of the section read so far in each unit, for a goal that names none ("our FY2025 target is 6.2
  // minutes"): named so only when there is one.
  let unitNames = new Map<string, Set<string>>()
  let unitSection: string | undefined
  const readBlock = (block: Block, section: Section | undefined, ctx: SectionContext) => {
    if (section?.id !== unitSection) {
      unitSection = section?.id
      unitNames = new Map()
    }
    // Read as Simplified with Arabic years ("二〇二四年"); the metric and clause a reader sees are in the report's own script.
    const text = arabicYears(toSimplified(block.text))
    const shown = (piece: string) => inOriginalScript(piece, text, block.text)
    let paragraphYear: string | undefined
    // A clause after a semicolon continues its sentence: it may name its indicator by what came before.
    let carried: string | undefined
    // The indicator last named in each unit, within a sentence and the clauses after its semicolons.
    let sentenceUnits = new Map<string, string>()
    let continued = false
    for (const span of sentenceSpans(text)) {
      const sentence = text.slice(span.start, span.end)
      const quantities = lang === 'zh' ? findZhQuantities(sentence) : findEnQuantities(sentence)
      const dated = westernYears(sentence, minguo)
      const yearHere = headingYear(dated)
      // (Not a year compared with or started from: "由2015年的1.62%提高到…", "比2020年".)
      if (yearHere && /^[^，,]{0,12}(?<![由比较与从])(19|20)\d{2}年/.test(dated)) paragraphYear = yearHere
      let previous = carried
      if (!continued) sentenceUnits = new Map()
      let listedAs: { measure: Measure; negative: boolean } | undefined
      // Every figure of the sentence read so far.
      const read: ReadFigure[] = []
      const metrics = lang === 'zh' ? listMetrics(sentence, quantities) : new Map<Quantity, string[]>()
      // Where each figure's targets start in `targets` (a figure may give none, or one per name).
      const firstTarget: number[] = []
      quantities.forEach((q, k) => {
        // "95% of calls within 30 seconds": the time is the standard the share is measured against, no figure of its own.
        if (lang === 'en' && k > 0 && quantities[k - 1].unit === '%' && /\bwithin\s+$/i.test(sentence.slice(quantities[k - 1].end, q.start)) && /^(working |calendar )?(hours?|days?|weeks?|months?|minutes?|seconds?)$/i.test(q.unit)) return
        // "…by 60% by 2030 (previously 50%)": the goal as it was is no figure of this report.
        if (lang === 'en' && /[(（]\s*(?:previously|formerly|was)\s+$/i.test(sentence.slice(Math.max(0, q.start - 20), q.start))) return
        // "Retired: the 75% landfill diversion goal": a goal given up is no goal of this report.
        if (lang === 'en' && /^\W*(?:retired|dropped|discontinued|withdrawn|removed|superseded)\W*[:：]/i.test(sentence)) return
        // "目标由3%左右调整为2%左右": a goal revised; the figure it was is no figure of this report.
        if (lang === 'zh' && sentence[q.start - 1] === '由' && ZH_REVISED.test(sentence.slice(q.end, q.end + 12))) return
        // "3项目标未完成": a count of the report's own goals, not a figure it sets.
        if (lang === 'zh' && q.unit === '项' && /^(主要|约束性|预期性)?(目标|指标)/.test(sentence.slice(q.end))) return
        const floor = k > 0 && !/[，,；;。：:]/.test(sentence.slice(quantities[k - 1].end, q.start)) ? quantities[k - 1].end : 0
        // "增长5.3%，略低于5.5%左右的预期目标", "未完成1200亿元的年度目标": the goal the figure before was set.
        // "built 215 homes (target: 200)", "93% against a target of 95%": the same in English.
        const aside =
          lang === 'zh'
            ? /^的?(年度|全年|预期|计划)?(预期)?目标/.test(sentence.slice(q.end))
            : EN_ASIDE_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start)) || (EN_ASIDE_AROUND.test(sentence.slice(Math.max(0, q.start - 30), q.start)) && EN_ASIDE_AFTER.test(sentence.slice(q.end)))
        const goalOf = aside ? resultBefore(read, q.unit) : undefined
        // "签约项目开工率仍低于70%的目标": a goal restated on its own, in a review; 低于 compares, it bounds nothing.
        // "优良天数比例（83%以上）…3项目标未完成", "完成省下达的…控制在33微克/立方米以内、…的年度目标任务": goals named in a list.
        const comparedGoal = lang === 'zh' && aside && !goalOf
        const loneGoal = comparedGoal || (lang === 'zh' && listedGoal(sentence, q.start, q.end, q.qualifier !== null))
        const named = goalOf ? [goalOf.metric] : metrics.get(q) ?? [lang === 'zh' ? zhMetric(sentence, q.start, q.end, floor, previous) : enMetric(sentence, q.start, q.end, q.unit, previous)]
        // The indicator of the figure before it in the sentence, in its unit ("…rose to 66%, short of our 70% goal; in 2025
        // we aim for 75%"), else the section's one indicator in that unit.
        const goalOnly = lang === 'en' && named.length === 1 && namesOnlyAGoal(named[0], q.unit, sentence.slice(Math.max(0, q.start - 60), q.start))
        const sectionOne = unitNames.get(q.unit)?.size === 1 ? [...unitNames.get(q.unit)!][0] : undefined
        const restated = goalOnly ? (sentenceUnits.get(q.unit) ?? sectionOne) : undefined
        const names = loneGoal ? named.map((n) => n.replace(/(仍|尚|还)?(低于|高于|未达到|未完成|达到|超过|不及)$/, '')) : restated ? [restated] : named
        const metric = names[names.length - 1]
        if (!goalOnly) unitNames.set(q.unit, (unitNames.get(q.unit) ?? new Set()).add(metric))
        sentenceUnits.set(q.unit, metric)
        // A ratio to the plan or a gap is of the indicator named before; a growth after it is that indicator's too.
        const derived = lang === 'zh' && previous !== undefined && metric !== previous && metric.startsWith(previous) && (metric === previous + '完成率' || GAP.test(metric.slice(previous.length)))
        // "增长5.2%，低于预期目标0.8个百分点": a gap is a result as the figure it is of is, and of its year.
        const gapOf = derived && metric !== previous + '完成率' ? read.at(-1) : undefined
        if (!derived) previous = metric
        const before = sentence.slice(Math.max(0, q.start - (lang === 'zh' ? 12 : 60)), q.start).replace(/(超过|突破|不少于|不低于|约|近|达到|达)$/, '')
        // "分别增长4.8%、7.6%", "分别下降3%和5%": a figure listed right after another is read as that one is.
        const listed = k > 0 && /^[、和及与\s]{1,2}$/.test(sentence.slice(quantities[k - 1].end, q.start)) && quantities[k - 1].unit === q.unit ? listedAs : undefined
        const measure = goalOf ? goalOf.measure : listed ? listed.measure : measureOf(q, before, lang, sentence.slice(q.end))
        // ("下降3.1%，未完成年初确定的增长5%的目标": a goal that says its own change keeps its own sign.)
        const ownChange = lang === 'zh' && /(增长|增加|提高|提升|上升|下降|减少|降低|回落)$/.test(sentence.slice(Math.max(floor, q.start - 6), q.start))
        const negative = goalOf && !ownChange ? goalOf.negative : q.negative || (listed?.negative ?? false)
        listedAs = { measure, negative }
        const clause = clauseAround(sentence, q.start, q.end)
        // In a Chinese report of results (统计公报, a midterm review), a section that names no role is of results:
        // 新建, 完成, 加快 there describe what was done; only a goal said outright (力争, 目标是) is one.
        let role = lang === 'en' ? enRole(sentence, q, clause, ctx.role, documentRole) : figureRole(ctx.role ?? (documentRole === 'actual' ? 'actual' : undefined), clause, sentence, documentRole)
        // The year an English text gives the figure: its clause's, the year before the report's, or the year its sentence opens with.
        const stated = lang === 'en' ? inFiscalYears(baselineYear(sentence, q) ?? (fromLastYear(sentence, q) ? lastYear : undefined) ?? enDeadlineAfter(sentence.slice(q.end, quantities[k + 1]?.start)) ?? enClauseYear(EN_BARE_FIGURE.test(clause) ? sentence.slice(0, q.end) : clause) ?? (saysLastYear(clause) ? lastYear : undefined) ?? enSentenceYear(sentence), clause, fiscal ?? ctx.year) : (zhChangeEndYear(westernYears(sentence.slice(Math.max(0, q.start - 10), q.start), minguo)) ?? zhClauseYear(westernYears(sentence.slice(0, q.start), minguo)))
        // "国土面积1.2万平方公里", "收集率仅为70%", "目前…": how things stand, not a goal, even in a plan.
        if (lang === 'zh' && role === 'target' && ZH_PRESENT_STATE.test(sentence.slice(Math.max(floor, q.start - 12), q.start)) && !STRONG_GOAL.test(clause)) role = 'actual'
        if (stated) role = roleByYear(role, stated, clause)
        // "from 24% in 2020 to 30% by 2040": a goal's starting level, of a year before the goals, is a result.
        if (lang === 'en' && stated && Number(stated) < goalsFrom && stated === baselineYear(sentence, q)) role = 'actual'
        if (goalOf || loneGoal) role = 'target'
        if (gapOf) role = gapOf.role
        // (A level with a minus sign, "现金流量净额为-5.23亿元", is below zero; a fall is a negative change.)
        const minus = (negative && measure === 'growth') || (q.signed === true && measure !== 'growth')
        const value = minus ? -q.value : q.value
        const offset = block.src[span.start + q.start] ?? block.src[0] ?? 0
        const pos = positionAt(outline.doc, offset)
        // "19 percent, against a goal of 40 percent by FY2026": a goal set beside a result may name its own year.
        const asideYear = goalOf && lang === 'en' ? enClauseYear(sentence.slice(quantities[k - 1]?.end ?? 0, q.end) + sentence.slice(q.end).split(/[,;.](?:\s|$)/)[0]) : undefined
        // (In a review of a Chinese five-year plan, "距4.5个的目标" is the plan's goal, for its last year.)
        const period = goalOf ? (asideYear ?? (fivePlanReview && lang === 'zh' ? String(planYears[1]) : goalOf.period)) : gapOf ? gapOf.period : stated ?? ctx.year ?? paragraphYear ?? docYear(loneGoal ? 'actual' : role)
        read.push({ metric, unit: q.unit, measure, period, negative, role, beside: aside })
        firstTarget[k] = targets.length
        for (const name of names) targets.push({
          id: '',
          metric: shown(name),
          value,
          ...(q.high !== undefined ? { high: minus ? -q.high : q.high } : {}),
          unit: shown(q.unit),
          measure,
          qualifier: comparedGoal && q.qualifier === '以下' ? null : q.qualifier,
          role,
          period,
          section: section?.id ?? null,
          text: shown(clause),
          line: pos.line,
          column: pos.column,
          // "reduce residual waste to 450 kg", "降至…": a goal to bring a level down says lower is better (the verb governing this figure, not another's).
          lowerIsBetter: lowerIsBetter(name) || (role === 'target' && BRING_DOWN.test(sentence.slice(Math.max(0, q.start - 80), q.start).split(/\band\b|[,;，；、。]/).pop()!)),
        })
      })
      if (lang === 'zh') {
        respectively(sentence, quantities, firstTarget, targets)
        townAndCountry(sentence, quantities, firstTarget, targets)
      }
      continued = /[；;]$/.test(sentence.trimEnd())
      carried = continued ? previous : undefined
    }
  }

  // A table row: each figure named by its row, read by its column.
  const blocksInOrder = [...outline.preamble, ...outline.flat.flatMap((s) => s.paragraphs)]
  const headers = tableHeaders(blocksInOrder)
  const units = tableUnits(blocksInOrder)
  const readRow = (block: Block, section: Section | undefined, ctx: SectionContext) => {
    const table = headers.get(block.row!.table)
    if (table?.rows.has(block)) return
    const header = table?.block
    const row = simplified(block)
    const head = header && simplified(header)
    // Label, header and cell, each in the report's own script: looked up in the row, then its header.
    const converted = head ? `${row.text}\n${head.text}` : row.text
    const written = head ? `${block.text}\n${header!.text}` : block.text
    const shown = (piece: string) => inOriginalScript(piece, converted, written)
    for (const f of rowFigures(row, head, toSimplified(units.get(block.row!.table) ?? ''), lang === 'zh')) {
      // A column of an earlier year than the plan's holds results ("2020年" beside "2025年" in a plan's table).
      const byContext = figureRole(ctx.role, '', '', documentRole)
      const role = f.role ?? (f.period ? roleByYear(byContext, f.period, f.text) : byContext)
      const pos = positionAt(outline.doc, block.src[f.start] ?? block.src[0] ?? 0)
      targets.push({
        id: '',
        metric: shown(f.metric),
        value: f.value,
        ...(f.high !== undefined ? { high: f.high } : {}),
        unit: shown(f.unit),
        measure: f.measure,
        qualifier: f.qualifier,
        role,
        period: f.period ?? (f.yearBefore ? yearBefore(docYear('actual')) : undefined) ?? ctx.year ?? docYear(role),
        section: section?.id ?? null,
        text: f.text.split(' · ').map(shown).join(' · '),
        line: pos.line,
        column: pos.column,
        lowerIsBetter: f.lowerIsBetter ?? lowerIsBetter(f.metric),
      })
    }
  }
  const read = (block: Block, section: Section | undefined, ctx: SectionContext) => (block.row ? readRow(block, section, ctx) : readBlock(block, section, ctx))

  // A performance record set out line by line: "Measure 2.1  Share of claims decided in 28 days", then
  // "Target  At least 90 per cent", "Result  84 per cent". Each figure is named by the measure line.
  const readRecord = (block: Block, section: Section | undefined, ctx: SectionContext, name: string, key: RegExpExecArray) => {
    const value = block.text.slice(key[0].length)
    // "Target  250": a bare number is the figure, as it is after "target of".
    const lead = 'target of '
    const q = findEnQuantities(lead + value).find((x) => x.start >= lead.length)
    if (!q) return
    const role: Role = /^(target|goal)/i.test(key[1]) ? 'target' : 'actual'
    const stated = key[2] ? (fiscalYear(key[2]) ?? headingYear(key[2])) : undefined
    const pos = positionAt(outline.doc, block.src[key[0].length + q.start - lead.length] ?? block.src[0] ?? 0)
    // Read as a figure in a sentence is: "a reduction of 10–15 per cent" is a fall, "at least 90 per cent" a share.
    const measure = measureOf(q, (lead + value).slice(Math.max(0, q.start - 60), q.start), 'en')
    const sign = q.negative && measure === 'growth' ? -1 : 1
    targets.push({
      id: '',
      metric: name,
      value: sign * q.value,
      ...(q.high !== undefined ? { high: sign * q.high } : {}),
      unit: q.unit,
      measure,
      qualifier: q.qualifier,
      role,
      period: stated ?? ctx.year ?? docYear(role),
      section: section?.id ?? null,
      text: block.text.replace(/\s{2,}/g, ' '),
      line: pos.line,
      column: pos.column,
      lowerIsBetter: lowerIsBetter(name) || q.qualifier === 'below' || q.qualifier === 'at most',
    })
  }

  for (const p of outline.preamble) read(p, undefined, {})
  for (const s of outline.flat) {
    // A report's notes define its terms ("规模以上工业…年主营业务收入2000万元及以上"): no figure there is a goal or a result.
    if (s.style === 'notes') continue
    const ctx = contexts.get(s.id) ?? {}
    // A heading may state a figure itself ("Objective 1.1: Reduce emissions by 40% by 2030"); one without
    // a digit is not read (a Chinese numeral in a heading is an ordinal: 第一批, 一是).
    // An objective's heading that states a figure ("Objective 2.2 – Recycle 50% of household waste") sets a goal.
    if (s.heading && /\d/.test(s.heading.text)) readBlock(s.heading, s, /^en-(goal|objective|priority|aim|commitment|outcome)$/.test(s.style) ? { ...ctx, role: 'target' } : ctx)
    // "For 2025 we will:" then "a) …", "• …": the lead-in's role and year hold for the items after it.
    let lead: SectionContext | undefined
    let record: string | undefined
    // Under "What we said we would do": the promise, restated in a report on how it went.
    let promised = false
    for (const p of s.paragraphs) {
      if (lang === 'en' && !p.row && p.text.length <= 60) {
        if (GOAL_LABEL.test(p.text)) promised = true
        else if (RESULT_LABEL.test(p.text)) promised = false
      }
      if (lang === 'en' && !p.row) {
        const measure = RECORD_NAME.exec(p.text)
        if (measure) {
          record = measure[1].trim()
          continue
        }
        const key = record ? RECORD_KEY.exec(p.text) : null
        if (record && key) {
          readRecord(p, s, ctx, record, key)
          continue
        }
        if (!/^status\b/i.test(p.text)) record = undefined
      }
      const item = p.kind === 'item' || LIST_ITEM.test(p.text)
      const led = lead && item ? { ...ctx, ...lead } : ctx
      read(p, s, promised ? { ...led, role: 'target' } : led)
      // ("Our targets" over a list leads in as "Targets:" does.)
      if (!item) lead = /[:：]\s*$/.test(p.text) ? leadIn(toSimplified(p.text), minguo) : /^(?:our\s+)?(?:targets|goals|objectives|aims|commitments)$/i.test(p.text.trim()) ? { role: 'target' } : undefined
    }
  }
  targets.sort((a, b) => a.line - b.line || a.column - b.column)
  targets.forEach((t, i) => (t.id = `t${i + 1}`))
  return targets
}
