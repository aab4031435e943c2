import { EN_FALL_NOUNS, EN_GOAL_BEFORE, EN_HEDGES, EN_NAMED_NUMBERS, EN_PARTICIPLE, EN_RISE_NOUNS } from './numbers.js'

/**
 * The indicator a figure measures: the shortest phrase of its clause that names
 * it. Chinese puts it before the verb ("地区生产总值增长6.5%") or after the count
 * ("建成10个市级示范点"); English after the number ("build 200 schools") or
 * before a verb ("revenue grew by 5%").
 */
export const ZH_LEAD = /^(——|—|-|·|•|\d{1,3}[.．、](?!\d)|连续[一二三四五六七八九十两\d]+年|其中|预计|全年|全区|全市|全县|全省|全国|今年|明年|同时|另外|此外|并|共|总计|我们|我区|我市|我县|当年|目前|截至目前|截至\d+月底?|到\d{4}年(底|末)?|\d{4}年(度|全年|底|末)?|到年底|到年末|年底前|年内|实现|力争|确保|计划|预期|主要|其他|分别|各项|持续|进一步|[一二三四五六七八九十]是)+/
const ZH_TRAIL = /(比上年|同比|较上年|与上年|比去年|分别|预计|安排|年均|累计|达到|达|完成|实现|为|是|增长|成长|下降|回落|回升|上升|下滑|缩短|缩减|延长|上涨|下跌|涨幅|跌幅|增加|减少|提高到|提高至|提高|提升到|提升至|提升|降低到|降低至|降低|降至|降到|增至|增到|扩增至|压缩至|控制在|保持在|保持|维持在|维持|稳定在|突破|超过|不少于|不低于|不超过|不突破|不超|不得超过|不得低于|不得|不高于|不大于|不多于|约|近|占比|占|比重|达到了|目标值为|目标为|目标值|目标|同口径|可比|剔除一次性因素后|有望|再|的|双双|力争|确保|争取|平均|(?<![人年])均|由|从|至|到|仅有|仅|只有|共有)+$/

const VERB_WORDS = '谋划|引进|新增|新建|兴建|建设|建成|完成|实施|推进|打造|改造|扩容|培育|创建|招引|签约|开工|实现|争取|吸引|发放|提供|组织|开展|举办'
const LEAD_VERB = new RegExp(`^(${VERB_WORDS})`)
const VERB = new RegExp(VERB_WORDS, 'g')

const CLAUSE_BREAK = /[，,；;。：:！？!?]/

export const hanCount = (s: string) => s.match(/\p{Script=Han}/gu)?.length ?? 0

/** Text before a ratio to the plan: "为预算的", "完成年度目标的". */
export const PLAN_RATIO = /^(为|相当于|完成|达到)[^，,]{0,8}(预算|计划|目标)(任务)?的?$/
/** Text before a gap to another figure: "高于全国", "低于预期目标". */
export const GAP = /^(高于|低于|快于|慢于|超过?|超出)(全国|全省|全市|全区|平均|(年初|年度|全年)?(预期|计划|目标|预算))/

/**
 * `from` is where the phrase may start: the clause start, or the end of the
 * previous figure in the same clause ("64个老旧小区、136公里管线").
 */
export function zhMetric(sentence: string, start: number, end: number, floor: number, previous: string | undefined): string {
  // "研发经费投入强度由2015年的1.62%提高到2.15%", "城镇化率由60%提高到62.5%": both figures are of what stands before 由.
  // (Only the text from the last 由 is tried: a long list of figures must not rescan its whole sentence for each.)
  // (A 由 that matters is within a few characters: "由2015年的1.62%提高到2020年的".)
  const near = Math.max(0, start - 30)
  const at = sentence.slice(near, start).lastIndexOf('由')
  const byAt = at < 0 ? -1 : near + at
  const between = at < 0 ? '' : sentence.slice(byAt, start)
  // The figure it starts from (a change named after it), or the one it goes to.
  const fromTo = byAt > 0 && between !== '' && !CLAUSE_BREAK.test(sentence[byAt - 1]) && ((ZH_FROM.test(between) && ZH_CHANGE_AFTER.test(sentence.slice(end, end + 12))) || ZH_TO.test(between))
  if (fromTo) {
    let from = byAt
    while (from > 0 && !CLAUSE_BREAK.test(sentence[from - 1])) from--
    const name = sentence.slice(from, byAt).replace(/^.*(\d{4}年(度|底|末)?)/, '').replace(ZH_LEAD, '').replace(ZH_TRAIL, '').trim()
    // ("占投资比重由29.2%提升至32.3%" is a share of what was named before: read below.)
    if (hanCount(name) >= 2 && !/^(总量|总额|规模)?占/.test(name)) return name.slice(-40)
  }
  // "优良天数比例（83%以上）、重污染天数（2天以内）": a figure in brackets right after its indicator.
  if (/[（(]/.test(sentence[start - 1] ?? '')) {
    let open = start - 1
    while (open > floor && !CLAUSE_BREAK.test(sentence[open - 1]) && !/[、）)]/.test(sentence[open - 1])) open--
    const name = sentence.slice(open, start - 1).replace(ZH_LEAD, '').replace(ZH_TRAIL, '')
    if (hanCount(name) >= 2) return name.slice(-40)
  }
  let from = start
  while (from > floor && !CLAUSE_BREAK.test(sentence[from - 1])) from--
  let to = end
  while (to < sentence.length && !CLAUSE_BREAK.test(sentence[to]) && sentence[to] !== '、') to++
  const before = sentence.slice(from, start).replace(/^[、和及与\s]+/, '')
  let head = before
    .replace(/^.*(\d{4}(?:\s*[-–—至]\s*\d{2})?年(度|底|末)?|预测|显示|认为|指出)/, '')
    // ("完成省下达我市的PM2.5浓度…": who set the goal is no part of what it measures.)
    .replace(/^.*下达(?:给?我[市区县省])?的/, '')
    .replace(ZH_LEAD, '')
    // (A minus sign is the figure's: "净额为-5.23亿元".)
    .replace(/\s*[-−]\s*$/, '')
    .replace(ZH_TRAIL, '')
    .replace(/[、和及与]$/, '')
  // Examples before 等 ("高空广告牌等各类违建", "远景新能源产业基地等亿元以上重大项目") are not the
  // indicator: keep what follows, with the action verb the phrase opened with.
  // A long lead-in ("紧紧围绕…谋划重大项目") is cut at its last action verb.
  const lead = LEAD_VERB.exec(head.replace(/^新/, ''))?.[0] ?? ''
  // 等 ends a list of examples; in 高等, 中等, 平等, 等级 it is part of a word.
  // (Not inside brackets: "新建（改造提升）高标准农田" is one phrase.)
  const open = head.replace(/[（(][^（()）]*[）)]/g, (m) => '□'.repeat(m.length))
  const afterEtc = Math.max(0, ...[...open.matchAll(/(?<![高中初平同均对相])等(?![级次])/g)].map((m) => m.index! + 1))
  // The verb must open a phrase, not end one ("…适老化改造" keeps its object).
  const lastVerb = head.length > 12 ? Math.max(0, ...[...open.matchAll(VERB)].map((m) => m.index!).filter((i) => head.length - i >= 4)) : 0
  const cut = Math.max(afterEtc, lastVerb)
  if (cut > 0 && head.length - cut >= 2) head = (cut === afterEtc && lead && !head.slice(cut).startsWith(lead) ? lead : '') + head.slice(cut)
  if (head.length > 40) head = head.slice(-40)
  // "6个月内达产达效": 内 after a span of time means within it.
  const within = /[月年天日周时]$/.test(sentence.slice(0, end)) ? '|内' : ''
  // The tail ends where the next count begins ("132条背街小巷和21条街路更新").
  // (Not the goal it is said to be: "控制在33微克/立方米以内的年度目标任务".)
  const tail = sentence.slice(end, to).replace(/[和及与]?[\d０-９].*$/, '').replace(new RegExp(`^(以上|左右|以内|以下|的${within})`), '').replace(/(以上|左右|任务|工作)$/, '').replace(/^的?(年度|全年|预期|考核)*目标$/, '')
  // "建成10个文旅场景": a bare verb before the count; the indicator follows it.
  const verbOnly = hanCount(head) <= 4 || /[等和]$/.test(head) || head.includes('、')
  // "经营主体1.3万户，总量超过7.9万户": a generic word takes the indicator named before it.
  if (previous && /^(总量|总数|总计|合计|累计|总额|规模|数量|比重|占比)$/.test(head)) return previous + head
  // "增长5.6%，高于全国0.4个百分点", "超年度计划7.6个百分点": a gap of the indicator named before.
  if (previous && GAP.test(head)) return previous + head
  // "…增加值增长11.2%，占地区生产总值比重达到10.1%": a share of what was named before.
  if (previous && /^(总量|总额|规模)?占./.test(head) && !previous.includes('占')) return previous + head
  // "社会保险基金预算收入完成598.7亿元；支出完成561.2亿元": the other side of the same account.
  if (previous && /^(收入|支出|结余)$/.test(head) && /(收入|支出)$/.test(previous)) return previous.replace(/(收入|支出)$/, head)
  // "收入完成812.5亿元，为预算的101.2%", "完成年度目标的108%": how much of its plan the indicator named before reached.
  if (previous && (PLAN_RATIO.test(before.trim()) || PLAN_RATIO.test(head))) return previous + '完成率'
  // "完成561户信息化建设和553户适老化改造": what stands between two counts, up to 和, names the first.
  const afterJoin = floor > 0 && /[和及与、]\s*$/.test(before)
  if (hanCount(tail) >= 2 && (verbOnly || afterJoin)) return tail.slice(0, 24)
  if (hanCount(head) >= 2) return head
  if (hanCount(tail) >= 2) return tail.slice(0, 24)
  if (previous) return previous
  // Never nameless: fall back to the clause itself.
  return (head || before || tail).trim() || sentence.slice(from, to).trim()
}

/** Text ending where a figure of "由X提高到Y" starts: after 由 (and a year), or after 由X and its verb. */
/** Verbs that revise a goal: "目标由3%调整为2%", "由2.8%下调至2.6%". */
export const ZH_REVISION_VERBS = '调整|上调|下调|调增|调减|修订'
const ZH_CHANGE = `(?:提高|增加|增长|上升|扩大|提升|下降|降低|减少|缩小|缩短|压缩|${ZH_REVISION_VERBS}|降|升|增)(?:到|至|为)`
const ZH_YEAR_OF = '(?:\\d{4}年(?:底|末)?的?)?'
/** "由(2015年的)": text before the figure a change starts from… */
const ZH_FROM = new RegExp(`^由${ZH_YEAR_OF}$`)
/** …and after it: "提高到". */
const ZH_CHANGE_AFTER = new RegExp(`^[^，,；;。\\d]{0,4}?${ZH_CHANGE}`)
/** "由(2015年的)1.62%提高到(2020年的)": text before the figure a change goes to. */
const ZH_TO = new RegExp(`^由${ZH_YEAR_OF}[\\d.,%％]+[^\\d，,；;。]{0,4}?${ZH_CHANGE}${ZH_YEAR_OF}$`)
/** "A、B和C分别增长1%、2%、3%": figure i belongs to item i. */
export function splitList(head: string, count: number): string[] | undefined {
  const items = head.split(/[、和及与]/).filter(Boolean)
  if (items.length !== count) return undefined
  // "城镇和农村居民人均可支配收入", "PM2.5和PM10平均浓度": a modifier alone shares the last item's name.
  const last = items[count - 1]
  const modifier = ZH_PAIRED.exec(last)?.[0] ?? /^[A-Za-z][A-Za-z0-9.]*/.exec(last)?.[0]
  if (!modifier || last.length - modifier.length < 2) return items
  const shared = last.slice(modifier.length)
  return items.map((item, k) => (k < count - 1 && (ZH_PAIRED.exec(item)?.[0] === item || /^[A-Za-z][A-Za-z0-9.]*$/.test(item)) ? item + shared : item))
}

/** Modifiers that come in pairs and share the name after them. */
const ZH_PAIRED = /^(城镇|城市|农村|乡村|进口|出口|男性|女性|国内|国外|境内|境外|省内|省外|市内|市外|线上|线下)/

const EN_STOP = /^(the|a|an|our|its|their|this|that|these|those|we|will|to|and|of|in|for|by|with|on|at|from|is|are|was|were|be|been|has|have|had|it|which|there)$/i
const EN_VERBS = /\b(estimated|expected|projected|budgeted|targeted|forecast|set|lift|lifted|bring|brought|return|returned|improve|improved|boost|boosted|restore|restored|increase|increased|increasing|reduce|reduced|reducing|cut|raise|raised|grow|grew|growth|rise|rose|fall|fell|decline|declined|reach|reached|reaching|hit|hitting|exceed|exceeding|totaling|totalling|achieve|achieved|build|built|plant|planted|replace|replaced|deliver|delivered|hold|held|serve|served|train|trained|recruit|recruited|create|created|spend|spent|invest|invested|allocate|allocated|keep|kept|lower|lowered|maintain|maintained|provide|provided|cost|costs|costing|total|totalled|totaled|grows|growing|grown|rises|rising|risen|falls|falling|fallen|declines|declining|expand|expands|expanded|expanding|contracted|climbed|dropped|jumped|shrank|gained|stood|remained|averaged|exceeded|increases|reduces|cuts|raises|issue|issued|issues|launch|launched|introduce|introduced|offer|offered|attract|attracted|support|supported|fund|funded|earmark|earmarked|inject|injected|grant|granted|approve|approved|complete|completed|open|opened|add|added|hire|hired|employ|employed|receive|received|record|recorded|register|registered|generate|generated|collect|collected|expect|expects|anticipate|anticipates|see|sees|saw|eased|eases|slowed|moderated|edged|accelerated|amounted|topped|surpassed|posted|benefited|benefitted|remain|remains|stands|come|came|gone|went|will|shall|would|should|can|could|may|must|is|are|was|were|be)\b/i

/** "replace 40 km of water mains": the indicator after "of", up to a preposition or a participle. */
const EN_OF_PHRASE = new RegExp(String.raw`^\s*(?:of|in)\s+([a-z][a-z&-]*(?:\s[a-z][a-z&-]*){0,3}?)(?=[,.;]|\s+(?:by|in|to|from|and|within|across|at|per|for|each|every|over|will|would|are|is|were|was|have|has|should|must|can|${EN_PARTICIPLE})\b|$)`, 'i')
/** Text that ends with a change named by a noun: "a drop of around ". */
const EN_CHANGE_OF = new RegExp(String.raw`\b(?:${EN_RISE_NOUNS}|${EN_FALL_NOUNS})\s+of(?:\s+(?:${EN_HEDGES}))?$`, 'i')

/**
 * A count's indicator ("plant 12,000 trees"): the verb and the noun after the number; the noun
 * alone, without its scale, when no verb stands before it ("A total of 12.44 million urban jobs");
 * what a change brings to the figure ("limit sewer overflows to fewer than 30 events").
 */
function countMetric(before: string, unit: string): string {
  const brought = /\b([a-z][a-z-]*(?:\s+[a-z][a-z-]*){1,4})\s+to\s+(?:(?:fewer|less|more) than|below|under|at least|at most|about|around|no more than)?\s*$/i.exec(before)
  const words = brought?.[1].split(/\s+/) ?? []
  // The words after the last verb or stop word ("we aim to limit | sewer overflows").
  let last = -1
  words.forEach((w, i) => (EN_STOP.test(w) || EN_VERBS.test(w) || /^(limit|cap|aim)$/i.test(w)) && (last = i))
  if (last >= 0 && last < words.length - 1) return words.slice(last + 1).join(' ').toLowerCase()
  // "add 15 km of cycle lanes and 20 school streets": the second count shares the first one's verb.
  const noun = unit.replace(SCALE_BEFORE, '')
  if (/\band\s*$/i.test(before)) {
    const shared = [...before.matchAll(/(?<=\b(?:will|to|we|they|shall)\s+)[a-z]+\b/gi)].map((m) => m[0]).filter((w) => !EN_STOP.test(w) && !NOT_A_VERB.test(w)).pop()
    if (shared) return `${shared} ${noun}`.toLowerCase()
  }
  // The verb is the word right before the figure, past any bound ("build at least 200 homes"); after "has",
  // "is home to" or "living in" there is none ("has 38 schools" counts schools, not what came before "has").
  const leading = before.replace(/\bup\s+to\s*$/i, '').trim().split(/\s+/)
  let at = leading.length - 1
  while (at >= 0 && /^(at|least|about|around|more|than|over|some|nearly|below|under|a|an)$/i.test(leading[at])) at--
  const kept = at >= 0 && !EN_STOP.test(leading[at]) ? leading.slice(0, at + 1).filter((w) => !EN_STOP.test(w)) : []
  // A phrasal verb keeps its particle: "carry out 40,000 scans", "set up 12 hubs".
  const verb = kept.slice(/^(out|up|off|down)$/i.test(kept[kept.length - 1] ?? '') ? -2 : -1).join(' ')
  return [/^[a-z-]+( (out|up|off|down))?$/i.test(verb) && !NOT_A_VERB.test(verb) ? verb : '', noun].filter(Boolean).join(' ').trim().toLowerCase()
}

/** Units that measure (money, mass, length, time …), with or without a scale word before them ("trillion yuan"). */
const MEASURE_UNIT = /^(%|percentage points|[$€£₹](?: \w+){0,2}|(?:Rs|USD|INR)(?: \w+){0,2}|yuan|rmb|renminbi|dollars?|euros?|pounds?|km|kilometres?|kilometers?|miles?|hectares?|acres?|mu|(?:metric )?tonnes?|(?:metric )?tons?|hours?|days?|gwh|mwh|kwh|kilowatts?|kilowatt-hours?|mw|gw|megalitres?|litres?|square metres?|square meters?|cubic metres?|cubic meters?|m2|months?|weeks?|years?|minutes?|seconds?|[MkG]?tCO2e|mt|kt)$/i
const SCALE_BEFORE = /^(?:thousand|million|billion|trillion|lakhs?|crores?|bn)\s+/i
const SCALE_ALONE = /^(?:thousand|million|billion|trillion|lakhs?|crores?|bn)$/i
/** Words that may stand before a count without being its verb: "a total of", "a record high of", "an additional". */
const NOT_A_VERB = /^(total|high|low|record|peak|additional|extra|further|another|new|all|only|just|almost)$/i

const CHANGE_NOUN_ALONE = new RegExp(String.raw`^(?:(?:after|with|following|representing|marking|an?|the)\s+)*(?:${EN_RISE_NOUNS}|${EN_FALL_NOUNS})$`, 'i')

const TIME_PHRASE = /^(the\s+)?(next|past|coming|last|first|second|third|current|previous|following|same)\b|^(each|every|this|that)\s+(year|month|quarter)|^(year|years|months?|quarters?|weeks?|days?|total)\b/i

/** Text ending in the verb a share is the object of: "aim to resolve", "we recycle", "resolved" — not "to below". */
const EN_VERB_BEFORE_SHARE = /(?:\b(?:to|will|we|they)\s+(?!(?:below|under|above|over|about|around|at|least|more|less|than|some|nearly|approximately|almost|roughly|up|just)\b)[a-z]+|\b[a-z]{2,}(?<!e)ed)\s*$/i

/** A regular verb in the past tense; "speed" and "need" are none. */
const EN_PAST_VERB = /^[a-z]{2,}(?<!e)ed$/i
/** "…a surplus of $1.4 billion, or 0.2 per cent of GDP": the same figure put another way. */
const EN_RESTATED = /^(or|i\.e\.|that is|equivalent to|equal to)$/i

/** Words of a phrase that names a goal but no indicator: "our FY2025 target", "tightening the FY2026 goal", "on the way to". */
const EN_GOAL_PHRASE_WORDS = /\b(?:our|the|this|its|their|a|an|new|revised|annual|long-term|(?:FY\s?)?(?:19|20)\d{2}(?:\s*[-–/]\s*\d{2,4})?|targets?|goals?|aims?|tighten(?:s|ed|ing)?|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|set|stays?|stayed|kept|keep|remains?|way|on|to|is|are|of|at|from|we|have|has|and|will|be)\b/gi

/**
 * "Looking ahead: our FY2025 target is 6.2 minutes", "the FY2025 goal stays at 1,500 trees": an English
 * figure whose name is only a goal phrase (or only its counted noun, after one) — the indicator is one
 * named before.
 */
export function namesOnlyAGoal(name: string, unit: string, before: string): boolean {
  const rest = name.replace(EN_GOAL_PHRASE_WORDS, ' ').replace(/\s+/g, ' ').trim().toLowerCase()
  const clause = before.split(/[,;]/).pop()!
  return (rest === '' || rest === unit.toLowerCase()) && (/\b(target|goal|aim)s?\b/i.test(clause) || /\bon the way to\s*$/i.test(clause))
}

/** Verbs whose object names what a figure measures: "reduce falls with harm", "increase the number of homes built". */
const EN_TAKES_OBJECT = /^(reduce|reducing|cut|cutting|increase|increasing|raise|raising|lower|lowering|improve|improving|decrease|decreasing|boost|boosting|halve|halving|double|doubling|grow|growing|expand|expanding|deliver|delivering|build|building|plant|planting|create|creating|achieve|achieving|maintain|maintaining|keep|keeping|bring|bringing)$/i

export function enMetric(sentence: string, start: number, end: number, unit: string, previous: string | undefined): string {
  // A clause ends at punctuation followed by a space: "10,400" and "2.9" are numbers.
  let from = start
  while (from > 0 && !(/[,;:.()]/.test(sentence[from - 1]) && /\s/.test(sentence[from] ?? ' '))) {
    from--
    // "Gross domestic product (GDP) grew by": an abbreviation in brackets is part of the name.
    const group = sentence[from - 1] === ')' ? /\([A-Za-z][A-Za-z0-9&.\s-]{0,15}\)$/.exec(sentence.slice(0, from)) : null
    if (group) from = group.index
  }
  // "halve the number of people sleeping rough by 2025": the verb is the figure, its object the indicator.
  if (/^halv/i.test(sentence.slice(start, end))) {
    const object = /^\s+(?:the\s+)?([\w'’-]+(?:\s+[\w'’-]+){0,7}?)(?=\s+(?:by|in|within|before|from|over|across)\b|\s*[,;.]|\s*$)/i.exec(sentence.slice(end))
    if (object) return object[1].trim()
  }
  // "deploys per week from 20 to 35": the starting point is not part of the name.
  const before = sentence.slice(from, start).replace(/\s+from\s+(?:(?:under|below|above|over|about|around|at least|more than|less than|up to)\s+)?[$€£₹]?[\d.,]+\s*(%|per\s?cent|[a-z]+)?\s+to\s*$/i, ' ').trim()
  // "delivered 412 homes, against a target of 400", "(target: 50%)": the goal for the indicator just named.
  if (previous && EN_GOAL_BEFORE.test(sentence.slice(from, start))) return previous
  // "Employee engagement score: 72": a label and its value.
  // ("Residents satisfied: 2024 – 78%": the year before the value is the figure's, not part of the label.)
  if (sentence[from - 1] === ':' && /^\s*(?:(?:FY\s?)?(?:19|20)\d{2}(?:\s*[-–/]\s*\d{2,4})?\s*[-–—:]\s*)?$/i.test(sentence.slice(from, start))) {
    const label = /([A-Za-z][A-Za-z -]{1,60})\s*:$/.exec(sentence.slice(0, from))
    // "(target: 50%)" is a goal for the indicator named before, not an indicator called "target".
    if (label && !/\b(target|goal)s?$/i.test(label[1].trim())) return label[1].trim()
  }
  if (previous && EN_RESTATED.test(sentence.slice(from, start).trim())) return previous
  // "Bus patronage grew by 6% to 18.4 million journeys": the level reached is of the indicator the change named.
  if (previous && /\bby\s+[$€£₹]?[\d.,]+\s*(%|per\s?cent)?\s+to\s*$/i.test(sentence.slice(from, start))) return previous
  // (A rate, "3.5 per 1,000 births", is named as a measure is: by what comes before it.)
  const measureUnit = MEASURE_UNIT.test(unit.replace(SCALE_BEFORE, '')) || SCALE_ALONE.test(unit) || unit.startsWith('per ')
  // "replace 40 km of water mains", "resolve 90% of complaints": the indicator follows "of".
  const of = EN_OF_PHRASE.exec(sentence.slice(end))
  // "… of about $120 billion in the next five years": a time phrase names no indicator.
  if (measureUnit && of && unit !== '%' && !TIME_PHRASE.test(of[1])) return of[1].trim().replace(/^the\s+/i, '')
  // "We resolved 79% of complaints", "aim to resolve 90% of complaints": a share of what a verb acts on is named by both.
  if (unit === '%' && of && !TIME_PHRASE.test(of[1]) && EN_VERB_BEFORE_SHARE.test(before)) return `${before.split(/\s+/).pop()!.toLowerCase()} ${of[1].trim().replace(/^the\s+/i, '')}`
  // "• make 85% of offers within 10 days", "and repair 98% of potholes", "35% of council vehicles will be electric":
  // a share opening its clause, or after a verb in a list, is named by what follows "of".
  if (unit === '%' && of && !TIME_PHRASE.test(of[1])) {
    const ws = before.replace(/^[—–•·*-]+\s*|^\(?[a-z]\)\s*/i, '').split(/\s+/).filter(Boolean)
    const verb = ws.length === 1 || (ws.length >= 2 && /^(and|or)$/i.test(ws[ws.length - 2])) ? ws[ws.length - 1] : undefined
    // A time standard is part of what is measured: "offers within 10 working days".
    const within = /^\s+within\s+(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty)\s+(?:working\s+)?(?:hours?|days?|weeks?|months?|minutes?|seconds?)\b/i.exec(sentence.slice(end + of[0].length))?.[0] ?? ''
    const noun = of[1].trim().replace(/^the\s+/i, '') + within
    if (ws.length === 0 || (verb && /^(see|make|have|get|do|take|give|keep|ensure|achieve|meet)$/i.test(verb))) return noun
    if (verb && /^[a-z]+$/i.test(verb) && !EN_STOP.test(verb)) return `${verb.toLowerCase()} ${noun}`
  }
  // "set aside $3 billion to launch a research programme", "$2 billion for flood defences": money named by its purpose.
  if (/^[$€£₹]|^(Rs|USD|INR)\b/.test(unit)) {
    // "delivered £3.6m of the £4.2m savings planned", "£850k of savings": money named by what it is of.
    const ofWhat = /^\s+of\s+(?:(?:the|our|its|their)\s+)?(?:[$€£₹][\d.,]+\s*(?:m|bn|k|million|billion)?\s+(?:of\s+)?)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)(?=\s+(?:planned|budgeted|targeted|target|goal|we|for|in|by|this|last|that)\b|\s*[,.;)]|\s*$)/i.exec(sentence.slice(end))
    if (ofWhat && !TIME_PHRASE.test(ofWhat[1]) && !/^(which|this|that|these|those|it|them)$/i.test(ofWhat[1])) return ofWhat[1].toLowerCase()
    const purpose = /^\s*(?:(?:in|a|each|per|every)\s+(?:year|month)\s+)?(?:(?:is|are|has been|have been|will be)\s+(?:made|provided|allocated|earmarked|set aside|proposed|kept)\s+)?(?:for|on|in|to\s+(?!be\b)[a-z]+)\s+((?:(?!(?:to|by|in|on|from|and|over|within|across|at|per|for|each|every|which|that)\b)[a-z][a-z-]*\s?){1,5})/i.exec(sentence.slice(end))
    const words = purpose?.[1].trim().split(/\s+/).filter((w, i) => !(i === 0 && /^(the|a|an|our|its|their|new)$/i.test(w)))
    // ("I propose an allocation of ₹9,120 crore for Health": the noun of the verb says the same.)
    if (words?.length && !TIME_PHRASE.test(words.join(' ')) && /\b(set aside|earmark|earmarked|allocate|allocated|provide|provided|spend|spent|invest|invested|inject|injected|reserve|reserved|commit|committed|(?:allocation|provision|outlay|investment|budget|grant|expenditure|spending|sum|amount)s? of)\s+(?:(?:about|around|some|nearly|approximately|no more than|up to|at least|more than|less than|an? (?:additional|further|extra))\s+)?$/i.test(sentence.slice(Math.max(0, start - 40), start))) return words.join(' ')
  }
  // "plant 12,000 trees", "12.44 million urban jobs": a count.
  if (unit && !measureUnit) return countMetric(before, unit)
  // "achieve a 25% reduction in emissions": the same, the change named after its size.
  const sizedChange = unit === '%' ? new RegExp(String.raw`^\s*(?:${EN_RISE_NOUNS}|${EN_FALL_NOUNS})\s+in\s+(?:the\s+)?([a-z][^,;.]{2,60}?)(?=\s+(?:by|against|from|compared|relative|on|vs|over|since|in|was|were|is|are|has|have|had|will)\b|\s*[,;.]|\s*$)`, 'i').exec(sentence.slice(end)) : null
  if (sizedChange) return sizedChange[1].split(/\s+/).slice(0, 8).join(' ')
  // "a drop of around 2.5 percent in energy consumption per unit of GDP": the indicator follows the change.
  const changeIn = EN_CHANGE_OF.test(before) ? /^\s*in\s+(?:the\s+)?([a-z][^,;.]{2,60}?)\s*(?=[,;.]|$)/i.exec(sentence.slice(end)) : null
  if (changeIn) return changeIn[1].split(/\s+/).slice(0, 8).join(' ')
  // "customer satisfaction to 85%", "leakage to below 18 per cent", "capital budget of $42.5 million".
  // "Total government expenditure for 2024-25 is estimated at": the year is the period, not part of the name.
  const words = before.replace(/(?:^|\s+)(?:in|for|by|during|of)\s+(?:the\s+)?(?:(?:fiscal|financial)\s+year\s+|FY\s*)?(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?\b/gi, '').split(/\s+/).filter(Boolean)
  let cut = words.length
  // The object of a verb like "reduce" starts after it: "reduce agency costs by" keeps "costs", a noun there.
  let objectFrom = words.length
  words.forEach((w, i) => {
    if (EN_TAKES_OBJECT.test(w)) objectFrom = i + 1
    else if (/^(and|or|but|while|which|that|who)$/i.test(w)) objectFrom = words.length
  })
  // The verb just before the figure may be any in the past tense ("Core inflation eased to"), once: "homes completed rose to" keeps "homes completed".
  let pastCut = false
  for (;;) {
    const w = words[cut - 1]
    if (cut > 0 && ((EN_VERBS.test(w) && cut - 1 < objectFrom) || EN_STOP.test(w) || /^(at|least|about|around|more|than|not|no|over|some|nearly|up|down|below|under|approximately|per|cent|back|again|further|still|even|currently|now|presently|never|make|makes|made|fewer|less|greater|higher|lower|record|all-time|high|low|peak|hit|hitting|reaching|totalling|totaling|exceeding|between)$/i.test(w))) cut--
    else if (cut > 1 && !pastCut && EN_PAST_VERB.test(w)) {
      pastCut = true
      cut--
    } else break
  }
  let phrase = words.slice(0, cut)
  // Keep the noun phrase after the last verb.
  let lastVerb = -1
  // ("Reduce falls with harm to …", "reduce agency costs by": after a verb that takes an object, a word that could be a
  // verb is part of that object, up to a conjunction.)
  let object = false
  phrase.forEach((w, i) => {
    if (/^(and|or|but|while|which|that|who)$/i.test(w)) object = false
    if (EN_VERBS.test(w) && !object) {
      lastVerb = i
      object = EN_TAKES_OBJECT.test(w)
    }
  })
  // "The share of transactions completed online rose to": a verb after "share of …" is inside the name.
  const shareOf = phrase.findIndex((w, i) => /^(share|proportion|percentage|number)$/i.test(w) && /^of$/i.test(phrase[i + 1] ?? ''))
  if (shareOf >= 0 && shareOf < lastVerb) lastVerb = shareOf - 1
  phrase = phrase.slice(lastVerb + 1).filter((w, i, a) => !(i === 0 && EN_STOP.test(w)) || a.length === 1)
  // A list item's dash or bullet ("— GDP growth of around 5 percent") is not part of the name.
  const text = phrase.join(' ').replace(/^[—–•·*-]+\s*/, '').replace(/^(the|our|a|an)\s+/i, '').trim()
  // "…, after a contraction of 3.7 per cent": a change named by a noun belongs to the indicator named before.
  if (previous && CHANGE_NOUN_ALONE.test(text)) return previous
  // A phrase holding another figure ("210 lakh youth and cost …") names that one, not this.
  if (text && !/(^|\s)[$€£₹]?\d/.test(text.replace(EN_NAMED_NUMBERS, ''))) {
    const ws = text.split(' ')
    // A long name "X of Y" is X ("co-funding cap of the Progressive Wage Credit Scheme"); otherwise its last words.
    const of = ws.findIndex((w) => /^of$/i.test(w))
    // But "number of people killed or seriously injured" is named by what is counted.
    if (of > 0 && /^(number|share|proportion|percentage|amount|level|volume|count)$/i.test(ws[of - 1])) return ws.slice(of - 1, of + 7).join(' ')
    return ws.length > 6 && of > 0 && of <= 4 ? ws.slice(0, of).join(' ') : ws.slice(-6).join(' ')
  }
  // "…and cost Rs 2,00,000 crore": the verb names what the amount is.
  const verb = words[words.length - 1]
  if (verb && /^(cost|costs|costing|total|totalled|totaled|spend|spent|invest|invested|allocate|allocated|raise|raised|borrow|borrowed)$/i.test(verb)) return verb.toLowerCase()
  const after = sentence.slice(end).match(/^\s*(?:of|in|for)\s+([a-z][a-z -]{2,40}?)(?=[,.;]|\s+(?:by|in|to|from|and)\b|$)/i)
  if (after) return after[1].trim()
  return previous ?? before
}
