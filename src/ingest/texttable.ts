import { dropCjkSpaces } from './spaces.js'
import { joinBlocks, sliceBlock } from './positions.js'
import { joinLines } from './join.js'
import type { Block } from './types.js'
import { displayWidth } from '../text/width.js'

/**
 * Tables in plain text: what a PDF's indicator table becomes when its text is
 * copied — one line per row, cells set apart by runs of spaces or tabs.
 *
 *   指标名称    单位    2023年完成    2024年目标
 *   地区生产总值增速    %    5.6    5.5左右
 */

/** A cell's [start, end) in the source text. */
export type Span = [number, number]

const GAP = /\t+|[ \u3000]{2,}/g
const MAX_CELL = 80

/** The pieces of text[start, end) set apart by runs of spaces or tabs. */
function gapPieces(text: string, start: number, end: number): Span[] {
  const pieces: Span[] = []
  let from = 0
  for (const m of text.slice(start, end).matchAll(GAP)) {
    pieces.push([start + from, start + m.index!])
    from = m.index! + m[0].length
  }
  pieces.push([start + from, end])
  return pieces
}

/** The cells of a line set out in columns (three or more), or undefined. */
export function columnCells(text: string, start: number, end: number): Span[] | undefined {
  const line = text.slice(start, end)
  // Most lines have no gap at all: a cheap look first.
  if (!line.includes('  ') && !line.includes('\t') && !line.includes('\u3000')) return singleSpaced(text, start, end)
  const cells = letterSpaced(text, gapPieces(text, start, end))
  if (cells.length < 3 || cells.some(([s, e]) => e - s > MAX_CELL || e === s)) return undefined
  return cells
}

/** A header spread over its column a character at a time ("指      标", "属  性") is one cell. */
function letterSpaced(text: string, pieces: Span[]): Span[] {
  const single = ([s, e]: Span) => e - s === 1 && /\p{Script=Han}/u.test(text[s])
  const out: Span[] = []
  for (let i = 0; i < pieces.length; i++) {
    let j = i
    while (single(pieces[i]) && j + 1 < pieces.length && single(pieces[j + 1])) j++
    out.push(j > i ? [pieces[i][0], pieces[j][1]] : pieces[i])
    i = j
  }
  return out
}

/**
 * A Chinese table a PDF gave with one space between its cells ("地区生产总值 亿元 498.7 531 6.5左右"): Chinese prose
 * has no spaces, so short pieces of Han text and figures set apart by single spaces are cells.
 */
function singleSpaced(text: string, start: number, end: number): Span[] | undefined {
  const line = text.slice(start, end).trimEnd()
  // (Prose a PDF spaced around its figures, "预算收入同口径增长 1.3%,固定资产投资", has its punctuation.)
  if (!line.includes(' ') || !/^\p{Script=Han}{2}/u.test(line) || /[。，；！？、]|[,;.](?!\d)/.test(line)) return undefined
  const cells: Span[] = []
  let from = 0
  for (const m of line.matchAll(/ /g)) {
    cells.push([start + from, start + m.index!])
    from = m.index! + 1
  }
  cells.push([start + from, start + line.length])
  // Cells are short and whole: no Latin word run across them, none a single Han character (letter-spaced text).
  const pieces = cells.map(([s, e]) => text.slice(s, e))
  if (pieces.length < 3 || pieces.some((p) => p.length === 0 || p.length > 20 || /^[A-Za-z]+$/.test(p) || /^\p{Script=Han}$/u.test(p))) return undefined
  return cells
}

/** A figure standing alone in a cell: "5.6", "5.5左右", "52以上", "$4.5m", "95%", "1,200". */
const FIGURE_CELL = /^(约|近|超过|不低于|不少于|不超过|about|over|at least|no more than|no fewer than|fewer than|less than|up to|below|under|[<>≤≥~])?\s*[-+−–]?\s*[$€£¥]?\d[\d,]*(\.\d+)?\s*[^\s\d]{0,6}$/i
/** A figure as a plan's table sets it: a dash for none, a total over the years in brackets, a bound. */
const PLAN_CELL = /^(?:[-—–]+|[〔［[][\d.,]+[〕］\]]|[＞＜][\d.,]+\S{0,4})$/
/** A cell that is a year or a fiscal year, as a column's header gives it. */
const YEAR_CELL = /^(?:FY\s?)?(?:19|20)\d{2}(?:\s*[-–/]\s*\d{2,4})?\s*(?:年度?)?$/i
/** A cell that says there is no figure: "—", "-", "n/a", "/". */
const EMPTY_CELL = /^([-—–/]|n\/?a|…|\.{3})$/i

/** Whether a row's cells after its label are mostly figures (a body row, not prose set out in columns). */
export function figureRow(text: string, cells: Span[]): boolean {
  const values = cells.slice(1).map(([s, e]) => text.slice(s, e)).filter((c) => !EMPTY_CELL.test(c))
  // (A year heads a column: "2022年", "FY 2023", "2023–24" make a header row, not a body row.)
  const figures = values.filter((c) => figureCell(c) && !YEAR_CELL.test(c)).length
  return figures > 0 && figures * 3 >= values.length
}

/**
 * Which runs of consecutive column lines make a table: two lines or more, a body
 * row among them, cell counts within one of each other (two in a table of five columns or more, whose
 * rows may lack a category and have a label run into its figure). `cells[i]` is line i's
 * cells (undefined for a line of prose); the result maps a line to its table.
 */
export function textTables(text: string, cells: (Span[] | undefined)[], bridge: (i: number) => boolean = () => false): Map<number, number> {
  // A line of single-spaced pieces beside a table set out with wide gaps is a note or a caption, not a row of it.
  const spaced = cells.map((c) => c !== undefined && !/\t|[ \u3000]{2,}/.test(text.slice(c[0][0], c[c.length - 1][1])))
  cells = cells.map((c, i) => (spaced[i] && ((cells[i - 1] && !spaced[i - 1]) || (cells[i + 1] && !spaced[i + 1])) ? undefined : c))
  const out = new Map<number, number>()
  let table = 0
  for (let i = 0; i < cells.length; ) {
    if (!cells[i]) {
      i++
      continue
    }
    let j = i
    // (A group's name between rows, "Efficiency measures", does not end the table.)
    while (j < cells.length && (cells[j] || (cells[j + 1] && bridge(j)))) j++
    const run = cells.slice(i, j).filter((c): c is Span[] => c !== undefined)
    const widest = Math.max(...run.map((c) => c.length))
    // Cells set apart by single spaces are a table only under a header of their own: without it, whose year and
    // unit each column holds is a guess.
    const single = spaced[i]
    if (run.length >= 2 && run.some((c) => figureRow(text, c)) && run.every((c) => c.length >= Math.min(widest - 1, Math.max(3, widest - 2))) && !(single && run[0].some(([s, e]) => /^[-+]?\d[\d,.]*$/.test(text.slice(s, e)) && !/^(?:19|20)\d{2}$/.test(text.slice(s, e))))) {
      for (let k = i; k < j; k++) if (cells[k]) out.set(k, table)
      table++
    }
    i = j
  }
  return out
}

/** A note by a table: "* survey sample changed", "Source: …", "注：…". */
const NOTE = /^(?:[*†‡#]|\(?\d\)|source\b|note\b|notes\b|注|资料来源|数据来源)/i

/** The start of the source line holding `offset`. */
const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1

/**
 * A row's cells wrapped onto the lines below it, as a PDF sets a long label or "per cent" under its
 * figure: "1.1 Percentage of national water data      85 per cent" / "    sets published within 28 days".
 * Each piece of the `next` line must stand in the columns of one of the row's cells; then it is that
 * cell's, and the result maps cell index → its pieces. Undefined when the line is no such continuation.
 */
export function continuedCells(text: string, row: Span[], next: Span): Map<number, Span[]> | undefined {
  const [start, end] = next
  const column = (offset: number) => columnAt(text, offset)
  const columns = cellColumns(text, row)
  // A continuation is indented: a line at the margin starts something of its own.
  if (column(start) <= columns[0]) return undefined
  // A note under the table ("* survey sample changed", "Source: …", "注：…") is no part of a cell.
  if (NOTE.test(text.slice(start, end))) return undefined
  const out = new Map<number, Span[]>()
  const pieces = gapPieces(text, start, end)
  // A line with figures of its own is a row of its own, under a cell left blank ("经济发展" printed once for its group).
  // (A figure of a plan's table may be a dash, a total in brackets or a bound: "—", "〔3.2〕", "＞5000".)
  if (pieces.length >= 2 && pieces.slice(1).some(([s, e]) => figureCell(text.slice(s, e)))) return undefined
  for (const [s, e] of pieces) {
    const k = columns.findLastIndex((c) => c <= column(s) + 1)
    // The piece must end before the next column begins.
    if (k < 0 || (k + 1 < columns.length && column(e) > columns[k + 1] + 1)) return undefined
    // A numbered label under a numbered label ("6.数字经济…" under "5.每万人口…") starts a row of its own.
    if (SERIAL.test(text.slice(s, e)) && SERIAL.test(text.slice(row[k][0], row[k][1]))) return undefined
    out.set(k, [...(out.get(k) ?? []), [s, e]])
  }
  return out
}

/**
 * Which cell of `row` a line of one piece between rows continues: the cell it starts under, if it ends before
 * the next cell begins ("生产总值比重（%）" under "7.数字经济核心产业增加值占地区"). Undefined when none.
 */
export function cellUnder(text: string, row: Span[], line: Span): number | undefined {
  if (NOTE.test(text.slice(line[0], line[1]))) return undefined
  const columns = cellColumns(text, row)
  // (A line may stand a little left of its cell: the cell's own line indented under a hanging label.)
  const col = columnAt(text, line[0])
  const at = columns.findIndex((c) => col >= c - 4 && col <= c + 1)
  return at >= 0 && at + 1 < columns.length && columnAt(text, line[1]) < columns[at + 1] - 1 ? at : undefined
}

/**
 * Whether a row's label goes on from the lines above it, as a PDF sets a long label whose figures stand on its
 * last line ("Average number of days to process an" / "initial claim    131    118"): the row's own label
 * starts in lower case or with a figure and a word in lower case ("180 days (↓)").
 */
export function labelGoesOn(text: string, row: Span[]): boolean {
  return /^(?:[a-z]|\d[\d,]*\s+[a-z(])/.test(text.slice(row[0][0], row[0][1]))
}

/**
 * Whether a line above a row opens its label: in a table whose rows are numbered (the row above is), the
 * line starts with a serial number the row's label lacks ("3.数字经济核心产业增加值占地区" over
 * "生产总值比重（%）  7.5"). In a table of unnumbered rows, "1. Housing" is a heading between them.
 */
export function opensLabel(text: string, row: Span[], line: Span, above: Span[]): boolean {
  return numberedRow(text, above) && SERIAL.test(text.slice(line[0], line[1])) && !SERIAL.test(text.slice(row[0][0], row[0][1]))
}

/** Whether a row's label (in its first cell, or its second after a category) opens with a serial number. */
export function numberedRow(text: string, row: Span[]): boolean {
  return row.slice(0, 2).some(([s, e]) => SERIAL.test(text.slice(s, e)))
}

/** A row's serial number opening its label: "7.", "（3）", "12、", "1.1". */
const SERIAL = /^(?:\d{1,2}(?:\.\d{1,2})*[.、．]|[（(]\d{1,2}[)）])\s*\S/

/**
 * A line of column headers over a table's figure columns only, too few pieces to be taken as a row of its own:
 * "FY 2023     FY 2024" above "Performance Measure   Actual   Target". Its pieces, or undefined.
 */
export function headerAbove(text: string, line: Span, row: Span[]): Span[] | undefined {
  if (row.length < 3) return undefined
  const pieces = gapPieces(text, line[0], line[1])
  const second = cellColumns(text, row)[1]
  if (pieces.length < 2 || pieces.some(([s, e]) => e - s > 20 || columnAt(text, s) < second - 2)) return undefined
  return pieces
}

/** The display column of an offset on its line, as set on the page: a Chinese character takes two. */
function columnAt(text: string, offset: number): number {
  return displayWidth(text.slice(lineStart(text, offset), offset))
}

/** A figure cell, or one a plan's table writes for a goal ("—", "〔18〕", "＞5000"). */
const figureCell = (cell: string) => FIGURE_CELL.test(cell) || PLAN_CELL.test(cell)

/** Where each cell of a row starts, in display columns of its line (a Chinese character is two). */
export function cellColumns(text: string, cells: Span[]): number[] {
  return cells.map(([s]) => columnAt(text, s))
}

/**
 * A row with fewer cells than its table's widest, its cells set in the widest row's columns with
 * empty cells where it has none: a category printed only on its group's first row, a blank cell.
 * A cell that runs into the next column with one space or none before it ("居民人均可支配收入年均增长（%） 6.5左右",
 * "受教育年限（年）11.3": a label filling its column) is two. `at[i]` is the column own cell i went to; undefined when the
 * cells do not stand one to a column.
 */
export function padToColumns(text: string, cells: Span[], columns: number[]): { cells: Span[]; at: number[] } | undefined {
  const column = (offset: number) => columnAt(text, offset)
  const out: Span[] = []
  const at: number[] = []
  let k = 0
  const place = (cell: Span) => {
    // The column the cell starts in (a cell may start a little before its header, as a wider figure does).
    let c = columns.findLastIndex((x) => x <= column(cell[0]) + 2)
    if (c < k) c = k
    if (c >= columns.length) return false
    for (; k < c; k++) out.push([cell[0], cell[0]])
    out.push(cell)
    k++
    return true
  }
  for (const [s, e] of cells) {
    const before = at.length
    let start = s
    // (Or with no space at all, after a label's unit in brackets: "受教育年限（年）11.3".)
    for (const m of text.slice(s, e).matchAll(/ (?=\S)|[）)](?=[\d〔［＜＞<>])/g)) {
      const piece = s + m.index! + 1
      if (!columns.some((c) => c > column(start) + 2 && Math.abs(column(piece) - c) <= 1)) continue
      // (Only a figure is split off, or a Chinese cell from a cell after the label: "与经济增长同步 预期性". A word
      // of an English label may happen to stand at a column.)
      const next = text.slice(piece, e).split(' ')[0]
      if (!figureCell(next) && !(before > 0 && /^\p{Script=Han}+$/u.test(next))) continue
      if (!place([start, s + m.index! + (m[0] === ' ' ? 0 : 1)])) return undefined
      if (at.length === before) at.push(out.length - 1)
      start = piece
    }
    if (!place([start, e])) return undefined
    if (at.length === before) at.push(out.length - 1)
  }
  return { cells: out, at }
}

/**
 * A table row as a block: its cells set off by " | " (as the markup readers write rows), spaces inside Chinese
 * dropped; the label's lines above the row (`lead`) and the cells' lines below it (`more`) joined to their cells.
 */
export function rowBlock(text: string, cells: Span[], table: number, hyphenated: () => Set<string>, more?: Map<number, Span[]>, lead: Span[] = []): Block {
  // (The label's own cell: the first that is not a blank one a padded row begins with.)
  const label = cells.findIndex(([s, e]) => e > s)
  const parts = cells.map(([s, e], k) => {
    const pieces = [...(k === label ? lead : []), [s, e] as Span, ...(more?.get(k) ?? [])].map(([a, b]) => dropCjkSpaces(sliceBlock(text, a, b)))
    return pieces.length === 1 ? pieces[0] : joinLines(pieces, hyphenated)
  })
  const spans: Span[] = []
  let at = 0
  for (const p of parts) {
    spans.push([at, at + p.text.length])
    at += p.text.length + 3
  }
  return { ...joinBlocks(parts, ' | '), kind: 'row', row: { table, header: false, cells: spans } }
}
