import { dropCjkSpaces } from './spaces.js'
import { joinBlocks, sliceBlock } from './positions.js'
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
  const cells = gapPieces(text, start, end)
  if (cells.length < 3 || cells.some(([s, e]) => e - s > MAX_CELL || e === s)) return undefined
  return cells
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
/** A cell that says there is no figure: "—", "-", "n/a", "/". */
const EMPTY_CELL = /^([-—–/]|n\/?a|…|\.{3})$/i

/** Whether a row's cells after its label are mostly figures (a body row, not prose set out in columns). */
function figureRow(text: string, cells: Span[]): boolean {
  const values = cells.slice(1).map(([s, e]) => text.slice(s, e)).filter((c) => !EMPTY_CELL.test(c))
  const figures = values.filter((c) => FIGURE_CELL.test(c)).length
  return figures > 0 && figures * 3 >= values.length
}

/**
 * Which runs of consecutive column lines make a table: two lines or more, a body
 * row among them, cell counts within one of each other. `cells[i]` is line i's
 * cells (undefined for a line of prose); the result maps a line to its table.
 */
export function textTables(text: string, cells: (Span[] | undefined)[]): Map<number, number> {
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
    while (j < cells.length && cells[j]) j++
    const run = cells.slice(i, j) as Span[][]
    const widest = Math.max(...run.map((c) => c.length))
    // Cells set apart by single spaces are a table only under a header of their own: without it, whose year and
    // unit each column holds is a guess.
    const single = spaced[i]
    if (run.length >= 2 && run.some((c) => figureRow(text, c)) && run.every((c) => c.length >= widest - 1) && !(single && run[0].some(([s, e]) => /^[-+]?\d[\d,.]*$/.test(text.slice(s, e)) && !/^(?:19|20)\d{2}$/.test(text.slice(s, e))))) {
      for (let k = i; k < j; k++) out.set(k, table)
      table++
    }
    i = j
  }
  return out
}

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
  const from = lineStart(text, start)
  const rowFrom = lineStart(text, row[0][0])
  // A continuation is indented: a line at the margin starts something of its own.
  if (start - from <= row[0][0] - rowFrom) return undefined
  // A note under the table ("* survey sample changed", "Source: …", "注：…") is no part of a cell.
  if (/^(?:[*†‡#]|\(?\d\)|source\b|note\b|notes\b|注|资料来源|数据来源)/i.test(text.slice(start, end))) return undefined
  const columns = row.map(([s]) => s - rowFrom)
  const out = new Map<number, Span[]>()
  const pieces = gapPieces(text, start, end)
  // A line with figures of its own is a row of its own, under a cell left blank ("经济发展" printed once for its group).
  // (A figure of a plan's table may be a dash, a total in brackets or a bound: "—", "〔3.2〕", "＞5000".)
  if (pieces.length >= 2 && pieces.slice(1).some(([s, e]) => FIGURE_CELL.test(text.slice(s, e)) || PLAN_CELL.test(text.slice(s, e)))) return undefined
  for (const [s, e] of pieces) {
    const col = s - from
    const k = columns.findLastIndex((c) => c <= col + 1)
    // The piece must end before the next column begins.
    if (k < 0 || (k + 1 < columns.length && e - from > columns[k + 1] + 1)) return undefined
    out.set(k, [...(out.get(k) ?? []), [s, e]])
  }
  return out
}

/** Where each cell of a row starts, in display columns of its line (a Chinese character is two). */
export function cellColumns(text: string, cells: Span[]): number[] {
  const from = lineStart(text, cells[0][0])
  return cells.map(([s]) => displayWidth(text.slice(from, s)))
}

/**
 * A row with fewer cells than its table's widest, its cells set in the widest row's columns with
 * empty cells where it has none: a category printed only on its group's first row, a blank cell.
 * Undefined when its cells do not stand one to a column.
 */
export function padToColumns(text: string, cells: Span[], columns: number[]): Span[] | undefined {
  const own = cellColumns(text, cells)
  const out: Span[] = []
  let k = 0
  for (let i = 0; i < cells.length; i++) {
    // The column the cell starts in (a cell may start a little before its header, as a wider figure does).
    let at = columns.findLastIndex((c) => c <= own[i] + 2)
    if (at < k) at = k
    if (at >= columns.length) return undefined
    for (; k < at; k++) out.push([cells[i][0], cells[i][0]])
    out.push(cells[i])
    k++
  }
  return out
}

/** A table row as a block: its cells set off by " | " (as the markup readers write rows), spaces inside Chinese dropped. */
export function rowBlock(text: string, cells: Span[], table: number, more?: Map<number, Span[]>): Block {
  const parts = cells.map(([s, e], k) => {
    const own = dropCjkSpaces(sliceBlock(text, s, e))
    const rest = more?.get(k)
    return rest ? joinBlocks([own, ...rest.map(([a, b]) => dropCjkSpaces(sliceBlock(text, a, b)))], ' ') : own
  })
  const spans: Span[] = []
  let at = 0
  for (const p of parts) {
    spans.push([at, at + p.text.length])
    at += p.text.length + 3
  }
  return { ...joinBlocks(parts, ' | '), kind: 'row', row: { table, header: false, cells: spans } }
}
