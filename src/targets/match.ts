import { assignEdges, type Edge } from '../align/assign.js'
import { DENSE_LIMIT } from '../align/scoring.js'
import { toSimplified } from '../text/script.js'
import { bigramDice } from '../text/similarity.js'
import { CEILING_QUALIFIERS, FLOOR_QUALIFIERS } from './numbers.js'
import { SYNONYMS } from './synonyms.js'
import type { Target } from './types.js'
import { compatibleUnits, toBase } from './units.js'

export type ChangeStatus = 'kept' | 'raised' | 'lowered' | 'dropped' | 'added' | 'met' | 'exceeded' | 'missed'

export interface TargetChange {
  status: ChangeStatus
  metric: string
  old: Target | null
  new: Target | null
  /** new − old in the old target's unit (for met / exceeded / missed: result − goal). */
  delta?: number
  /** Whether the change is good news, for indicators where lower is better or not; null when unknown. */
  better?: boolean | null
  /** "lowered · better", "cut deepened", "raised · worse · cut eased" … */
  note?: string
}

export interface MatchOptions {
  /** Extra synonym groups (a config file's), added to the built-in table. */
  synonyms: string[][]
  /** Minimum metric similarity to pair two figures. Default 0.5. */
  threshold: number
}

const defaults: MatchOptions = { synonyms: [], threshold: 0.5 }
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '')

interface Table {
  /** Every synonym, normalised, with its group's canonical name; longest first. */
  names: { name: string; canonical: string }[]
  /** The canonical names: an indicator the table knows. */
  known: Set<string>
  canonical: Map<string, string>
  similarity: Map<string, number>
}
const tables = new WeakMap<string[][], Table>()

/** A synonym table's lookups, built once per table. */
function tableOf(groups: string[][]): Table {
  let t = tables.get(groups)
  if (!t) {
    const names = groups.flatMap((g) => g.map((name) => ({ name: norm(name), canonical: norm(g[0]) })))
    // Longest first, a stable sort: the first hit is the longest name, earlier groups winning ties.
    names.sort((x, y) => y.name.length - x.name.length)
    tables.set(groups, (t = { names, known: new Set(names.map((n) => n.canonical)), canonical: new Map(), similarity: new Map() }))
  }
  return t
}

/** The canonical name of a metric: the first name of the synonym group it names (memoised per table). */
function canonical(metric: string, groups: string[][]): string {
  const cache = tableOf(groups).canonical
  let c = cache.get(metric)
  if (c === undefined) cache.set(metric, (c = canonicalOf(toSimplified(metric), groups)))
  return c
}

/** Short forms a report writes for long ones: 限上 = 限额以上, 规上 = 规模以上. */
const expandShortForms = (m: string) => m.replace(/限上/g, '限额以上').replace(/规上/g, '规模以上')

function canonicalOf(metric: string, groups: string[][]): string {
  const m = expandShortForms(norm(metric))
  for (const { name: n, canonical } of tableOf(groups).names) {
    // The metric is the name, or holds it with little around it ("全区地区生产总值").
    // (Not the government's own level of it: 市本级一般公共预算收入 is no 一般公共预算收入 of the whole city.)
    if (n.length > 0 && (m === n || (m.includes(n) && n.length >= 2 && m.length - n.length <= 4 && ownLevel(m) === ownLevel(n)))) return canonical
  }
  return m
}

/** Words that qualify an indicator without naming it: 累计, 重点, 亿元以上, 新 … */
const QUALIFYING = /累计|全年|全区|全市|重大|重点|主要|全部|各类|亿元以上|亿元|限额以上|限上|以上|实现|完成|引进|推动|推进|新增|新建|新|总|共|规模以上|规上/g

export function metricSimilarity(a: string, b: string, groups: string[][] = SYNONYMS): number {
  const cache = tableOf(groups).similarity
  const key = `${a}\u0000${b}`
  let sim = cache.get(key)
  // Names in Traditional and Simplified script compare alike (本地生產總值 = 本地生产总值).
  if (sim === undefined) cache.set(key, (sim = metricSimilarityUncached(toSimplified(a), toSimplified(b), groups)))
  return sim
}

/** A figure of the government's own level (市本级, 区本级, 本级), not of the whole city or district. */
const ownLevel = (m: string) => m.includes('本级')

/**
 * Whether a Chinese name counts a stock (总数, 累计, 余额 …: all there is) or a flow (新增, 新建, 完成投资 …: what a year
 * added); undefined when it says neither.
 */
function stockOrFlow(m: string): 'stock' | 'flow' | undefined {
  if (/总数|总量|总投资|总规模|累计|保有量|存量|余额/.test(m)) return 'stock'
  if (/新增|新建|新认定|新培育|新引进|新签|新开工|完成投资|计划投资|年度投资|当年/.test(m)) return 'flow'
  return undefined
}

function metricSimilarityUncached(a: string, b: string, groups: string[][]): number {
  // 全市 and 市本级 figures of one account are two indicators, however alike their names.
  if (ownLevel(a) !== ownLevel(b)) return 0
  // A total and a year's addition are two ("高新技术企业总数" 46家, "新增高新技术企业" 12家; "总投资" 350亿元 of the
  // year's projects, "完成投资" 138亿元 in the year), as 累计 over a plan's years and 新增 in one are.
  const [ka, kb] = [stockOrFlow(a), stockOrFlow(b)]
  if (ka && kb && ka !== kb) return 0
  const raw = metricSimilarityOf(a, b, groups)
  if (raw >= 0.9) return raw
  // What a plan set and what was done of it: "年度计划投资" 130亿元 and "完成投资" 138亿元, "重点项目年度计划投资" and
  // "重点项目完成投资" (the same name once the plan's and the outcome's words are gone, and only then: "完成技改投资" is another).
  const done = (m: string) => m.replace(/(?:年度|全年)?(?:计划|预计|实际完成|完成)/, '')
  if (done(a) === done(b) && done(a).length >= 2) return 0.9
  const core = (m: string) => m.replace(QUALIFYING, '')
  const ca = core(a)
  const cb = core(b)
  // Compared without qualifiers, a little less sure.
  return ca.length >= 2 && cb.length >= 2 ? Math.max(raw, 0.9 * metricSimilarityOf(ca, cb, groups)) : raw
}

function metricSimilarityOf(a: string, b: string, groups: string[][]): number {
  const x = canonical(a, groups)
  const y = canonical(b, groups)
  if (!x || !y) return 0
  if (x === y) return 1
  // Two indicators the synonym table knows apart are two, however alike their names (城镇调查失业率, 城镇登记失业率).
  const { known } = tableOf(groups)
  if (known.has(x) && known.has(y)) return 0
  if (!HAN.test(a) && !HAN.test(b)) return wordSimilarity(a, b)
  const [s, l] = x.length <= y.length ? [x, y] : [y, x]
  // One name inside the other ("地区生产总值" in "全区地区生产总值") — but a bare head noun ("企业" in "跨境电商企业") says little.
  if (s.length >= 2 && l.includes(s) && (s.length >= 3 || 2 * s.length >= l.length)) return 0.6 + 0.35 * (s.length / l.length)
  // A shared core of four or more characters ("背街小巷改造" vs "背街小巷微更新") — of what is named,
  // not of the action or level around it ("培育省级夜间经济集聚区" vs "培育省级消费新场景").
  const hx = x.replace(HOLLOW, '')
  const hy = y.replace(HOLLOW, '')
  // What is left must still say something: "新建项目" and "重点项目建设" both leave only 项目 (compared whole
  // then, but a run of hollow words is no shared core: "限额以上单位网上零售额" vs "限上住宿业").
  const [dx, dy] = hx.length >= 4 && hy.length >= 4 ? [hx, hy] : [x, y]
  const core = longestCommonRun(hx, hy)
  return Math.max(bigramDice(dx, dy), core >= 4 ? 0.5 + 0.3 * (core / Math.min(dx.length, dy.length)) : 0)
}

/** Actions and levels that open many indicators' names without telling them apart. */
const HOLLOW = /培育|创建|建设|新建|改造|实施|开展|打造|推动|推进|完成|实现|引进|新增|累计|国家级|省级|市级|区级|县级|全省|全市|全区|规模以上|规上|限额以上|限上|重点|主要/g

const HAN = /\p{Script=Han}/u
const STOP_WORDS = new Set(['the', 'of', 'in', 'on', 'for', 'and', 'to', 'a', 'an', 'by', 'at', 'per', 'with', 'from', 'our', 'its', 'all', 'total', 'new', 'also', 'aim', 'we', 'will'])
/** Content words, crudely stemmed ("resolved" and "resolve", "homes" and "home" alike). */
const wordsOf = (s: string) => new Set(s.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOP_WORDS.has(w)).map((w) => w.replace(/(?<=[a-z]{3})(?:ing|ed|es|e|s)$/, '')))
/** A name before its place or scope: "wetland" of "wetland at Heron Marsh". */
const headOf = (s: string) => s.split(/\s+(?:at|in|on|across|within)\s+/i)[0]

function wordOverlap(a: string, b: string): number {
  const x = wordsOf(a)
  const y = wordsOf(b)
  if (!x.size || !y.size) return 0
  let shared = 0
  for (const w of x) if (y.has(w)) shared++
  const small = Math.min(x.size, y.size)
  // One name inside the other ("unemployment rate" in "surveyed urban unemployment rate").
  if (shared === small) return 0.6 + 0.35 * (small / Math.max(x.size, y.size))
  return (2 * shared) / (x.size + y.size)
}

/**
 * Names in words (English): by shared words, not characters; four letters in
 * common ("ment", "tion") say nothing, as four Han characters would. Names
 * that differ only in their place ("wetland at Heron Marsh", "wetland at
 * Millbrook") are compared by what comes before it, a little less sure.
 */
function wordSimilarity(a: string, b: string): number {
  const whole = wordOverlap(a, b)
  const ha = headOf(a)
  const hb = headOf(b)
  return ha === a && hb === b ? whole : Math.max(whole, 0.8 * wordOverlap(ha, hb))
}

function longestCommonRun(a: string, b: string): number {
  let best = 0
  const prev = new Array(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    let diag = 0
    for (let j = 1; j <= b.length; j++) {
      const keep = prev[j]
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0
      if (prev[j] > best) best = prev[j]
      diag = keep
    }
  }
  return best
}

/** A figure named by one counted noun alone ("residents", "households"): it says little of what is counted. */
const unitOnly = (t: Target) => t.unit !== '' && !/\s/.test(t.metric.trim()) && !HAN.test(t.metric) && norm(t.metric) === norm(t.unit)

/** One figure per indicator: a report that repeats "GDP grew 5.2%" says it once. */
export function distinctTargets(targets: Target[], groups: string[][] = SYNONYMS): Target[] {
  const seen = new Set<string>()
  return targets.filter((t) => {
    const b = toBase(t.value, t.unit)
    const k = [canonical(t.metric, groups), b.value, t.high ?? '', b.unit, t.measure, t.role, t.period].join('|')
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/**
 * Candidate pairs for large reports: targets of the same measure sharing a
 * rare character pair of their metric names (or the same canonical name).
 */
function candidates(a: Target[], b: Target[], groups: string[][]): [number, number][] {
  const key = (t: Target) => canonical(t.metric, groups)
  const grams = (t: Target) => {
    const k = key(t)
    const out = new Set<string>([`=${k}`])
    for (let i = 0; i + 1 < k.length; i++) out.add(k.slice(i, i + 2))
    return out
  }
  const index = new Map<string, number[]>()
  b.forEach((t, j) => {
    for (const g of grams(t)) {
      const k = `${t.measure}|${g}`
      const list = index.get(k)
      if (list) list.push(j)
      else index.set(k, [j])
    }
  })
  const out: [number, number][] = []
  a.forEach((t, i) => {
    const hits = new Map<number, number>()
    for (const g of grams(t)) {
      const list = index.get(`${t.measure}|${g}`)
      if (!list || list.length > 400) continue
      for (const j of list) hits.set(j, (hits.get(j) ?? 0) + (g.startsWith('=') ? 10 : 1))
    }
    for (const [j] of [...hits].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, 16)) out.push([i, j])
  })
  return out
}

/**
 * The best one-to-one pairing of two lists of figures, in two rounds: first among names that are the same
 * or nearly (`strong`), then the rest — so that two weak likenesses never outweigh one sure match
 * ("商品零售额" with its namesake, not with "实物商品网上零售额" while another pairs with the namesake).
 */
function pairUp(a: Target[], b: Target[], score: (x: Target, y: Target) => number, groups: string[][], strong: (x: Target, y: Target) => boolean): [number, number][] {
  const edges: (Edge & { strong: boolean })[] = []
  const consider = (i: number, j: number) => {
    const w = score(a[i], b[j])
    if (w > 0) edges.push({ i, j, w, strong: strong(a[i], b[j]) })
  }
  if (a.length * b.length <= DENSE_LIMIT) {
    for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) consider(i, j)
  } else for (const [i, j] of candidates(a, b, groups)) consider(i, j)
  const first = assignEdges(edges.filter((e) => e.strong), a.length)
  const usedB = new Set(first.filter((j) => j >= 0))
  const second = assignEdges(edges.filter((e) => first[e.i] < 0 && !usedB.has(e.j)), a.length)
  return first
    .map((j, i) => [i, j >= 0 ? j : second[i]] as [number, number])
    .filter(([, j]) => j >= 0)
}

/**
 * How near two figures are in size, 1 (equal) to 0 (ten times apart or more, or of opposite signs): between
 * names alike, "商品零售额 1745.3亿元" is the counterpart of 1812.3亿元, not of 312.5亿元 sold online.
 */
function closeness(x: Target, y: Target): number {
  const a = toBase(x.value, x.unit).value
  const b = toBase(y.value, y.unit).value
  if (a === b) return 1
  if (a * b <= 0) return 0
  return Math.max(0, 1 - Math.abs(Math.log(a / b)) / Math.LN10)
}

/** The year most of a report's goals are for (the earliest of equals), or undefined. */
function usualGoalYear(targets: Target[], role: Target['role'] = 'target'): string | undefined {
  const count = new Map<string, number>()
  for (const t of targets) if (t.role === role && t.period) count.set(t.period.slice(0, 4), (count.get(t.period.slice(0, 4)) ?? 0) + 1)
  return [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0]
}

/** new − old: by the lower ends, and for ranges with equal lower ends by the upper ends ("5–6%" → "5–7%" is raised). */
function direction(x: Target, y: Target): { status: 'kept' | 'raised' | 'lowered'; delta: number } {
  const base = (v: number, t: Target) => toBase(v, t.unit).value
  const scale = toBase(1, x.unit).value || 1
  const same = (p: number, q: number) => Math.abs(p - q) <= Math.max(Math.abs(p), Math.abs(q)) * 1e-9
  const a = base(x.value, x)
  const b = base(y.value, y)
  if (!same(a, b)) return { status: b > a ? 'raised' : 'lowered', delta: (b - a) / scale }
  const ah = base(x.high ?? x.value, x)
  const bh = base(y.high ?? y.value, y)
  if (same(ah, bh)) return { status: 'kept', delta: 0 }
  return { status: bh > ah ? 'raised' : 'lowered', delta: (bh - ah) / scale }
}

/** A bare count whose name says what it counts, as the other's unit does: "falls with harm" 44 and "47 falls". */
function countNamedBy(bare: Target, counted: Target): boolean {
  if (bare.unit !== '' || !/^[a-z][a-z -]*$/i.test(counted.unit)) return false
  const noun = counted.unit.toLowerCase().split(' ').pop()!.replace(/s$/, '')
  return noun.length >= 3 && bare.metric.toLowerCase().split(/[^a-z]+/).some((w) => w === noun || w === `${noun}s`)
}

/**
 * Match the figures of two reports and say what became of each: kept, raised,
 * lowered, dropped or added (same role: goal with goal, result with result);
 * and where a goal for year P meets a result for year P, met, exceeded or missed.
 * `linked(oldSection, newSection)` tells whether two sections were aligned.
 */
export function compareTargets(oldTargets: Target[], newTargets: Target[], linked: (a: string | null, b: string | null) => boolean, options: Partial<MatchOptions> = {}): TargetChange[] {
  const o = { ...defaults, ...options }
  const groups = [...o.synonyms, ...SYNONYMS]
  const A = distinctTargets(oldTargets, groups)
  const B = distinctTargets(newTargets, groups)
  // Whether the new report is of a later year than the old one (by the year most of its goals are for); of the same, neither way.
  const yearA = usualGoalYear(A)
  const yearB = usualGoalYear(B)
  const forward: boolean | undefined = yearA && yearB && yearA !== yearB ? yearB > yearA : undefined
  // Which report is the later, by the year most of its results are for ("2023 results" in a plan for 2024-28, "2024/25"
  // in its first year's report), else by its goals: a goal of the later report is for the same year or later.
  const [doneA, doneB] = [usualGoalYear(A, 'actual'), usualGoalYear(B, 'actual')]
  const later: boolean | undefined = doneA && doneB && doneA !== doneB ? doneB > doneA : forward
  // The years each report gives an indicator's goals (or results) for. Where both give several (a table of
  // "FY2024 target | FY2026 target" against "FY2024 target | FY2025 target"), a year is compared with itself…
  const indicator = (t: Target) => `${t.role}|${t.measure}|${canonical(t.metric, groups)}`
  const years = (ts: Target[]) => {
    const out = new Map<string, Set<string>>()
    for (const t of ts) if (t.period) out.set(indicator(t), (out.get(indicator(t)) ?? new Set()).add(t.period))
    return out
  }
  const yearsA = years(A)
  const yearsB = years(B)
  const score = (x: Target, y: Target, sameRole: boolean) => {
    if (x.measure !== y.measure || (sameRole ? x.role !== y.role : !(x.role === 'target' && y.role === 'actual' && x.period !== null && x.period === y.period))) return 0
    if (!compatibleUnits(x.unit, y.unit) && !countNamedBy(x, y) && !countNamedBy(y, x)) return 0
    // A figure named only by what it counts ("148,200 residents") pairs only within linked sections.
    const linkedHere = linked(x.section, y.section)
    if ((unitOnly(x) || unitOnly(y)) && !linkedHere) return 0
    if (sameRole && x.period !== null && y.period !== null && x.period !== y.period) {
      const [inA, inB] = [yearsA.get(indicator(x)), yearsB.get(indicator(y))]
      // Between reports of one year, a report that gives the indicator a figure for the other's year has that one for
      // the counterpart: "1,000 homes by 2028" beside "220 homes in 2024/25" in a plan pairs with no 2024/25 figure of
      // its first year's report. (Year on year, a goal pairs with next year's, not with its own restatement.)
      if (forward === undefined && x.role === 'target' && (inA?.has(y.period) || inB?.has(x.period))) return 0
      // ("1,000 homes by 2028" in a plan is not lowered by "220 homes in 2024/25" in its first year's report. The same
      // figure may be: a plan's yearly goal, "1,500 trees a year", is dated its last year.)
      if (x.role === 'target' && later !== undefined && y.period > x.period !== later && direction(x, y).status !== 'kept') return 0
      // …except the latest year of each when the reports move on ("2023 | 2024" → "2024 | 2025", or back when swapped).
      if (inA && inB && inA.size > 1 && inB.size > 1) {
        const [a, b] = [[...inA].sort(), [...inB].sort()]
        const shifted = Math.sign(a[0].localeCompare(b[0])) === Math.sign(a[a.length - 1].localeCompare(b[b.length - 1])) && a[0] !== b[0]
        if (!(shifted && x.period === a[a.length - 1] && y.period === b[b.length - 1])) return 0
      }
    }
    const sim = metricSimilarity(x.metric, y.metric, groups)
    if (sim < o.threshold) return 0
    // Year on year, the new report's figure for a later year is the counterpart, not the old year's restated
    // (and the other way round when the old report is the later one).
    const onward = sameRole && x.period !== null && y.period !== null && x.period !== y.period && y.period > x.period === forward ? 0.05 : 0
    return sim + (linkedHere ? 0.2 : 0) + (onward || (x.period === y.period ? 0.02 : 0)) + (x.unit === y.unit ? 0.02 : 0) + 0.03 * closeness(x, y)
  }
  const changes: TargetChange[] = []
  const sure = (x: Target, y: Target) => metricSimilarity(x.metric, y.metric, groups) >= 0.9
  const pairs = pairUp(A, B, (x, y) => score(x, y, true), groups, sure)
  const usedA = new Set(pairs.map(([i]) => i))
  const usedB = new Set(pairs.map(([, j]) => j))
  for (const [i, j] of pairs) {
    const x = A[i]
    const y = B[j]
    const { status, delta } = direction(x, y)
    const lower = x.lowerIsBetter || y.lowerIsBetter
    const better = status === 'kept' ? null : (status === 'raised') !== lower
    const note = status === 'kept' ? undefined : `${status}${lower ? ` · ${better ? 'better' : 'worse'}` : ''}${x.value < 0 && y.value < 0 ? (status === 'lowered' ? ' · cut deepened' : ' · cut eased') : ''}`
    changes.push({ status, metric: y.metric, old: x, new: y, delta, better: lower ? better : null, ...(note ? { note } : {}) })
  }
  A.forEach((x, i) => usedA.has(i) || changes.push({ status: 'dropped', metric: x.metric, old: x, new: null }))
  B.forEach((y, j) => usedB.has(j) || changes.push({ status: 'added', metric: y.metric, old: null, new: y }))

  // A plan against its execution report: goals for year P against results for year P — goals the old report sets,
  // not ones it recalls in passing while reporting on P ("未完成年初确定的增长5%的目标"), which two districts' reports
  // for the same year would otherwise set against each other's results.
  // (Only between two reports whose goals are for the same year: a half-year review's goals for the year are its own.)
  const tally = new Map<string, number>()
  if (yearA !== undefined && yearA === yearB) for (const t of A) if (t.period) tally.set(t.period, (tally.get(t.period) ?? 0) + (t.role === 'actual' ? 1 : -1))
  const goals = A.filter((t) => t.role === 'target' && !(t.period && tally.get(t.period)! > 0))
  const results = B.filter((t) => t.role === 'actual')
  for (const [i, j] of pairUp(goals, results, (x, y) => score(x, y, false), groups, sure)) {
    const goal = goals[i]
    const result = results[j]
    const { delta } = direction(goal, result)
    // ("压减5%以上", "a cut of at least 5%": a fall's floor is met by a deeper fall.)
    const deeperCut = goal.value < 0 && goal.measure === 'growth' && FLOOR_QUALIFIERS.has(goal.qualifier ?? '')
    const lower = goal.lowerIsBetter || deeperCut || CEILING_QUALIFIERS.has(goal.qualifier ?? '')
    const slack = goal.qualifier === '左右' || goal.qualifier === 'about' ? Math.abs(goal.value) * 0.05 : 0
    const gap = lower ? -delta : delta
    // A result inside a goal's range ("5–6%") meets it.
    const inRange = goal.high !== undefined && toBase(result.value, result.unit).value >= toBase(goal.value, goal.unit).value && toBase(result.value, result.unit).value <= toBase(goal.high, goal.unit).value
    // ("below 18 weeks" is missed at 18; "at most 44" and 以下 are met at their figure.)
    const strict = goal.qualifier === 'below' && !CEILING_QUALIFIERS.has(result.qualifier ?? '') && Math.abs(delta) <= 1e-9
    const status = strict ? 'missed' : inRange || Math.abs(delta) <= slack + 1e-9 ? 'met' : gap > 0 ? 'exceeded' : 'missed'
    changes.push({ status, metric: goal.metric, old: goal, new: result, delta, better: status !== 'missed', note: inRange ? `${status} · within the range` : `${status} · gap ${delta > 0 ? '+' : ''}${Math.round(delta * 100) / 100}${/^[%\p{Script=Han}]/u.test(goal.unit) || !goal.unit ? '' : ' '}${goal.unit}` })
  }
  const order = (c: TargetChange) => (c.old ? c.old.line : 1e9) * 1e6 + (c.new ? c.new.line : 0)
  return changes.sort((a, b) => order(a) - order(b) || (a.old?.column ?? 0) - (b.old?.column ?? 0) || (a.new?.column ?? 0) - (b.new?.column ?? 0))
}
