import { displayWidth } from '../text/width.js'
import { furnitureReason } from './furniture.js'
import { LINE_BREAK, sliceBlock } from './positions.js'
import { hyphenatedWords, joinLines } from './join.js'
import { dropCjkSpaces } from './spaces.js'
import { cellColumns, columnCells, continuedCells, cellUnder, figureRow, headerAbove, labelGoesOn, numberedRow, opensLabel, padToColumns, rowBlock, textTables, type Span } from './texttable.js'
import type { Block, Document } from './types.js'
import { SENTENCE_END } from '../text/chars.js'
import { matchLabel, startsWithLabel } from '../outline/labels.js'

interface RawLine {
  block: Block
  /** Display width of the trimmed physical line, before any clean-up. */
  width: number
  blankBefore: boolean
  /** A line set out in columns: its cells in the source. */
  cells?: Span[]
  /** Pieces of its cells wrapped onto the lines below (cell index → spans). */
  more?: Map<number, Span[]>
  /** The lines above it that begin its label (a row whose figures stand on its label's last line). */
  lead?: RawLine[]
  /** The physical line, trimmed. */
  span: Span
}

/**
 * The width a line takes on the page, to find the margin a text was wrapped at: with a Chinese
 * paragraph's full-width indent ("　　"), and its quotes and dashes a full column pair each, as
 * Chinese type sets them (a terminal gives them one).
 */
function typesetWidth(text: string, start: number, end: number): number {
  const raw = text.slice(start, end)
  let indent = 0
  for (let k = start - 1; k >= 0 && text[k] === '\u3000'; k--) indent += 2
  const han = /\p{Script=Han}/u.test(raw)
  return indent + displayWidth(raw) + (han ? (raw.match(/[“”‘’—…·]/g)?.length ?? 0) : 0)
}

/** Split text into trimmed physical lines; form feeds (page breaks) end lines too. */
function physicalLines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  const re = new RegExp(LINE_BREAK)
  let start = 0
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const end = m ? m.index : text.length
    let s = start
    let e = end
    while (s < e && /\s/.test(text[s])) s++
    while (e > s && /\s/.test(text[e - 1])) e--
    out.push({ start: s, end: e })
    if (!m) break
    start = m.index + m[0].length
  }
  return out
}

/**
 * How far short of the margin a wrapped line may end: a word's length in a monospaced text; more in the
 * text a PDF set in a proportional font gives, whose full lines run from 88 to 103 characters.
 */
const MONOSPACED = 5
const proportionalSlack = (width: number) => Math.max(MONOSPACED, Math.round(width * 0.12))

/** The margin of a hard-wrapped text and how far short of it a wrapped line may end, or width 0 when it is not wrapped. */
function wrapMargin(widths: number[], openEnded: boolean[]): { width: number; slack: number } {
  const width = wrapWidth(widths, openEnded)
  if (width) return { width, slack: MONOSPACED }
  const proportional = wrapWidth(widths, openEnded, proportionalSlack)
  return { width: proportional, slack: proportionalSlack(proportional) }
}

/** The wrap width of a hard-wrapped (PDF-extracted) text, or 0 when lines are paragraphs. */
export function wrapWidth(widths: number[], openEnded: boolean[], slack: (width: number) => number = () => MONOSPACED): number {
  const long = widths.filter((w) => w >= 30)
  if (widths.length < 10 || long.length < 8) return 0
  const count = new Map<number, number>()
  for (const w of long) for (let d = -1; d <= 1; d++) count.set(w + d, (count.get(w + d) ?? 0) + 1)
  let best = 0
  let bestN = 0
  for (const [w, n] of count) if (n > bestN || (n === bestN && w > best)) [best, bestN] = [w, n]
  // (A proportional font's lines run past the commonest width too, by up to half the slack.)
  const over = slack(best) > MONOSPACED ? Math.round(slack(best) / 2) : 2
  const band = widths.map((_, i) => i).filter((i) => widths[i] >= best - slack(best) && widths[i] <= best + over)
  // Hard-wrapped lines run to the margin and mostly end mid-sentence; few lines run past it.
  // (Short headings between paragraphs of one line each are not a margin.)
  const cut = band.filter((i) => openEnded[i]).length
  const beyond = widths.filter((w) => w > best + 8).length
  // (Counted among the long lines too: a plan's contents, headings and tables are many short lines.)
  return (band.length >= widths.length * 0.35 || band.length >= long.length * 0.5) && cut >= band.length * 0.5 && beyond < band.length ? best : 0
}

/** Whether physical line `b` continues the sentence of line `a` in a hard-wrapped text. */
function continues(a: RawLine, b: RawLine, width: number, slack: number): boolean {
  if (startsWithLabel(b.block.text)) return false
  const at = a.block.text
  // "inspec-" / "tions": a word hyphenated at the margin goes on, whatever the line's length.
  if (/[A-Za-z]-$/.test(at) && /^[a-z]/.test(b.block.text) && !b.blankBefore) return true
  // ("…以下主要目标：" / "——经济发展…": a list opening under its lead-in is no wrap.)
  if (/[:：]$/.test(at) && /^(——|•|·|▪|-\s)/.test(b.block.text)) return false
  // (Across a blank line, a page break inside a sentence, only a line at the margin itself goes on, and no heading
  // does: "Performance Goal 1.1.1: Reduce Claims Processing Time" / "" / "Claimants who…".)
  // (In a proportional font's text, where the margin is loose, a capital after a line that ends on a word of content
  // starts a line of its own: "…plant 10,000 street trees" / "Recycle 60% of household waste".)
  if (slack > MONOSPACED && a.width < width - MONOSPACED && /^[A-Z]/.test(b.block.text) && !/\b(?:the|a|an|of|to|and|or|in|for|by|with|on|at|from|our|its|their|will|is|are|was|were|be|end)$/i.test(at)) return false
  if (a.width >= width - slack) return !(b.blankBefore && (SENTENCE_END.test(at) || a.width < width - MONOSPACED || startsWithLabel(at)))
  if (b.blankBefore || SENTENCE_END.test(at) || /[:：]$/.test(at)) return false
  // A fragment cut off mid-sentence: "4%" / "左" / "右，…", "团队 89" / "个。…".
  if (at.length <= 3 || b.block.text.length <= 3 || /[%％,，、]$/.test(at)) return true
  // "团队 89" / "个。…": a figure cut from its unit; "3. Priorities for 2024/25" / "We will …" is a heading.
  if (/\d$/.test(at)) return /^[\p{Script=Han}%％a-z]/u.test(b.block.text) || a.width >= width * 0.7
  // English wraps at word boundaries, a word short of the margin; a much shorter line ("2.1 Housing")
  // ends there, unless the next line goes on in lower case.
  return /[a-zA-Z]$/.test(at) && (a.width >= width * 0.7 || /^[a-z]/.test(b.block.text))
}

/**
 * A PDF repeats its running header or footer on every page ("沈阳市人民政府工作报告",
 * "Annual Plan 2024 | Page"): a short line seen three times or more, that is no heading
 * and no sentence, is page furniture. Where the text marks its pages (form feeds), such a line
 * must also stand at the top or the foot of a page twice: a table's header row or "Status  Achieved"
 * repeated down the pages is content.
 */
function runningHeaders(text: string, lines: { start: number; end: number }[]): Set<string> {
  // Only pages have running headers: text with page breaks, or hard-wrapped like a PDF's.
  const open = lines.filter((l) => l.end > l.start)
  const pages = text.includes('\f')
  const paged = pages || wrapWidth(open.map((l) => Math.min(2 * (l.end - l.start), displayWidth(text.slice(l.start, Math.min(l.end, l.start + 200))))), open.map((l) => !SENTENCE_END.test(text.slice(l.start, l.end)))) > 0
  if (!paged) return new Set()
  const tally = (from: { start: number; end: number }[]) => {
    const count = new Map<string, number>()
    for (const { start, end } of from) {
      if (end - start === 0 || end - start > 100) continue
      const t = text.slice(start, end)
      // A header set left and right across the page ("Northfield County Council      Annual Report 2024") may be longer.
      if (end - start > 40 && !/\S\s{3,}\S/.test(t)) continue
      const key = pageKey(t)
      count.set(key, (count.get(key) ?? 0) + 1)
    }
    return count
  }
  const edges = pages ? tally(pageEdges(text, lines)) : undefined
  const out = new Set<string>()
  for (const [t, n] of tally(lines)) if (n >= 3 && (!edges || (edges.get(t) ?? 0) >= 2) && !startsWithLabel(t) && !(SENTENCE_END.test(t) && !BRACKET_NOTE.test(t)) && !/[:：]/.test(t)) out.add(t)
  return out
}

/** A short note in brackets closing a line ("…参阅材料（书面）", "(Draft)"): a title's, not a sentence's end. */
const BRACKET_NOTE = /[（(][^（()）。.]{1,8}[）)]$/

/** The first two and the last two non-empty lines of each page (pages end at form feeds). */
function pageEdges(text: string, lines: { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let page: { start: number; end: number }[] = []
  const flush = () => {
    out.push(...(page.length <= 4 ? page : [...page.slice(0, 2), ...page.slice(-2)]))
    page = []
  }
  // The next page break ahead: lines come in order, so one forward scan serves them all.
  let feed = text.indexOf('\f')
  for (const l of lines) {
    if (feed >= 0 && feed < l.start) {
      flush()
      while (feed >= 0 && feed < l.start) feed = text.indexOf('\f', feed + 1)
    }
    if (l.end > l.start) page.push(l)
  }
  flush()
  return out
}

/**
 * A running header or footer with its page number masked: "Annual Report 2024 | 4" and "… | 5" are one
 * line. A number after a heading's word is no page number: "Part 1", "Part 2" are different lines.
 */
function pageKey(line: string): string {
  // A heading's label ("Part 2", "Theme 3", "第二章") is kept whole; a page number after its title is masked
  // ("Part 2 Performance    14").
  const label = matchLabel(line)
  if (label && (label.style.startsWith('en-') || label.style.startsWith('zh-第'))) return line.slice(0, label.length) + maskEnd(line.slice(label.length))
  // Set apart from the words by a space or a separator: "1.1 Share of …" and "2.1 Share of …" are different rows.
  return maskEnd(line).replace(/^\d{1,4}(?=[\s|·•–—-])/, '#')
}

const maskEnd = (s: string) => s.replace(/(?<=\S[\s|·•–—-]+)(?<!\b(?:Volume|Book|Measure)\s+)\d{1,4}$/i, '#')

const CONTENTS_HEADING = /^(?:contents|table of contents|目\s*录)$/i
/**
 * A contents entry: a title, then its page number after a tab, a gap or a leader of dots ("2.1<TAB>Elective
 * recovery<TAB>3", "Strategic Goal 1: Deliver Benefits ....... 4").
 */
const CONTENTS_ENTRY = /^\S.{0,150}?\S(?:\t+|[ \u3000]{2,}|\s*(?:[.·…‥]\s*){4,})\d{1,3}$/

/**
 * Lines of one piece in a label's column just above a body row of a table: the start of this row's label
 * ("Average number of days to process an" / "initial claim   131   118"), the end of the label of the row
 * above ("department's Housing Service Centres"), or a group's name ("Efficiency measures") that stays text.
 * A blank line between rows, as pdftotext leaves one, parts the row above's lines from this row's.
 */
function placeBetween(text: string, lines: RawLine[], row: RawLine): void {
  const cells = row.cells!
  if (!figureRow(text, cells)) return
  // Back over such lines, across one blank line at most.
  let k = lines.length
  let blankSeen = row.blankBefore
  while (k > 0 && lines.length - k < 3 && !lines[k - 1].cells && cellUnder(text, cells, lines[k - 1].span) === 0) {
    if (lines[k - 1].blankBefore && blankSeen) break
    blankSeen ||= lines[k - 1].blankBefore
    k--
  }
  const above = lines[k - 1]
  if (k === lines.length || !above?.cells) return
  const between = lines.splice(k)
  const blank = row.blankBefore ? between.length : between.findLastIndex((l) => l.blankBefore)
  const mine = between.slice(Math.max(blank, 0))
  let lead: RawLine[] = []
  // A label in lower case goes on from the lines above it, from the one that starts it (a capital or a figure).
  // (None that is a heading: "1. Housing" between rows.)
  const starts = labelGoesOn(text, cells) ? mine.findLastIndex((l) => /^[A-Z\d]/.test(l.block.text) && !startsWithLabel(l.block.text)) : -1
  if (starts >= 0) lead = mine.slice(starts)
  else {
    // A line that opens with a serial number the row's label lacks starts it ("3.数字经济…" / "生产总值比重（%）").
    const opens = mine.findIndex((l) => opensLabel(text, cells, l.span, above.cells!))
    if (opens >= 0) lead = mine.slice(opens)
  }
  if (lead.length) row.lead = lead
  // The rest, above any blank line, ends a label of the row above when it stands under one of its cells and
  // reads as the end of one: in lower case ("provided by Housing Service Centres"), or under a numbered label
  // ("（件）" under "6.每万人口…"). A group's name ("Efficiency measures", "新型基础设施") stays text.
  const rest = between.slice(0, between.length - lead.length)
  const ends = blank < 0 ? rest.length : blank
  const numbered = numberedRow(text, above.cells)
  rest.forEach((l, i) => {
    const goesOn = /^[a-z(（]/.test(l.block.text) || (numbered && /^\p{Script=Han}/u.test(l.block.text))
    const cell = i < ends && goesOn && figureRow(text, above.cells!) ? cellUnder(text, above.cells!, l.span) : undefined
    if (cell === undefined) lines.push(l)
    else above.more = new Map(above.more ?? []).set(cell, [...(above.more?.get(cell) ?? []), l.span])
  })
}

/**
 * Plain text → blocks: furniture removed, spaces inside Chinese dropped,
 * hard-wrapped lines joined into paragraphs.
 */
export function textBlocks(text: string, removed: Document['removed']): Block[] {
  const lines: RawLine[] = []
  let blank = true
  const physical = physicalLines(text)
  const repeats = runningHeaders(text, physical)
  // Under a "Contents" line, entries set apart from their page number by a tab, a gap or a leader of dots.
  let contents = false
  physical.forEach(({ start, end }, index) => {
    if (start === end) {
      blank = true
      return
    }
    const raw = text.slice(start, end)
    const heading = CONTENTS_HEADING.test(raw)
    contents = heading || (contents && CONTENTS_ENTRY.test(raw))
    // The first line of the text is its title, even when every page repeats it.
    const reason = (contents ? (heading ? 'contents' : 'contents entry') : undefined) ?? furnitureReason(raw) ?? (repeats.has(pageKey(raw)) && lines.length + removed.length > 0 ? 'running header' : undefined)
    if (reason) {
      removed.push({ line: index + 1, reason, text: raw })
      return
    }
    // Wrapped lines are short; a long line is a paragraph whatever its exact width.
    const line: RawLine = { block: dropCjkSpaces(sliceBlock(text, start, end)), width: raw.length <= 200 ? typesetWidth(text, start, end) : 2 * raw.length, blankBefore: blank, cells: columnCells(text, start, end), span: [start, end] }
    blank = false
    // A row's cells wrapped onto this line belong to the row above.
    const row = lines.length ? lines[lines.length - 1] : undefined
    const more = row?.cells && !line.blankBefore && (line.cells?.length ?? 0) < row.cells.length ? continuedCells(text, row.cells, line.span) : undefined
    if (row && more) {
      for (const [k, spans] of more) row.more = new Map(row.more ?? []).set(k, [...(row.more?.get(k) ?? []), ...spans])
      return
    }
    if (line.cells) placeBetween(text, lines, line)
    lines.push(line)
  })
  // Rows of a table set out in columns are blocks of their own, never joined to a neighbour.
  // A short line of its own between rows names a group of the rows below it: "Efficiency measures".
  const group = (i: number) => lines[i].width <= 40 && !SENTENCE_END.test(lines[i].block.text) && !startsWithLabel(lines[i].block.text) && figureRow(text, lines[i + 1].cells!)
  const tables = textTables(text, lines.map((l) => l.cells), group)
  let known: Set<string> | undefined
  const words = () => (known ??= hyphenatedWords(text))
  for (const [k, table] of [...tables]) {
    const above = lines[k - 1]
    if (tables.has(k - 1) || !above || lines[k].blankBefore || above.cells) continue
    const cells = headerAbove(text, above.span, lines[k].cells!)
    if (cells) {
      above.cells = cells
      tables.set(k - 1, table)
    }
  }
  const rows = new Set<RawLine>()
  // Each table's columns: where the cells of its widest row start.
  const widest = new Map<number, Span[]>()
  for (const [k, table] of tables) if ((widest.get(table)?.length ?? 0) < lines[k].cells!.length) widest.set(table, lines[k].cells!)
  for (const [k, table] of tables) {
    const full = widest.get(table)!
    const own = lines[k].cells!
    const padded = own.length < full.length ? padToColumns(text, own, cellColumns(text, full)) : undefined
    const cells = padded?.cells ?? own
    // The pieces wrapped under a cell go with it to its column.
    const more = lines[k].more && padded ? new Map([...lines[k].more!].map(([i, spans]) => [padded.at[i], spans])) : lines[k].more
    lines[k].block = rowBlock(text, cells, table, words, more, lines[k].lead?.map((l) => l.span))
    rows.add(lines[k])
  }
  // A line taken as a continuation of a row that is in no table after all is text again.
  const physicalAt = new Map(physical.map((p) => [p.start, p]))
  for (let k = lines.length - 1; k >= 0; k--) {
    const { more, lead } = lines[k]
    if (rows.has(lines[k])) continue
    if (lead) {
      lines.splice(k, 0, ...lead)
      k += lead.length
    }
    if (!more) continue
    // Each line taken began with a piece: the piece that starts its physical line.
    const back = [...more.values()].flat().sort((a, b) => a[0] - b[0]).flatMap(([s]) => physicalAt.get(s) ?? [])
    lines.splice(k + 1, 0, ...back.map((p): RawLine => ({ block: dropCjkSpaces(sliceBlock(text, p.start, p.end)), width: typesetWidth(text, p.start, p.end), blankBefore: false, span: [p.start, p.end] })))
  }
  // (Table rows are no wrapped prose: a report of many tables has its margin in the rest.)
  const prose = lines.filter((l) => !rows.has(l))
  const { width, slack } = wrapMargin(
    prose.map((l) => l.width),
    prose.map((l) => !SENTENCE_END.test(l.block.text)),
  )
  if (width === 0) return lines.map((l) => l.block)

  const blocks: Block[] = []
  let current: RawLine | undefined
  let parts: Block[] = []
  const flush = () => {
    if (parts.length) blocks.push(parts.length === 1 ? parts[0] : joinLines(parts, words))
    parts = []
  }
  for (const line of lines) {
    if (current && !rows.has(current) && !rows.has(line) && continues(current, line, width, slack)) parts.push(line.block)
    else {
      flush()
      parts = [line.block]
    }
    current = line
  }
  flush()
  return blocks
}
