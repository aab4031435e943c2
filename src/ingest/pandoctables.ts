import { displayWidth } from '../text/width.js'

/**
 * Tables as pandoc writes them when a Word report is converted to Markdown, which CommonMark reads as
 * paragraphs and rules: grid tables ("+----+----+" borders, "|" between cells, a cell's text on several lines,
 * "+====+" under the header), simple tables (a header line over dashes set in groups, one per column) and
 * multiline tables (the same between two full rules, rows apart by blank lines).
 *
 *   +-----------+--------+        KPI          Target   Actual
 *   | KPI       | Target |        ----------- -------- --------
 *   +===========+========+        Homes       220      236
 *   | Homes     | 220    |        ----------- -------- --------
 *   +-----------+--------+
 */

/** A piece of a cell's text on one line, and where it starts in the file. */
export interface CellPiece {
  text: string
  at: number
}

export interface PandocTable {
  /** The [start, end) of the table's lines in the file. */
  start: number
  end: number
  rows: { header: boolean; cells: CellPiece[][] }[]
}

interface Line {
  text: string
  at: number
}

const GRID_BORDER = /^\s*\+(?:[-=:]+\+){2,}\s*$/
const GRID_ROW = /^\s*\|.*\|\s*$/
/** Dashes in two or more groups: the columns of a simple table. */
const SIMPLE_RULE = /^\s*-{3,}(?:[ \t]+-{3,})+\s*$/

function linesOf(text: string): Line[] {
  const out: Line[] = []
  let at = 0
  for (const raw of text.split('\n')) {
    out.push({ text: raw.replace(/\r$/, ''), at })
    at += raw.length + 1
  }
  return out
}

/** The index in a line of the character at a display column: pandoc sets columns by width, a Han character two wide. */
function indexAt(line: string, column: number): number {
  let width = 0
  for (let i = 0; i < line.length; i++) {
    if (width >= column) return i
    width += displayWidth(line[i])
  }
  return line.length
}

/** The trimmed text of a line between two display columns, with where it starts; undefined when blank. */
function piece(line: Line, fromColumn: number, toColumn: number): CellPiece | undefined {
  const [from, to] = [indexAt(line.text, fromColumn), indexAt(line.text, toColumn)]
  const slice = line.text.slice(from, to)
  const lead = slice.length - slice.trimStart().length
  const text = slice.trim()
  return text ? { text, at: line.at + from + lead } : undefined
}

/** [start, end) of each run of a character in a line (an ASCII border or rule: its indexes are its display columns). */
function runs(line: string, char: string): [number, number][] {
  const out: [number, number][] = []
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== char) continue
    let j = i
    while (j < line.length && line[j] === char) j++
    out.push([i, j])
    i = j
  }
  return out
}

function gridTable(lines: Line[], first: number): { table: PandocTable; next: number } | undefined {
  // Cells lie between the border's "+" marks.
  const marks = [...lines[first].text].flatMap((c, i) => (c === '+' ? [i] : []))
  const rows: PandocTable['rows'] = []
  let group: Line[] = []
  let k = first + 1
  for (; k < lines.length && (GRID_BORDER.test(lines[k].text) || GRID_ROW.test(lines[k].text)); k++) {
    if (!GRID_BORDER.test(lines[k].text)) {
      group.push(lines[k])
      continue
    }
    if (group.length) {
      // Each line's cells lie between its own bars (where the cells hold none themselves), else under the border's marks.
      const between = (l: Line): CellPiece[] | undefined => {
        const bars = [...l.text].flatMap((c, i) => (c === '|' ? [i] : []))
        if (bars.length !== marks.length) return undefined
        return bars.slice(0, -1).map((b, c) => {
          const slice = l.text.slice(b + 1, bars[c + 1])
          return { text: slice.trim(), at: l.at + b + 1 + (slice.length - slice.trimStart().length) }
        })
      }
      const cells = marks.slice(0, -1).map((m, c) => group.flatMap((l) => (between(l) ? [between(l)![c]].filter((p) => p.text) : (piece(l, m + 1, marks[c + 1]) ?? []))))
      rows.push({ header: lines[k].text.includes('='), cells })
    }
    group = []
  }
  if (!rows.length || group.length) return undefined
  const last = lines[k - 1]
  return { table: { start: lines[first].at, end: last.at + last.text.length, rows }, next: k }
}

const FULL_RULE = /^\s*-{3,}\s*$/

/**
 * A multiline table: a full rule over the header's lines, the column rule, rows apart by blank lines (a cell's text
 * on several), a full rule to close.
 */
function multilineTable(lines: Line[], rule: number, top: number): { table: PandocTable; next: number } | undefined {
  const columns = runs(lines[rule].text, '-')
  const cellsOf = (group: Line[]) => columns.map(([from], c) => group.flatMap((l) => piece(l, c === 0 ? 0 : from, columns[c + 1]?.[0] ?? Infinity) ?? []))
  const rows: PandocTable['rows'] = [{ header: true, cells: cellsOf(lines.slice(top + 1, rule)) }]
  let group: Line[] = []
  let k = rule + 1
  for (; k < lines.length && !FULL_RULE.test(lines[k].text); k++) {
    // (A heading or two blank lines end the text before a closing rule: no table then.)
    if (/^\s*#/.test(lines[k].text) || (!lines[k].text.trim() && !lines[k + 1]?.text.trim())) return undefined
    if (lines[k].text.trim()) group.push(lines[k])
    else if (group.length) {
      rows.push({ header: false, cells: cellsOf(group) })
      group = []
    }
  }
  if (k === lines.length) return undefined
  if (group.length) rows.push({ header: false, cells: cellsOf(group) })
  if (rows.length < 2) return undefined
  return { table: { start: lines[top].at, end: lines[k].at + lines[k].text.length, rows }, next: k + 1 }
}

function simpleTable(lines: Line[], rule: number): { table: PandocTable; next: number } | undefined {
  // (A full rule over the header makes it a multiline table.)
  const found = lines.slice(Math.max(0, rule - 4), rule - 1).findLastIndex((l) => FULL_RULE.test(l.text))
  const top = found < 0 ? -1 : Math.max(0, rule - 4) + found
  // (Its header lines follow the rule at once, and a blank line stands before it: else the rule is a heading's underline
  // or a thematic break. Without its closing rule, it is read as a simple table.)
  const multiline = top >= 0 && lines.slice(top + 1, rule).every((l) => l.text.trim()) && !lines[top - 1]?.text.trim() ? multilineTable(lines, rule, top) : undefined
  if (multiline) return multiline
  const columns = runs(lines[rule].text, '-')
  const above = lines[rule - 1]
  // (A header line stands after a blank line, as pandoc sets a table apart.)
  const headed = above !== undefined && above.text.trim() !== '' && !SIMPLE_RULE.test(above.text) && (rule < 2 || lines[rule - 2].text.trim() === '')
  // A cell runs from its column's start to the next column's, so that text set past its dashes stays in it.
  const cellsOf = (line: Line) => columns.map(([from], c) => [piece(line, c === 0 ? 0 : from, columns[c + 1]?.[0] ?? Infinity)].filter((p): p is CellPiece => p !== undefined))
  const rows: PandocTable['rows'] = headed ? [{ header: true, cells: cellsOf(above) }] : []
  let k = rule + 1
  for (; k < lines.length && lines[k].text.trim() !== '' && !SIMPLE_RULE.test(lines[k].text) && !FULL_RULE.test(lines[k].text); k++) rows.push({ header: false, cells: cellsOf(lines[k]) })
  const body = rows.filter((r) => !r.header)
  if (!body.length) return undefined
  // A closing rule belongs to the table.
  const closing = k < lines.length && (SIMPLE_RULE.test(lines[k].text) || FULL_RULE.test(lines[k].text))
  const first = headed ? above : lines[rule]
  const last = closing ? lines[k] : lines[k - 1]
  return { table: { start: first.at, end: last.at + last.text.length, rows }, next: closing ? k + 1 : k }
}

/** The pandoc grid and simple tables of a Markdown text, in order; none inside a fenced code block. */
export function pandocTables(text: string): PandocTable[] {
  if (!text.includes('+--') && !/-{3,}[ \t]+-{3,}/.test(text)) return []
  const lines = linesOf(text)
  const tables: PandocTable[] = []
  let fenced = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].text
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced
    // (Nor in an indented code block: pandoc indents a table by two spaces at most.)
    if (fenced || /^(?: {4}|\t)/.test(line)) continue
    const found = GRID_BORDER.test(line) ? gridTable(lines, i) : SIMPLE_RULE.test(line) ? simpleTable(lines, i) : undefined
    if (!found) continue
    tables.push(found.table)
    i = found.next - 1
  }
  return tables
}
