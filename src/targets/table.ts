import type { Block } from '../ingest/types.js'
import { headingYear } from './context.js'
import type { Measure, Role, Target } from './types.js'
import { qualifierBefore } from './numbers.js'
import { ZH_UNIT } from './units.js'

/**
 * Figures of a table row, read the way a reader reads an indicator table:
 * the row's label names the indicator, the column's header says whether the
 * figure is a goal or a result and for which year, and the unit comes from
 * the cell, a unit column, the column's header or the label, in that order.
 *
 *   指标 | 单位 | 2024年计划 | 2024年完成 | 2025年目标
 *   地区生产总值增长 | % | 6 | 5.8 | 5.5左右
 */
export interface CellFigure extends Pick<Target, 'metric' | 'value' | 'high' | 'unit' | 'measure' | 'qualifier'> {
  /** Where the cell's figure starts in the row's text. */
  start: number
  /** As the column's header says; undefined when it does not. */
  role?: Role
  period?: string
  /** Label, header and cell, for a reader: "地区生产总值增长 · 2025年目标 · 5.5左右". */
  text: string
  /** As an arrow by the label says ("Days to decide a claim (↓)"); undefined when none does. */
  lowerIsBetter?: boolean
  /** Under a header of the year before the report's, named so and not by its year ("上年同期", "Prior year"). */
  yearBefore?: boolean
}

/** A column of the year before the report's: "上年同期", "上年末", "Prior year" (not a change over it). */
const YEAR_BEFORE_HEADER = /上年同期|上年末|上年|去年|上期|prior year|previous year|last year/i

/** An arrow by a label saying which way is better: "(↓)", "↑". */
const DIRECTION = /\s*[（(]?\s*([↓↑])\s*[)）]?\s*$/

const number = (s: string) => Number(s.replace(/,/g, ''))
const cellsOf = (b: Block) => b.row!.cells.map(([s, e]) => b.text.slice(s, e))

const QUAL_AFTER: Record<string, string> = { 左右: '左右', 上下: '左右', 以上: '以上', 以内: '以内', 以下: '以下', '+': 'at least' }
const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`
const CELL = new RegExp(
  // ("〔14〕", "[14]": a plan's total over its whole period, in the brackets such tables use.)
  String.raw`^(?<pre>约|近|超过|不低于|不少于|不超过|不高于|不大于|不多于|低于|a minimum of|about|around|over|more than|at least|no fewer than|no less than|not more than|no more than|fewer than|less than|at most|below|under|up to|[<>≤≥＜＞])?\s*(?<sign>[-+−–])?\s*(?<cur>[$€£¥₹])?(?<total>[〔［\[])?(?<a>${NUMBER})[〕］\]]?(?:\s*(?:-|–|~|～|至|to)\s*(?<b>${NUMBER}))?\s*(?<unit>%|％|个百分点|百分点|pp|percentage points?|per ?cent|${ZH_UNIT}|[a-z][a-z ]{0,24}?)?\s*(?<post>左右|上下|以上|以内|以下|\+)?$`,
  'iu',
)
/** A unit in brackets at the end of a header or label: "（亿元）", "(%)", "($ million)". */
// (Not a year: "Baseline (2019)", "规划目标（2025年）" say when, not in what.)
const BRACKET_UNIT = /\s*[（(]\s*(?!(?:FY\s?)?(?:19|20)\d{2}(?:\s*[-–/]\s*\d{2,4})?\s*(?:年度?)?\s*[）)])([^（()）]{1,12}?)\s*[）)]\s*$/
const LABEL_HEADER = /^(指标|指标名称|主要指标|具体指标|indicators?|measures?|metrics?)$/i
const CATEGORY_HEADER = /^(类别|分类|领域|方面|类型|序号|编号|categor(?:y|ies)|themes?|areas?|domains?|types?|no\.?|#)$/i
const UNIT_HEADER = /^(单位|计量单位|units?)$/i
// (Whole words: "Resource" names the rows, it is no source.)
// (A standard or limit, "二级标准", "限值", is the law's, no goal or result of the report.)
const SKIP_HEADER = /^(序号|编号|no\.?|#)$|备注|说明|注释|来源|标准(值|限值)?$|限值|\b(?:notes?|comments?|sources?)\b/i
// (A baseline is a result of its year: "Baseline 2023/24", "2020年基数".)
const ACTUAL_HEADER = /完成|实际|执行|实绩|预计(?!目标)|基数|基期|基准值|现状|actual|outturn|results?|achieved|delivered|out-?turn|baseline/i
// ("Total authorities available for use": what a budget allows, beside what was spent.)
const TARGET_HEADER = /目标|计划|预期|预算|target|goal|plan|budget|forecast|estimate|authorit(?:y|ies) available|appropriation|allocation/i
const GROWTH_WORDS = '同比增长|比上年增长|实际增长|名义增长|增减变动|增减|变动比例|增长率|增长|成长率|成长|增速|增幅|上涨|涨幅|变化幅度|变化率|变幅|同比变化|growth|change|increase'
const GROWTH = new RegExp(`(${GROWTH_WORDS})\\s*$`, 'i')
/** A header over rates of change: "年均增长/累计", "增速（%）", "Change". */
const GROWTH_COLUMN = new RegExp(`(${GROWTH_WORDS})(\\s*[/／、]\\s*[〔［\\[]?累计[〕］\\]]?)?\\s*$`, 'i')
/** A label that names a fall ("单位地区生产总值能耗降低"): its figures are negative growth, as "能耗下降2.5%" in a sentence. */
const FALL = /(同比下降|比上年下降|下降|降低|减少|decrease|reduction)\s*$/i
/** An English label naming a fall: "Reduction in GHG emissions" (the words are no part of the name), "GHG emissions below 2019 level". */
const EN_FALL_LEAD = /^(?:reduction|decrease|cut|decline)s?\s+(?:in|of)\s+/i
const EN_FALL_LABEL = new RegExp(`${EN_FALL_LEAD.source}|\\bbelow\\s+(?:the\\s+)?(?:(?:19|20)\\d{2}|baseline)\\b`, 'i')
/** A column of how much of its goal each indicator reached. */
const COMPLETION_HEADER = /完成率|完成进度|达成率|完成比例|完成(?:调整)?预算|completion rate|% of target/i
/** A year and its figure, one of several in a cell: "2023–24: 69%". */
const YEAR_VALUE = /(?:^|\s)((?:FY\s?)?(?:19|20)\d{2}(?:\s*[-–/]\s*\d{2,4})?)\s*[:：]\s*([^\s:：]+(?:\s+(?!(?:FY\s?)?(?:19|20)\d{2})[^\s:：]+)*)/gi
/** A note set beside a cell's figure: "(see note)", "(note 2)", "*", "†", a superscript after a figure (not m²). */
// ("30（预计）", "84.5(e)": an estimate marked beside its figure is still the figure.)
const CELL_NOTE = /\s*(?:\((?:see\s+)?notes?\b[^)]*\)|[（(](?:预计|预计数|估计|初步|e|est\.?|estimated|provisional|p)[）)]|[*†‡§]+|(?<=[\d%％])[¹²³]+)$/i
/** A header cell that is only a year ("2024", "2024-25"): a column of that year's figures. */
const YEAR_HEADER = /^(FY\s?)?(19|20)\d{2}(\s*[-–/]\s*\d{2,4})?(\s+[A-Za-z].*|年度?.{0,8})?$/

/** A line set above a table giving the unit of its figures: "单位：万元", "（单位：亿元）", "单位：元 币种：人民币", "(₹ crore)", "Figures in £ million". */
const TABLE_UNIT = /^[（(]?\s*(?:(?:金额|计量)?单位\s*[:：]\s*|(?:figures|amounts?|all figures)\s+(?:are\s+)?in\s+|units?\s*:\s*|in\s+)?((?:[$€£¥₹]|Rs\.?)\s*(?:in\s+)?(?:thousands?|millions?|billions?|lakhs?|crores?|bn|m)?|[万亿千百]*元|万美元|亿美元)\s*(?:[、,，/]\s*%)?\s*(?:币种\s*[:：]\s*\S{1,6})?\s*[）)]?$/i

/** The unit each table's figures are in, where a line right above it says ("单位：万元"). */
export function tableUnits(blocks: Iterable<Block>): Map<number, string> {
  const units = new Map<number, string>()
  // The two lines before a table's first row: the unit may stand above a header line the table did not take in.
  let before: Block[] = []
  const seen = new Set<number>()
  for (const b of blocks) {
    if (b.row && !seen.has(b.row.table)) {
      seen.add(b.row.table)
      const m = before.filter((x) => !x.row).map((x) => TABLE_UNIT.exec(x.text.trim())).find(Boolean)
      if (m) units.set(b.row.table, m[1].replace(/\s+in\s+/i, ' ').replace(/\s+/g, ' ').replace(/^(Rs)\.?/i, 'Rs').replace(/^([$€£¥₹]|Rs) ?/, '$1 ').trim())
    }
    before = [b, ...before].slice(0, 2)
  }
  return units
}

/** A table's header: the rows that head it, and one row of their cells merged column by column. */
export interface TableHeader {
  block: Block
  rows: Set<Block>
}

/** Whether a row holds figures: a cell after its label that reads as one (a year heads a column), or a cell of yearly figures. */
function hasFigures(b: Block): boolean {
  return cellsOf(b)
    .slice(1)
    .some((c) => (CELL.test(c.trim()) && !YEAR_HEADER.test(c.trim())) || [...c.matchAll(YEAR_VALUE)].length >= 2)
}

/**
 * The rows that head each table: of the rows before its first row of figures, those the markup marks, or
 * else the first row of column headers (a title or group row of one cell heads nothing) and up to two rows
 * under it that read as headers; failing those, the last row the markup marks. A header set on two lines
 * or two rows ("FY 2021 … FY 2025" over "Actual … Target") is read as one: each column's header is its
 * cells from top to bottom.
 */
export function tableHeaders(blocks: Iterable<Block>): Map<number, TableHeader> {
  const leading = new Map<number, Block[]>()
  const marked = new Map<number, Block>()
  const body = new Set<number>()
  for (const b of blocks) {
    if (!b.row) continue
    const { table, header } = b.row
    if (header) marked.set(table, b)
    if (body.has(table)) continue
    if (header || !hasFigures(b)) leading.set(table, [...(leading.get(table) ?? []), b])
    else body.add(table)
  }
  const headers = new Map<number, TableHeader>()
  for (const [table, rows] of leading) {
    // Rows the markup marks as the header are the header; else the first row of column headers, and the
    // rows under it that say only what headers say ("Actual", "Target/Est.", "（2025年）", "Notes").
    const marked = rows.filter((r) => r.row!.header)
    const full = rows.filter((r) => cellsOf(r).filter((c) => c.trim()).length >= 2)
    const first = full[0] ?? rows[0]
    const heads = marked.length ? marked : [first, ...full.slice(full.indexOf(first) + 1, full.indexOf(first) + 3).filter(headerLike)]
    headers.set(table, { block: heads.length === 1 ? heads[0] : mergedHeader(heads), rows: new Set(heads) })
  }
  for (const [table, b] of marked) if (!headers.has(table)) headers.set(table, { block: b, rows: new Set([b]) })
  return headers
}

/** A row of column headers under another: a label column empty or naming the measures, and the other cells short words a header uses. */
function headerLike(b: Block): boolean {
  const [label, ...rest] = cellsOf(b).map((c) => c.trim())
  const head = (c: string) => !c || c.length <= 24 && (YEAR_HEADER.test(c) || ACTUAL_HEADER.test(c) || TARGET_HEADER.test(c) || SKIP_HEADER.test(c) || UNIT_HEADER.test(c) || GROWTH_COLUMN.test(c) || /^[（(/／].*[)）]?$|^[/／]?[〔［\[]?累计|^(?:[$€£¥₹]\s?(?:m|bn|k|'000|000|million|billion)?|%|[万亿千百]*元)$/i.test(c))
  return (!label || /measure|indicator|standard|metric|service|output|kpi|description|指标|项目|名称|类别|序号/i.test(label)) && rest.every(head)
}

/**
 * Header rows merged into one, column by column. In the rows above the last, a cell heads the empty cells right of it
 * (a span: "2023年" over "目标 | 完成"), from the third column on: the label column and the one after it inherit nothing.
 */
function mergedHeader(rows: Block[]): Block {
  const width = Math.max(...rows.map((r) => r.row!.cells.length))
  const grid = rows.map((r) => {
    const cells = Array.from({ length: width }, (_, i) => (cellsOf(r)[i] ?? '').trim())
    return cells
  })
  for (const cells of grid.slice(0, -1)) for (let i = 2; i < width; i++) if (!cells[i] && cells[i - 1]) cells[i] = cells[i - 1]
  const merged = Array.from({ length: width }, (_, i) => grid.map((cells) => cells[i]).filter(Boolean).join(' '))
  const spans: [number, number][] = []
  let at = 0
  for (const m of merged) {
    spans.push([at, at + m.length])
    at += m.length + 3
  }
  const text = merged.join(' | ')
  return { text, src: new Int32Array(text.length).fill(rows[0].src[0] ?? 0), kind: 'row', row: { table: rows[0].row!.table, header: true, cells: spans } }
}

/** The figures of one body row, read against its table's header row (if any); in a Chinese report (`zh`), "≤28" is 28以下. */
export function rowFigures(row: Block, header: Block | undefined, tableUnit = '', zh = false): CellFigure[] {
  if (!row.row || row === header) return []
  const cells = cellsOf(row)
  const heads = header ? cellsOf(header) : []
  const skip = new Set(heads.flatMap((h, i) => (SKIP_HEADER.test(h.trim()) || UNIT_HEADER.test(h.trim()) ? [i] : [])))
  const unitColumn = heads.findIndex((h) => UNIT_HEADER.test(h.trim()))
  // The label is the cell under a header naming the indicators ("类别 | 指标 | …": the category before it names a
  // group), else the first cell that is not a serial number or skipped.
  const named = heads.findIndex((h) => LABEL_HEADER.test(h.trim()))
  const labelAt = named > 0 && CATEGORY_HEADER.test(heads[0].trim()) && (cells[named] ?? '').trim() !== '' && !CELL.test(cells[named].trim()) ? named : cells.findIndex((c, i) => !skip.has(i) && c.trim() !== '' && !/^\d{1,3}\.?$/.test(c.trim()))
  if (labelAt < 0) return []
  let label = cells[labelAt].trim()
  const arrow = DIRECTION.exec(label)?.[1]
  label = label.replace(DIRECTION, '')
  const labelUnit = BRACKET_UNIT.exec(label)?.[1]
  // "其中：限上消费品零售额", "of which: exports": a part of the row above, named by itself.
  // "1.1 Percentage of requests met": the measure's number is no part of its name.
  // "1.地区生产总值", "（3）城镇化率": a serial number is no part of the name either.
  label = label.replace(BRACKET_UNIT, '').replace(/^(?:其中|含|of which)\s*[:：,]?\s*/i, '').replace(/^\d{1,2}(?:\.\d{1,2})+\s+(?=\S)/, '').replace(/^(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])\s*(?=[^\d\s])/, '')
  const labelFall = FALL.test(label) || EN_FALL_LABEL.test(label)
  const labelGrowth = labelFall || GROWTH.test(label)
  const metric = label.replace(labelFall ? FALL : GROWTH, '').replace(EN_FALL_LEAD, '').replace(/[:：]$/, '').trim() || label
  const out: CellFigure[] = []
  cells.forEach((raw, i) => {
    if (i <= labelAt || skip.has(i)) return
    const head = (heads[i] ?? '').trim()
    const [start] = row.row!.cells[i]
    // "2022–23: 68%  2023–24: 69%  2024–25: 73%": one cell listing a figure for each year.
    const yearly = [...raw.matchAll(YEAR_VALUE)]
    if (yearly.length >= 2 && raw.replace(YEAR_VALUE, '').trim() === '') {
      for (const y of yearly) readCell(y[2], start + y.index! + y[0].indexOf(y[2], y[1].length), head, headingYear(y[1]))
      return
    }
    readCell(raw, start, head, headingYear(head))
  })

  function readCell(raw: string, start: number, head: string, period: string | undefined): void {
    // A note beside the figure ("95% (see note)", "12,500*") is no part of it.
    const cell = raw.trim().replace(CELL_NOTE, '')
    const m = CELL.exec(cell)
    if (!m) return
    const g = m.groups!
    // A year in a body cell ("完成时间 | 2024") is a date, not a figure.
    // ("2026–27 raised", "2025-26": a year or a fiscal year opening a note.)
    const fiscalEnd = g.b !== undefined && Number(g.b.slice(-2)) === (Number(g.a) + 1) % 100 && /^(?:(?:19|20)?\d{2})$/.test(g.b)
    if (!g.cur && /^(19|20)\d{2}$/.test(g.a) && (!g.unit || (fiscalEnd && !/%|％|per ?cent|个百分点|pp/i.test(g.unit)))) return
    // ("完成预算%", "比上年增长%": a header ending in a per cent sign is in per cent.)
    const headUnit = BRACKET_UNIT.exec(head)?.[1] ?? (/[%％]$/.test(head) ? '%' : undefined)
    const own = g.unit ? g.unit.trim() : ''
    const unitCell = unitColumn >= 0 ? (cells[unitColumn] ?? '').trim() : ''
    // A column's own unit ("完成率（%）") comes before the row's unit column ("亿元").
    // A growth column ("年均增长/累计") is in per cent whatever the row's unit ("地区生产总值（亿元）") — but a total
    // over the plan's years in brackets ("城镇新增就业（万人） 〔50〕") is in the row's unit, unless the row names a change.
    const total = g.total !== undefined && !labelGrowth
    const growthHead = GROWTH_COLUMN.test(head.replace(BRACKET_UNIT, '').replace(/[%％]$/, ''))
    const growthColumn = growthHead && !total
    const percent = growthColumn && /\p{Script=Han}/u.test(head) && !labelGrowth
    // (The table's unit is of its sums, not of a column that counts: "项目数", "Number of schemes".)
    const counts = /项目数|个数|人数|户数|件数|家数|次数|数量|\bcount\b|\bnumber\b/i.test(head)
    let unit = [g.cur ? `${g.cur} ` : '', own].join('').trim() || headUnit || (percent ? '%' : unitCell || labelUnit || (counts ? '' : tableUnit)) || ''
    unit = unit.replace(/^％$/, '%').replace(/^(per ?cent|percent)$/i, '%').replace(/^百分点$/, '个百分点')
    // A total over the years of a rate ("森林覆盖率（%） 〔2〕" under 累计) is its rise in points.
    if (total && growthHead && unit === '%') unit = '个百分点'
    const negative = (g.sign === '-' || g.sign === '−' || g.sign === '–') !== labelFall
    const value = negative ? -number(g.a) : number(g.a)
    const high = g.b !== undefined ? (negative ? -number(g.b) : number(g.b)) : undefined
    const growth = labelGrowth || growthColumn || unit === '个百分点' || unit === 'pp'
    const measure: Measure = growth ? 'growth' : unit === '%' || unit === '‰' ? 'share' : 'amount'
    const qualifier = (g.pre && qualifierBefore(g.pre, zh)) || (g.post && QUAL_AFTER[g.post]) || null
    const yearBefore = !period && !growthHead && YEAR_BEFORE_HEADER.test(head)
    const role: Role | undefined = ACTUAL_HEADER.test(head) || yearBefore ? 'actual' : TARGET_HEADER.test(head) ? 'target' : undefined
    out.push({
      start: start + raw.indexOf(cell),
      // "完成率（%）": the share of its goal the row's indicator reached is a figure of its own.
      metric: COMPLETION_HEADER.test(head) ? `${metric}${/[A-Za-z]$/.test(metric) ? ' ' : ''}${COMPLETION_HEADER.exec(head)![0].replace(/^完成(?:调整)?预算$/, '完成率')}` : metric,
      value,
      ...(high !== undefined ? { high } : {}),
      unit,
      measure,
      qualifier,
      role,
      period,
      text: [cells[labelAt].trim(), head, cell].filter(Boolean).join(' · '),
      ...(arrow ? { lowerIsBetter: arrow === '↓' } : {}),
      ...(yearBefore ? { yearBefore } : {}),
    })
  }
  return out
}
