import { parseChineseNumeral } from '../text/numerals.js'
import { ZH_UNIT } from './units.js'

/** A number with its unit as written, found in a text. */
export interface Quantity {
  start: number
  end: number
  value: number
  /** Upper end of a range ("4.5%至5%"); value is the lower end. */
  high?: number
  unit: string
  qualifier: string | null
  /** Written as a fall (下降 3% → -3). */
  negative: boolean
  /** Written with a minus sign ("为-5.23亿元"): a level below zero as well as a fall. */
  signed?: boolean
}

/** Full-width digits and signs as ASCII, one character for one, so offsets stay valid. */
export function asciiDigits(text: string): string {
  // Not the full-width comma: it separates figures (35，100亿元), it does not group digits.
  return text.replace(/[０-９％．＋－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

const NUM = String.raw`\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?`
const CN = '[两二三四五六七八九十百千零〇一]{1,8}'
const RANGE_SEP = '(?:至|到|~|～|-|—|–)'
// 成 is a tenth (三成 = 30%), written after Chinese numerals only.
const PCT = '(?:%|个百分点|百分点|倍|成(?![为立效果本功交绩员长都市品型熟年套片批]))'

// number [余|多] unit, or number % ; optionally a range "a(unit)?(至|-)b unit".
export const ZH_FIGURE = new RegExp(
  String.raw`(?<a>${NUM}|${CN})(?:(?<approx>余|多)(?<unit1>${PCT}|${ZH_UNIT})|(?<aunit>${PCT}|${ZH_UNIT})?(?:${RANGE_SEP}(?<b>${NUM})(?<unit2>${PCT}|${ZH_UNIT})?)?)`,
  'uy',
)
/** The characters a figure can start with: the first of `a` above. */
const FIGURE_START = /[0-9两二三四五六七八九十百千零〇一]/g

/**
 * The figure matches of a text, as `text.matchAll` with a global ZH_FIGURE
 * would give them, but tried only where a figure can start: ten times faster
 * on long reports, where most characters cannot.
 */
export function* zhFigures(text: string): Generator<RegExpExecArray> {
  FIGURE_START.lastIndex = 0
  for (let c = FIGURE_START.exec(text); c; c = FIGURE_START.exec(text)) {
    ZH_FIGURE.lastIndex = c.index
    const m = ZH_FIGURE.exec(text)
    if (!m) continue
    FIGURE_START.lastIndex = c.index + m[0].length
    yield m
  }
}

const QUAL_AFTER = /^(以上|左右|以内|以下|上下)/
/** Words before a figure and the qualifier each gives: '' keeps the word as written, null gives none (控制在 leaves it to 以内). */
const QUAL_BEFORE: [RegExp, string | null][] = [
  [/(不少于|不低于)$/, ''],
  [/不得(少于|低于)$/, '不低于'],
  // (Not 不超过, 不得超过, 不超, 不突破: ceilings.)
  [/(?<![不得])(超过|突破|逾|超)$/, '超过'],
  [/(约|大约)$/, '约'],
  [/(近|接近|将近)$/, '近'],
  [/(不得?超过|不得?高于|不得?大于|不得?多于|不超|不突破|低于)$/, '以下'],
  [/控制在$/, null],
]
/** The bound written right before a Chinese figure (不低于, 超过, 约 …), or null. */
function zhQualifierBefore(pre: string): string | null {
  for (const [re, name] of QUAL_BEFORE) {
    const m = re.exec(pre)
    if (m) return name === '' ? m[1] : name
  }
  return null
}

/** Words before an index's value, which has no unit: "…指数为", "pH年均值为", "生态质量指数（EQI）为". */
const ZH_INDEX_BEFORE = /(指数|pH值?|pH年均值|均值|指标值)(?:[（(][A-Za-z0-9.]+[）)])?(?:为|是|达到|达)$/

// ("下降约7%", "减少近两成": a hedge between the word and the figure.)
const FALL = /(下降|下跌|减少|降低|回落|下滑|缩减|压减|压缩|缩短|减)(了)?(?:约|大约|近|将近|接近|超过|逾|超)?$/
/** A change by an amount, before "…至" its new level: "增加1,000张至11,000张". */
const CHANGE_BY = /(增加|增长|提高|扩大|新增|减少|降低|削减|压减|下降)(了)?$/
/** The rest of a figure written in two magnitudes: "13万" + "6千个" (136,000), "1亿" + "5千万元". */
const SECOND_MAGNITUDE: Record<string, RegExp> = { 万: new RegExp(`^(\\d)千(?!万)(${ZH_UNIT})?`, 'u'), 亿: new RegExp(`^(\\d)千万(${ZH_UNIT})?`, 'u') }

const NOT_AFTER = /^(年|月|日|号|届|周年|世纪|年代|大|强|名|是|化|五|型|级|G|g|\+|代|维|期|批次|中学|小学|号线)/u

/** Every figure in a sentence of Chinese text. Years, dates, names and ranks are left out. */
export function findZhQuantities(raw: string): Quantity[] {
  const text = asciiDigits(raw)
  const out: Quantity[] = []
  // Where the last figure read ended, when it took in text a later match starts in ("13万6千个").
  let taken = 0
  for (const m of zhFigures(text)) {
    const g = m.groups!
    const start = m.index!
    if (start < taken) continue
    let end = start + m[0].length
    const isCn = !/\d/.test(g.a)
    let unit = g.unit1 ?? g.unit2 ?? g.aunit ?? ''
    // A bare number is a figure only in "持平"-like or percentage contexts, or as an index ("综合营养状态指数为48.6",
    // "降水pH年均值为5.86"): skip it first, as most matches are bare 一, 二 ….
    if (!unit && !(/\d/.test(g.a) && ZH_INDEX_BEFORE.test(text.slice(Math.max(0, start - 12), start)))) continue
    if (unit === '成' && /\d/.test(g.a)) continue
    const before = text.slice(Math.max(0, start - 6), start)
    const after = text.slice(end)
    // Numbers inside words: 5G, 2+5+N, G20, 36中学 …
    if (/[A-Za-z_+#@\d.]$/.test(before)) continue
    // Slogans in quotes: “15分钟社区养老服务圈”, “新五件”, “产权、治理”四个…
    if (/[“‘]$/.test(before) || /[”’]$/.test(before) || /^[”’]/.test(after)) continue
    if (/^(届|次会议|次全会)/.test(unit + after.slice(0, 3)) || /^(会议|全会|方面)/.test(after)) continue
    if (/第$|前$|编号$|号$/.test(before)) continue
    // 年 counts years only in a duration ("受教育年限达到11.3年"); 岁 only in an age or a life span ("预期寿命79.5岁"),
    // not in a group ("80岁以上老人"); 三次产业, 二次供水 count nothing.
    const lead = text.slice(Math.max(0, start - 14), start)
    if (unit === '年' && !(/(年限|期限|工龄|寿命|周期)[^，,。；;]{0,8}$/.test(lead) && !/^\d{4}$/.test(g.a))) continue
    if (unit === '岁' && (!/(寿命|年龄)[^，,。；;]{0,8}$/.test(lead) || /^(?:及?以上|及?以下|(?:至|到|-)\d)/.test(after))) continue
    if (unit === '次' && /^(产业|供水|能源|分配|性)/.test(after)) continue
    // "日最大8小时平均浓度": the span a mean is taken over names the indicator.
    if (/^(小时|分钟)$/.test(unit) && /^(平均|滑动)/.test(after)) continue
    if (unit === '届' || (unit === '天' && /^\d{4}$/.test(g.a))) continue
    if (/^\d{4}$/.test(g.a) && /^年/.test(unit)) continue
    if (NOT_AFTER.test(after) && !/^(个|名)/.test(unit)) {
      if (!/^(%|‰|个百分点|倍)/.test(unit)) continue
    }
    if (unit === '个' && /^“/.test(after)) {
      // "三个“1亿元”": a count inside a slogan.
      if (isCn) continue
    }
    // 一起 (together), 二期 (phase two), 一份力量: a Chinese numeral before these words counts nothing;
    // nor does a grade ("生态质量类型为二类", "水质为Ⅲ类").
    if (isCn && /^(起|期|份)$/.test(unit)) continue
    if (isCn && unit === '类' && /(为|属于|属|是|达到)$/.test(before)) continue
    // "年销售额5000万元以上的企业21家": a threshold that defines what the next figure counts.
    // ("集体经营性收入10万元以上的村占比达到62%": the same, as a share.)
    if (/^(?:以上|以下|及以上)?的[^，,、。；;！？\d]{1,12}?(?:\d+(?:\.\d+)?[家个户所项人]|仅有?|共有?)|^(?:以上|以下|及以上)的[^，,、。；;！？\d]{1,8}?(?:占比|比例|比重)/.test(after) && !/^(?:以上|以下)?的(?:年度|全年|预期|计划)?目标/.test(after)) continue
    // "年产值超10亿元企业达到11家", "亿元以上项目": an amount glued to the kind of thing it sorts is a class, no figure.
    // (Only as a threshold: after 超 or a yearly output, with 以上/级 after it, or a round 百亿元; "完成10亿元项目投资" is an amount.)
    if (/元$/.test(unit) && /^(?:以上|及以上|级)?(?:的)?(?:工业|商贸|规上|骨干|龙头)?(?:企业|项目|楼宇|产业集群)(?!资金|投资|建设)/.test(after) && (/^(?:以上|及以上|级)/.test(after) || /(超|超过|突破|年产值|年营收|营业收入|产值|销售额|年销售)$/.test(before) || /^[十百千]$/.test(g.a))) continue
    let value: number
    if (isCn) {
      // 一 alone is an article (一批, 一个), not a figure.
      if ((g.a === '一' && unit !== '倍') || /^[零〇]+$/.test(g.a)) continue
      value = parseChineseNumeral(g.a)
      if (!Number.isFinite(value)) continue
      // Slogans and names: 五大安全, 三大发展定位, 四上企业, 十四五.
      if (/^[大上下中小]/.test(after) || /[“"]$/.test(before)) continue
      // Rates and classes: 每千人口, 每万人, 千亿元县, 百亿级.
      if (/每$/.test(before) || /^[县市区级]/.test(after)) continue
      // Ranks and idioms: 一流, 千方百计, 一老一小
      if (/^(方百计|家万户)/.test(text.slice(start + 1))) continue
    } else value = Number(g.a.replace(/,/g, ''))
    let high = g.b !== undefined ? Number(g.b.replace(/,/g, '')) : undefined
    const second = !isCn && high === undefined ? SECOND_MAGNITUDE[unit]?.exec(text.slice(end)) : null
    if (second) {
      value += Number(second[1]) / 10
      unit += second[2] ?? ''
      end += second[0].length
    }
    // "增加1,000张至11,000张": by one amount to a level, each with its unit, is no range but two figures.
    let level: Quantity | undefined
    // (A rate is changed by one and set to another only where a verb says so and the level dwarfs the change:
    // "提高0.5%至41.5%", not "增长5%至15%", "下降1%至3%" or "提高0.5至1.5个百分点", ranges.)
    const rate = /^(%|‰)$/.test(g.aunit ?? '')
    if (high !== undefined && g.aunit && g.aunit === g.unit2 && !/^(倍|成|个百分点|百分点)$/.test(g.aunit) && high > (rate ? 5 : 2) * value && CHANGE_BY.test(before) && (!rate || /(提高|降低|下降|减少|增加)(了)?$/.test(before))) {
      const levelAt = start + m[0].lastIndexOf(g.b!)
      const q = QUAL_AFTER.exec(text.slice(end))
      level = { start: levelAt, end: end + (q ? q[0].length : 0), value: high, unit, qualifier: q ? (q[1] === '上下' ? '左右' : q[1]) : null, negative: false }
      high = undefined
      // (ZH_FIGURE sets a unit right after its number.)
      end = start + g.a.length + g.aunit.length
    }
    // A voltage class (220千伏变电站, 66kV) names equipment; it is no figure.
    if (/^伏/.test(after) || /^(千伏|kV)/.test(unit + after.slice(0, 2))) continue
    // Dates: 12月12日, 2023-02-27.
    if (/^[月日时]/.test(unit)) continue
    let qualifier: string | null = null
    const q = QUAL_AFTER.exec(text.slice(end))
    if (q) {
      qualifier = q[1] === '上下' ? '左右' : q[1]
      end += q[0].length
    } else if (g.approx) qualifier = '余'
    if (!qualifier) qualifier = zhQualifierBefore(text.slice(Math.max(0, start - 4), start))
    // "-1.2‰": a minus sign (not a range's dash after a number) is a fall as a word is.
    const signed = /(?:^|[^\dA-Za-z.])[-−]$/.test(text.slice(Math.max(0, start - 2), start))
    const negative = signed || FALL.test(text.slice(Math.max(0, start - 8), start).replace(/(比上年|同比|分别|预计|年均|累计|较上年)/g, ''))
    out.push({ start, end, value, high, unit, qualifier, negative, ...(signed ? { signed } : {}) })
    if (level) out.push(level)
    taken = level?.end ?? end
  }
  // "同比持平": a growth of zero.
  for (const m of text.matchAll(/(同比|比上年|与上年)?持平/g)) out.push({ start: m.index!, end: m.index! + m[0].length, value: 0, unit: '', qualifier: null, negative: false })
  return out.sort((a, b) => a.start - b.start)
}

// Thousands grouped by commas (Indian lakh style too) or by spaces ("72 000", SI and Hong Kong style).
const EN_NUM = String.raw`(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+|\d+)(?:\.\d+)?`
const EN_SCALE = '(?:thousand|million|billion|trillion|lakh|lakhs|crore|crores|bn)'
const EN_FIGURE = new RegExp(
  // A currency written in letters stands alone: "covers 112" is no sum in rupees.
  String.raw`(?<cur>[$€£₹]|(?<![A-Za-z])(?:Rs\.?\s?|USD\s?|INR\s?))?(?<a>${EN_NUM})(?:(?:\s?(?:-|–)\s?|(?<!(?:^|[^\d.,])(?:19|20)\d{2})\s?to\s?|(?<=\bbetween\s+(?:[$€£₹]\s?)?[\d.,]+)\s+and\s+)(?<b>${EN_NUM}))?(?:\s?(?<pct>%|percentage points?|per\s?cent|percent|pp))?(?:\s(?<scale>${EN_SCALE}(?:\s${EN_SCALE})?)|(?<=[$€£₹]\s?[\d.,]+)(?<abbr>bn|mn|m|b|k)(?![A-Za-z]))?`,
  'gi',
)
/** Numbers that are part of a name: "section 4", "Scope 1 and 2", "Key Stage 2", "Phase 3". */
const EN_NAME_WORDS = 'section|chapter|paragraph|part|page|clause|article|no\\.|number|phase|level|tier|rank(?:ed)?|top|fy|fiscal year|year|annex|table|figure|schedule|scope|stage|grade|type|category|class|zone|route|line|band|ward|goal|objective|priority|sdg|measure|indicator|kpi|activity|action|initiative'
const EN_NAME_NUMBER = new RegExp(`(?:^|[^A-Za-z])(?:${EN_NAME_WORDS})\\s(?:\\d{1,3}(?:\\s*(?:,|and|or|&)\\s*)|\\d{1,3}\\s*[-–]\\s*)*$`, 'i')
/** The same numbers inside a phrase, to be read past when naming an indicator. */
export const EN_NAMED_NUMBERS = new RegExp(`\\b(?:${EN_NAME_WORDS})\\s\\d{1,3}(?:\\s*(?:,|and|or|&|[-–])\\s*\\d{1,3})*\\b`, 'gi')
const EN_ABBREVIATED_SCALE: Record<string, string> = { bn: 'billion', b: 'billion', mn: 'million', m: 'million', k: 'thousand' }
const EN_QUAL_BEFORE: [RegExp, string][] = [
  // (Whole words: "cover 25 lakh farmers" is no "over".)
  [/\b(at least|no fewer than|no less than|a minimum of|not less than)\s$/i, 'at least'],
  [/\b(more than|over|above|exceeding|in excess of)\s$/i, 'more than'],
  [/\b(about|around|approximately|roughly|some|nearly|almost|close to|an estimated)\s$/i, 'about'],
  [/\b(below|under|less than|fewer than)\s$/i, 'below'],
  // (A ceiling the figure itself may reach: "no more than 44" is met by 44.)
  [/\b(up to|no more than|not more than|not exceeding|at most|a maximum of|at or below|no higher than|not above|never above)\s$/i, 'at most'],
  // "never below 15 percent": a floor, though "below" is in it.
  [/\b(never below|not below|no lower than|at or above)\s$/i, 'at least'],
]
const EN_HALF = /\b(?<=(?:cut|cuts|cutting|reduce|reduces|reducing|reduced|lower|lowering|decrease|decreasing)\s+(?:[\w'’-]+\s+){0,8}by\s+)(?:a\s+)?half\b(?!\s+an?\b)|\bhalv(?:e|es|ing|ed)\b/gi
const EN_WORD_TIMES = /\b(twice|double|doubled|threefold|three-fold|triple|tripled)\b/gi
/** Nouns naming a change ("an increase of", "a contraction of"), and the hedges that may follow "of". */
export const EN_RISE_NOUNS = 'increase|rise|growth|expansion|gain|jump'
export const EN_FALL_NOUNS = 'decrease|decline|fall|drop|contraction|reduction|cut|shrinkage'
export const EN_ROUGHLY = 'about|around|some|nearly|approximately'
/** A change named after its size: "a 4% reduction", "a 10% increase in visitors". */
export const EN_FALL_NOUN_AFTER = new RegExp(String.raw`^\s*(?:${EN_FALL_NOUNS})\b`, 'i')
export const EN_CHANGE_NOUN_AFTER = new RegExp(String.raw`^\s*(?:${EN_RISE_NOUNS}|${EN_FALL_NOUNS})\b`, 'i')
/** Hedges that may stand between a change and its figure ("dropped by more than 3 percent", "down from about 2,600"). */
export const EN_HEDGES = `${EN_ROUGHLY}|more than|over|almost|at least|roughly|close to|up to|less than`
const EN_FROM_BOUND = new RegExp(String.raw`\bfrom\s+(?:(?:${EN_HEDGES}|under|below|above)\s+)?$`, 'i')
const EN_HEDGE_AT_END = new RegExp(String.raw`(?<=\s)(?:${EN_HEDGES})\s+$`, 'i')
/** Text that ends where a goal's figure starts: "against a target of ", "(target: ", "our goal is ", "tighten the goal to ". */
export const EN_GOAL_BEFORE = /\b(target|goal)\s*(of|:|is|was|will be|to)\s*((about|around|at least|below|under)\s+)?$/i
const EN_FALL = new RegExp(String.raw`\b(reduc(?:e|es|ed|ing)|cut(?:s|ting)?|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?|lower(?:s|ed|ing)?)\s+((?!(?:but|while|whereas|grew|grown|rose|risen|increased|improved)\b)[\w'’-]+\s+){0,10}by\s(?:(?:a\s)?(?:further|another|additional|extra)\s)?$|\b(down|fell|fallen|falls|declined|declines|dropped|drops|decreased|decreases)\s+(by\s)?$|\b(${EN_FALL_NOUNS}|loss)\s+of\s+((${EN_ROUGHLY})\s+)?$`, 'i')
const EN_NOT_NOUN = '(?:of|in|by|to|and|or|per|for|from|at|on|with|along|across|over|under|into|within|through|during|each|this|that|the|a|an|than|more|less|every|since|before|after|between|around|about|as|against|versus|vs|is|are|was|were|will|be|by|have|has|had|can|could|would|should|may|might|must|shall|do|does|did)\\b'
/** Participles that start a phrase about the thing counted ("4 nurseries run with community groups", "15 km of sewers using trenchless methods"). */
export const EN_PARTICIPLE = '(?:using|including|covering|involving|serving|run|managed|operated|funded|built|led|owned|delivered|provided)\\b'
/** A verb in the past tense after a count's noun ("5,000 firms benefited"): not part of the noun ("speed", "need" are no such verb). */
const EN_PAST_AFTER_NOUN = '[a-z]{2,}(?<!e)ed\\b'
// Each word ends at a word boundary: "tonnes CO2e" counts tonnes, not "tonnes co".
// A word in -ing after the noun, before a preposition or an article, opens a phrase about it ("287,000 people
// living in …"), as a past tense does; "public rental housing", "EV charging points" are nouns.
const EN_ING_PHRASE = '[a-z]{3,}ing\\s+(?:in|on|at|with|for|from|to|the|a|an|our|their|its|across|under|over|within)\\b'
const EN_COUNT_NOUN = new RegExp(`^\\s*(?:new\\s+|more\\s+|additional\\s+)?((?!${EN_NOT_NOUN}|${EN_PAST_AFTER_NOUN}\\s+[$€£₹]?\\d)[a-z][a-z-]+\\b(?:\\s+(?!${EN_NOT_NOUN}|${EN_PARTICIPLE}|${EN_PAST_AFTER_NOUN}|${EN_ING_PHRASE})[a-z][a-z-]+\\b){0,2})`, 'i')

/** What follows a per cent that is a fall from a base year's level: " below 2005 levels", " under the 2019 baseline". */
const EN_BELOW_BASE = /^\s+(?:below|under|lower than|less than)\s+(?:the\s+)?(?:(?:19|20)\d{2}|baseline|base[- ]year|pre-[\w-]+)\s*(?:levels?|baseline|values?|emissions)?\b/i

/**
 * A verb of cutting and its object right before a percentage set as a cut to a date or from a base: "reduce absolute
 * Scope 1 and 2 emissions 50% by 2030". (Not "cut red tape and grew exports 12% in 2024", nor "lower emission buses".)
 */
const EN_CUT_PERCENT = /\b(?:reduc(?:e|es|ed|ing)|cut(?:s|ting)?|decreas(?:e|es|ed|ing))\s+(?:(?!(?:to|at|by|of|than|with|while|but|then|achieve|keep|keeping|make|grew|grow)\b)[\w'’-]+\s+){1,8}$/i
const EN_CUT_AFTER = /^\s+(?:by\s+(?:the\s+end\s+of\s+)?(?:FY\s?)?(?:19|20)\d{2}|(?:from|below|against|on|vs\.?|relative to|compared (?:with|to))\s+(?:an?\s+|the\s+|our\s+)?(?:(?:19|20)\d{2}|baseline|base))/i

/** A unit of carbon dioxide equivalent glued together: " MtCO2e", "ktCO₂e", " tCO2-eq". */
const EN_CARBON = /^\s?([MkG]?t)\s?CO[2₂](?:-?e(?:q)?)?(?![A-Za-z])/

/** The base of a rate after its figure: " per 1,000", " per 100,000". */
const EN_RATE_BASE = /^\s?per\s+(1[,\s]?000|10[,\s]?000|100[,\s]?000|100|1,00,000)(?=\s)/i

/** " of the " before a second number, and that number: "7 of the 8 jurisdictions". */
const EN_PART_OF = /^\s+of\s+(?:the\s+|our\s+|its\s+)?(?=\d)(\d[\d,]*)/

/** Every figure in an English sentence: amounts, per cent, percentage points, counts with their noun. */
export function findEnQuantities(text: string): Quantity[] {
  const out: Quantity[] = []
  // "7 of the 8 jurisdictions", "1,274 of 1,448 data sets": the first counts the noun; the second is the whole.
  let whole = -1
  for (const m of text.matchAll(EN_FIGURE)) {
    const g = m.groups!
    const start = m.index!
    if (start === whole) continue
    let end = start + m[0].length
    const before = text.slice(Math.max(0, start - 60), start)
    const after = text.slice(end)
    let value = Number(g.a.replace(/[,\s]/g, ''))
    let high = g.b !== undefined ? Number(g.b.replace(/[,\s]/g, '')) : undefined
    // Part of a name or code: "Sev-1", "G20", "v2.0", "COVID-19".
    if (/[A-Za-z_.\d]/.test(text[start - 1] ?? '') && !g.cur) continue
    if (text[start - 1] === '-' && /[A-Za-z]/.test(text[start - 2] ?? '')) continue
    // "1.1 Percentage of requests met": a measure's number opening a line is its label.
    if (!/\S/.test(text.slice(0, start)) && /^\d{1,2}\.\d{1,2}\s+[A-Z]/.test(text.slice(start))) continue
    // "2023/24", "2024–25": the second year of a fiscal year; "3/4" a fraction or a date.
    if (text[start - 1] === '/' && /\d/.test(text[start - 2] ?? '')) continue
    if (/(?:^|[^\d.,])(?:19|20)\d{2}[-–]$/.test(before) && /^\d{2}$/.test(g.a)) continue
    // "from 20 to 35": the figure is where it goes, not a range.
    const fromTo = high !== undefined && /\bfrom\s+$/i.test(before) && /\bto\b/i.test(m[0])
    // "Residents satisfied: 2024 – 78%": a year, then its figure; no range ends below where it starts.
    const yearThen = high !== undefined && high < value && /^\d{4}$/.test(g.a) && value >= 1900 && value <= 2100 && !!(g.pct || g.cur || g.scale)
    if (fromTo || yearThen) {
      value = high!
      high = undefined
    }
    const at = fromTo || yearThen ? start + m[0].lastIndexOf(g.b!) : start
    // "paid $2,000 to 9,870 apprentices": money, then a count of what it went to — no range of dollars.
    if (g.cur && high !== undefined && !fromTo && !g.pct && !g.scale && /\bto\b/i.test(m[0])) {
      const noun = EN_COUNT_NOUN.exec(after)
      if (noun && !/^\s*(?:million|billion|thousand|lakh|crore)/i.test(after)) {
        const second = start + m[0].lastIndexOf(g.b!)
        out.push({ start, end: start + m[0].indexOf(g.a) + g.a.length, value, unit: g.cur.trim().replace(/\.$/, ''), qualifier: enQualifierBefore(before), negative: false })
        out.push({ start: second, end: end + noun[0].length, value: high, unit: noun[1].toLowerCase(), qualifier: null, negative: false })
        continue
      }
    }
    // A file's size in a download link ("PDF version (1.8 MB)") is no figure.
    if (/^\s?(?:KB|MB|GB|kB)\b/.test(after) && /\b(?:PDF|version|download|file|size|format)\b[^.]{0,30}$/i.test(before)) continue
    // A bare count is a figure when a comparison bounds it ("fewer than 3 per quarter") or it is where a change goes.
    // "against a target of 400": a goal beside a result, counted in the result's unit.
    // ("(target 8.5; 2023/24: 9.8)": a goal in brackets needs no "of".)
    const goalOf = /\b(target|goal)\s*(of|:)\s*$|\(\s*(?:target|goal)\s+$/i.test(before)
    // A score or a level a change brings something to ("Raise employee engagement to 75") needs no unit either.
    const bounded = fromTo || goalOf || /\b(fewer|less|more|greater|higher|lower) than\s+$|\b(at least|at most|up to|below|under|above|over)\s+$/i.test(before) || /\b(score|index|rating)\s*(of|:|was|is|at|to|reached|rose to|fell to)?\s+$/i.test(before) || /\b(fell|fallen|rose|risen|dropped|declined|decreased|increased|grew|grown|climbed|eased|stood|held|remained|totalled|totaled|amounted)\s+(to|at)\s+$/i.test(before) || /\b(raise|raising|increase|increasing|lift|lifting|improve|improving|boost|boosting|reduce|reducing|cut|cutting|lower|lowering|bring|bringing)\b[^,;.]{0,60}\bto\s+$/i.test(before)
    // Years, dates, clause numbers.
    // ("2000-2500 homes" is a range of counts: its upper end is no year.)
    if (!g.pct && !g.cur && !g.scale && /^\d{4}$/.test(g.a) && value >= 1900 && value <= 2100 && !(high !== undefined && high > 2100)) continue
    if (/(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s$/i.test(before)) continue
    if (/^\s?(January|February|March|April|May|June|July|August|September|October|November|December)/i.test(after)) continue
    if (EN_NAME_NUMBER.test(before)) continue
    // "911 calls", "311 requests", "999 response": a service's phone number names it.
    if (/^(?:211|311|911|999|111|101|000)$/.test(g.a) && !g.pct && !g.cur && /^\s?(?:calls?|response|dispatch|services?|cent(?:er|re)s?|requests?|system|line|app|operators?|emergenc(?:y|ies)|non-emergency)\b/i.test(after)) continue
    const partOf = !g.pct && !g.cur && !g.scale && !g.b ? EN_PART_OF.exec(text.slice(end)) : null
    // (A year is no whole: "Chapter 4 of the 2024 report".)
    if (partOf && !/^(?:19|20)\d{2}$/.test(partOf[1])) {
      const noun = EN_COUNT_NOUN.exec(text.slice(end + partOf[0].length))
      if (noun) {
        whole = end + partOf[0].length - partOf[1].length
        out.push({ start, end: end + partOf[0].length + noun[0].length, value: Number(g.a.replace(/[,\s]/g, '')), unit: noun[1].toLowerCase(), qualifier: enQualifierBefore(text.slice(Math.max(0, start - 60), start)), negative: false })
        continue
      }
    }
    // Ages and speed limits name groups and rules, not figures: "aged under 20", "20mph limits".
    if (/\baged\s+(?:under|over|between|from|up to)?\s*$/i.test(before) || /^(?:-year-olds?|\s?years? old|\s?mph)\b/i.test(after)) continue
    // "(2023: 69)": last year's figure set beside this year's, for comparison.
    if (/\(\s*(19|20)\d{2}\s*:\s*$/.test(before)) continue
    if (/^(st|nd|rd|th)\b/i.test(after) || /^\.\d/.test(after)) continue
    let unit = ''
    if (g.pct) unit = /point|pp/i.test(g.pct) ? 'percentage points' : '%'
    else {
      // "£2.5bn", "$450M": a scale abbreviated and glued to money is the word.
      const scale = g.scale ? g.scale.toLowerCase() : g.abbr ? EN_ABBREVIATED_SCALE[g.abbr.toLowerCase()] : ''
      const cur = g.cur ? g.cur.trim().replace(/\.$/, '') : ''
      // As written: "$42.5 million" → "$ million", "Rs 2,00,000 crore" → "Rs crore".
      const rate = cur || scale ? null : EN_RATE_BASE.exec(after)
      const rateNoun = rate ? EN_COUNT_NOUN.exec(after.slice(rate[0].length)) : null
      const carbon = cur ? null : EN_CARBON.exec(after)
      if (cur) unit = [cur, scale].filter(Boolean).join(' ')
      else if (carbon) {
        // "113.0 MtCO2e", "9.6 MtCO₂e": tonnes of carbon dioxide equivalent, the digit inside the unit no figure.
        unit = [scale, `${carbon[1]}CO2e`].filter(Boolean).join(' ')
        end += carbon[0].length
      } else if (rate && rateNoun) {
        // "24 per 1,000 live births": a rate, its base part of the unit and no figure of its own.
        unit = `per ${rate[1]} ${rateNoun[1].toLowerCase()}`
        whole = end + rate[0].length - rate[1].length
        end += rate[0].length + rateNoun[0].length
      } else {
        const noun = EN_COUNT_NOUN.exec(after)
        const word = noun ? noun[1].toLowerCase() : ''
        if (word || scale) {
          unit = [scale, word].filter(Boolean).join(' ')
          if (noun) end += noun[0].length
        } else if (goalOf && out.length) unit = out[out.length - 1].unit
        else if (!bounded) continue
      }
    }
    // "from 0.13 per cent to 0.1 per cent", "from 41 days to 32 days": the first is where the change starts; the second is the figure.
    // ("from under 6 minutes to 5.8 minutes": a bound may stand before where it starts.)
    if (!fromTo && EN_FROM_BOUND.test(before) && /^\s+to\s+(?:[$€£₹]|Rs\.?\s?)?\d/i.test(text.slice(end))) continue
    let qualifier = enQualifierBefore(before)
    if (!qualifier && /^\s*(or more|and above|plus|\+)/i.test(text.slice(end))) qualifier = 'at least'
    // "dropped by more than 3 percent": a hedge between the fall and its figure.
    // "50% below 2005 levels", "cut by 35 percent below 2005 levels": a fall from a base year, once.
    // "reduce absolute Scope 1 and 2 emissions 50% by 2030": a cut in per cent named before it, as "by 50%" is.
    // ("a 4% reduction", "a 25% cut in emissions": the fall named after its size.)
    const negative = EN_FALL.test(before.replace(EN_HEDGE_AT_END, '')) || (unit === '%' && (EN_BELOW_BASE.test(text.slice(end)) || EN_FALL_NOUN_AFTER.test(text.slice(end)) || (EN_CUT_PERCENT.test(before) && EN_CUT_AFTER.test(text.slice(end)))))
    out.push({ start: at, end, value, high, unit, qualifier, negative })
  }
  // "cut food waste by half", "halve the number of …": a fall of 50 per cent.
  for (const m of text.matchAll(EN_HALF)) out.push({ start: m.index!, end: m.index! + m[0].length, value: 50, unit: '%', qualifier: null, negative: true })
  // "twice", "tripled": multiples written in words.
  for (const m of text.matchAll(EN_WORD_TIMES)) {
    const w = m[1].toLowerCase()
    // "doubled from ₹5 lakh to ₹10 lakh": the figures say it; the word adds none.
    if (/^\s+(?:[\w'’-]+\s+){0,4}from\s+(?!(?:19|20)\d{2}\b)\S*\d[^,;]*?\bto\s+(?!(?:19|20)\d{2}\b)\S*\d/i.test(text.slice(m.index! + m[0].length))) continue
    out.push({ start: m.index!, end: m.index! + m[0].length, value: /^(twice|double)/.test(w) ? 2 : 3, unit: 'times', qualifier: null, negative: false })
  }
  // "open three new libraries", "at least two hundred households": a count written in words, before what it counts.
  for (const m of text.matchAll(EN_WORD_COUNT)) {
    const noun = EN_COUNT_NOUN.exec(text.slice(m.index! + m[0].length))
    if (!noun || EN_TIME_NOUN.test(noun[1]) || /^(of|or|and|to)\b/i.test(noun[1])) continue
    const [tens, units, scale] = [m[1], m[2], m[3]].map((x) => x?.toLowerCase())
    const value = ((EN_WORD_NUMBERS[tens] ?? 0) + (units ? EN_WORD_NUMBERS[units] : 0)) * (scale === 'hundred' ? 100 : scale === 'thousand' ? 1000 : 1)
    const before = text.slice(Math.max(0, m.index! - 40), m.index!)
    // Only a count a goal or a result is about: after a verb of doing or a bound ("will open three", "at least two
    // hundred") — not "because two large contracts started late", nor "two of the three sites".
    // A count opening its sentence is the subject of a verb after its noun: "Thirty-six new beds were opened".
    const subject = !/\S/.test(before.replace(/^[\s\S]*[.!?;:]\s/, '').replace(/^[\s•·*–—-]+/, '')) && /^\s+(?:were|was|(?:have|has|had)\s+(?:been\s+)?[a-z]{3,}ed|opened|[a-z]{3,}ed)\b/i.test(text.slice(m.index! + m[0].length + noun[0].length))
    if (!subject && !/\b(?:will|to|we|they|and)\s+(?:also\s+)?[a-z]{3,}\s+$|\b(?:at least|up to|a further|another|more than|fewer than|no more than|over)\s+$|\b[a-z]{3,}ed\s+$/i.test(before)) continue
    out.push({ start: m.index!, end: m.index! + m[0].length + noun[0].length, value, unit: noun[1].toLowerCase(), qualifier: enQualifierBefore(before), negative: EN_FALL.test(before) })
  }
  return out.sort((a, b) => a.start - b.start)
}

/** The bound written before an English figure ("at least", "fewer than" …), the last that matches. */
function enQualifierBefore(before: string): string | null {
  let qualifier: string | null = null
  for (const [re, name] of EN_QUAL_BEFORE) if (re.test(before)) qualifier = name
  return qualifier
}

const SYMBOL_QUALIFIER: Record<string, string> = { '>': 'more than', '＞': 'more than', '≥': 'at least', '<': 'below', '＜': 'below', '≤': 'at most' }
/** The same symbols in a Chinese table, as a Chinese report words them ("≤28" is "28以下"). */
const ZH_SYMBOL_QUALIFIER: Record<string, string> = { '>': '超过', '＞': '超过', '≥': '以上', '<': '以下', '＜': '以下', '≤': '以下' }

/** The qualifier of a bound in a table cell ("不超过", "at least", "≥"), as the same words give it in running text. */
export function qualifierBefore(bound: string, zh = false): string | null {
  return (zh ? ZH_SYMBOL_QUALIFIER : SYMBOL_QUALIFIER)[bound] ?? (/\p{Script=Han}/u.test(bound) ? zhQualifierBefore(bound) : enQualifierBefore(`${bound} `))
}

/** Qualifiers that make a goal a floor ("增长5%以上", "at least 90%") or a ceiling ("控制在3%以内", "below 18%"). */
export const FLOOR_QUALIFIERS = new Set(['以上', 'at least', '不低于', '不少于'])
export const CEILING_QUALIFIERS = new Set(['以内', '以下', 'below', 'at most'])

const EN_WORD_NUMBERS: Record<string, number> = Object.fromEntries(
  ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
    .map((w, i) => [w, i + 2] as [string, number])
    .concat(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [w, (i + 2) * 10])),
)
// "one" is left out: it is a pronoun as often as a count ("one of the", "the one").
const EN_WORD_COUNT = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(two|three|four|five|six|seven|eight|nine))?(?:\s+(hundred|thousand))?\b(?!-)/gi
/** Spans of time a written number counts are durations and ages, not things delivered ("two years", "three working days"). */
const EN_TIME_NOUN = /^(working |calendar )?(years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|decades?|quarters?|terms?|sessions|ways|sides|parts|things|others|thirds|halves)\b/i
