import { createRequire } from 'node:module'
import type { Root as MdRoot, RootContent as MdNode } from 'mdast'
import type { Root as HRoot, Element, RootContent as HNode } from 'hast'
import type { Block } from './types.js'
import { startsWithLabel } from '../outline/labels.js'
import { pandocTables } from './pandoctables.js'

// The parsers load on first use: plain-text reports, most of them, never pay
// for remark and rehype (~80 ms of start-up). Node ≥ 20.19 requires ES modules.
const load = createRequire(import.meta.url)
type Parser = { parse(text: string): unknown }
const parser = (plugin: 'remark-parse' | 'rehype-parse'): Parser => {
  const { unified } = load('unified') as typeof import('unified')
  const processor = unified().use((load(plugin) as { default: never }).default)
  // GitHub-flavoured Markdown: pipe tables above all, which reports use for their indicators.
  return (plugin === 'remark-parse' ? processor.use((load('remark-gfm') as { default: never }).default) : processor) as unknown as Parser
}

/** A title's last word ("…的报告", "…统计公报", "…情况表"): the line after it is the title's meeting, issuer or unit line. */
const TITLE_LINE_END = /(报告|公报|通知|意见|决定|办法|方案|规划|纲要|计划|情况表|一览表|（草案）|（书面）)$/
/** A line that starts something of its own: a meeting line ("——2024年1月10日在…"), a field ("单位：亿元", "电话："). */
const NEW_LINE_START = /^(?:—|－－|[\p{Script=Han}A-Za-z]{1,6}[:：])/u

/** Collects inline text into blocks, mapping each character to its source offset. */
class BlockBuilder {
  readonly blocks: Block[] = []
  private text = ''
  private src: number[] = []
  /** Table cells of the current row: where each separator and each cell's text start in `text`. */
  private cells: { separator: number; start: number }[] = []
  private tables = 0
  /** Where a <br> that may break a sentence left the text, or -1. */
  private brokenAt = -1
  /** Inside a heading (whose text a button may hold: an accordion's). */
  inHeading = false

  /** A new table: its rows are numbered with it. */
  table(): number {
    return this.tables++
  }

  /** Start a table cell; cells after the first are set off by " | " in the row's text. */
  cell(): void {
    const separator = this.text.length
    if (this.cells.length) this.add(' | ', undefined)
    this.cells.push({ separator, start: this.text.length })
  }

  /** Whether the text so far ends in a letter (a unit a power may follow: "m", "km"). */
  endsInLetter(): boolean {
    return /\p{L}$/u.test(this.text)
  }

  /**
   * A <br>: it ends a block unless it breaks a sentence ("…为预算的<br>100.8%，…", a web editor's wrap).
   * A line that ends in punctuation, a short line (a heading, an address), and a line after it that opens
   * with a label or a capital still break.
   */
  lineBreak(): void {
    const line = this.text.slice(Math.max(0, this.brokenAt)).trim()
    if (line.length <= 16 || /[。！？；：.!?;:）)」”"]$/.test(line) || TITLE_LINE_END.test(line)) this.flush()
    else this.brokenAt = this.text.trimEnd().length
  }

  add(value: string, start: number | undefined, end?: number): void {
    if (!value) return
    if (this.brokenAt >= 0 && this.brokenAt === this.text.trimEnd().length && /\S/.test(value)) {
      // A new line starts with a label, a meeting or field line ("——2024年1月10日…", "单位：亿元") or, in English, a capital
      // ("…: $2,336,869,255<br>Total …"); else the sentence goes on.
      const next = value.trimStart()
      if (startsWithLabel(next) || /^[A-Z]/.test(next) || NEW_LINE_START.test(next)) this.flush()
      else {
        this.text += ' '
        this.src.push(this.src[this.src.length - 1] ?? 0)
      }
    }
    // Text nodes may differ from their source (entities, escapes): map
    // character i to start + i, clamped to the node's end.
    const base = start ?? this.src[this.src.length - 1] ?? 0
    const last = end !== undefined ? Math.max(base, end - 1) : base + value.length - 1
    for (let i = 0; i < value.length; i++) {
      this.text += value[i]
      this.src.push(Math.min(base + i, last))
    }
  }

  flush(extra: Partial<Block> = {}, row?: { table: number; header: boolean }): void {
    // Collapse whitespace runs as a browser does; trim the ends.
    let text = ''
    const src: number[] = []
    // Where each raw character lands in the collapsed text (table cells need it).
    const at = this.cells.length ? new Int32Array(this.text.length + 1) : undefined
    for (let i = 0; i < this.text.length; i++) {
      if (at) at[i] = text.length
      const ch = this.text[i]
      if (/\s/.test(ch)) {
        if (text.length === 0 || text.endsWith(' ')) continue
        text += ' '
      } else text += ch
      src.push(this.src[i])
    }
    if (at) at[this.text.length] = text.length
    if (text.endsWith(' ')) {
      text = text.slice(0, -1)
      src.pop()
    }
    const cells = this.cells.map(({ start }, k): [number, number] => {
      if (!at) return [0, 0]
      let from = Math.min(at[start], text.length)
      let to = Math.min(k + 1 < this.cells.length ? at[this.cells[k + 1].separator] : text.length, text.length)
      while (from < to && text[from] === ' ') from++
      while (to > from && text[to - 1] === ' ') to--
      return [from, to]
    })
    if (text) this.blocks.push({ text, src: Int32Array.from(src), ...extra, ...(row ? { row: { ...row, cells } } : {}) })
    this.text = ''
    this.src = []
    this.cells = []
    this.brokenAt = -1
  }
}

// ---------- Markdown ----------

/**
 * Pandoc's attributes, which a Word export leaves in its Markdown: a bookmark before a heading
 * ("[]{#_Toc129881002 .anchor}"), a span's ("[text]{.underline}" keeps "text"), a heading's id ("{#intro}").
 */
// (Bounded, and a heading's id only at its end, from the start of the spaces before it: linear on long lines.)
const PANDOC_ATTRIBUTES = /\[([^[\]\n]{0,200})\]\{[#.][^}\n]{0,200}\}|(?<![ \t])[ \t]*\{#[\w:.-]+(?:[ \t]+\.[\w-]+)*\}[ \t]*$/g

function mdText(value: string, start: number | undefined, end: number | undefined, b: BlockBuilder): void {
  let last = 0
  for (const m of value.matchAll(PANDOC_ATTRIBUTES)) {
    b.add(value.slice(last, m.index), start !== undefined ? start + last : undefined, end)
    if (m[1]) b.add(m[1], start !== undefined ? start + m.index! + 1 : undefined, end)
    last = m.index! + m[0].length
  }
  b.add(value.slice(last), start !== undefined ? start + last : undefined, end)
}

/** A paragraph or list item that is only a link to a place in the document: a contents entry ("[1. Introduction 3](#introduction)"). */
function anchorOnly(node: MdNode): boolean {
  if (node.type === 'list') return node.children.length > 0 && node.children.every((item) => item.children.every(anchorOnly))
  if (node.type !== 'paragraph') return false
  const parts = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()))
  return parts.length === 1 && parts[0].type === 'link' && parts[0].url.startsWith('#')
}

function mdInline(node: MdNode, b: BlockBuilder): void {
  if (node.type === 'text') {
    mdText(node.value, node.position?.start.offset, node.position?.end.offset, b)
  } else if (node.type === 'inlineCode') {
    b.add(node.value, node.position?.start.offset, node.position?.end.offset)
  } else if (node.type === 'break') {
    b.add(' ', node.position?.start.offset)
  } else if ('children' in node) {
    for (const c of node.children as MdNode[]) mdInline(c, b)
  }
}

function mdBlock(node: MdNode, b: BlockBuilder, kind?: Block['kind']): void {
  switch (node.type) {
    case 'heading':
      mdInline(node, b)
      b.flush({ depth: node.depth })
      return
    case 'paragraph': {
      mdInline(node, b)
      const strong = kind ? undefined : mdStrong(node)
      b.flush(kind ? { kind } : strong ? { strong } : {})
      return
    }
    case 'list':
      for (const item of node.children) for (const c of item.children) mdBlock(c, b, 'item')
      return
    case 'blockquote':
      for (const c of node.children) mdBlock(c, b, kind)
      return
    case 'table': {
      // The first row of a pipe table is its header.
      const table = b.table()
      node.children.forEach((row, r) => {
        for (const cell of row.children) {
          b.cell()
          mdInline(cell, b)
        }
        b.flush({ kind: 'row' }, { table, header: r === 0 })
      })
      return
    }
    default:
      // code, html, thematic breaks and definitions carry no report text.
      return
  }
}

/** YAML front matter ("---\ntitle: …\n---") opening a Markdown file: site settings, no report text. Its length, or 0. */
function frontMatter(text: string): number {
  if (!/^---[ \t]*\r?\n/.test(text)) return 0
  // Line by line: YAML keys, indented or listed values, comments and blank lines, up to the closing fence.
  let at = text.indexOf('\n') + 1
  while (at > 0 && at < text.length) {
    const end = text.indexOf('\n', at)
    const line = text.slice(at, end < 0 ? text.length : end).replace(/\r$/, '')
    if (/^(?:---|\.\.\.)[ \t]*$/.test(line)) return at + line.length
    if (!/^(?:[\w-]+[ \t]*:|[ \t]|-[ \t]|#|$)/.test(line)) return 0
    at = end < 0 ? -1 : end + 1
  }
  return 0
}

/** The title, subtitle and date a front matter gives ("title: Climate Action Plan 2030"), where each value is in the file. */
function frontMatterFields(text: string, length: number): { key: string; value: string; at: number }[] {
  const fields = []
  // Line by line, the value trimmed and unquoted in code: a regex over a long line of spaces would backtrack.
  for (const m of text.slice(0, length).matchAll(/^(title|subtitle|date)[ \t]*:(.*)$/gm)) {
    const raw = m[2].replace(/\r$/, '').trim()
    const value = /^(["']).+\1$/.test(raw) ? raw.slice(1, -1) : raw
    if (value) fields.push({ key: m[1], value, at: m.index! + m[0].indexOf(value, m[1].length) })
  }
  return fields
}

export function markdownBlocks(text: string): Block[] {
  const matter = frontMatter(text)
  const fields = frontMatterFields(text, matter)
  // Blanked, not cut, so that offsets still point into the file.
  if (matter) text = text.slice(0, matter).replace(/[^\r\n]/g, ' ') + text.slice(matter)
  const b = new BlockBuilder()
  // Pandoc's grid and simple tables are read apart, as rows, and blanked for remark (which reads them as paragraphs).
  for (const table of pandocTables(text)) {
    const number = b.table()
    for (const row of table.rows) {
      for (const cell of row.cells) {
        b.cell()
        cell.forEach((p, k) => {
          if (k > 0) b.add(' ', undefined)
          b.add(p.text, p.at)
        })
      }
      b.flush({ kind: 'row' }, { table: number, header: row.header })
    }
    text = text.slice(0, table.start) + text.slice(table.start, table.end).replace(/[^\r\n]/g, ' ') + text.slice(table.end)
  }
  const tables = b.blocks.length
  const tree = parser('remark-parse').parse(text) as MdRoot
  // A contents list of links to the document's own headings is no text, nor its heading ("**Contents**").
  const contents = tree.children.map(anchorOnly)
  tree.children.forEach((node, i) => {
    if (contents[i]) return
    if (contents[i + 1] && (node.type === 'paragraph' || node.type === 'heading') && CONTENTS_TITLE.test(mdPlain(node))) return
    mdBlock(node, b)
  })
  // The pandoc tables' rows, read first, stand where they stand in the file, and tables are numbered in its order.
  if (tables) {
    b.blocks.sort((x, y) => (x.src[0] ?? 0) - (y.src[0] ?? 0))
    const order = new Map<number, number>()
    for (const x of b.blocks) if (x.row && !order.has(x.row.table)) order.set(x.row.table, order.size)
    for (const x of b.blocks) if (x.row) x.row.table = order.get(x.row.table)!
  }
  // The front matter's title, subtitle and date open the document (the rest of it is site settings); its title
  // only where the text does not open with one of its own (a single "# …").
  const tops = b.blocks.filter((x) => x.depth === 1)
  const titled = tops.length === 1 && tops[0] === b.blocks.find((x) => x.depth !== undefined)
  const front = new BlockBuilder()
  for (const { key, value, at } of fields) {
    if (key === 'title' && titled) continue
    front.add(value, at)
    front.flush(key === 'title' ? { kind: 'title' } : {})
  }
  return [...front.blocks, ...b.blocks]
}

const CONTENTS_TITLE = /^\s*(?:\[\]\{[^}]*\})?\s*(?:contents|table of contents|目录|目 录)\s*$/i
/** A Markdown node's text, as written. */
const mdPlain = (node: MdNode): string => (node.type === 'text' || node.type === 'inlineCode' ? node.value : 'children' in node ? (node.children as MdNode[]).map(mdPlain).join('') : '')

// ---------- HTML ----------

/** Elements whose content is never report text. */
const hiddenElement = (el: Element) => el.properties?.hidden !== undefined && el.properties.hidden !== false

/**
 * A collapsed panel of an accordion or a set of tabs, saved with its page: hidden until a reader opens it, but
 * the report's own text ("Energy and Buildings" ▸ the sector's progress). Its heading is a button inside an h3.
 */
function disclosurePanel(el: Element): boolean {
  const cls = String(([] as unknown[]).concat(el.properties?.className ?? []).join(' '))
  return /accordion|collapse|panel|tab-?pane|disclosure|expand/i.test(cls) || el.properties?.ariaLabelledBy !== undefined
}

const DROP = new Set(['script', 'style', 'nav', 'header', 'footer', 'aside', 'noscript', 'template', 'form', 'button', 'select', 'iframe', 'svg', 'head', 'menu'])
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'body', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'figure', 'figcaption', 'hr', 'address', 'center'])

/**
 * Walk an HTML tree into blocks. Inside a table cell (`inCell`) paragraphs and line breaks only
 * set words apart: a Word export wraps every cell's text in <p>, and the row must stay one row.
 */
function hastWalk(node: HNode, b: BlockBuilder, inCell = false): void {
  if (node.type === 'text') {
    b.add(node.value, node.position?.start.offset, node.position?.end.offset)
    return
  }
  if (node.type !== 'element') return
  const el = node as Element
  const tag = el.tagName
  // "m<sup>2</sup>": a square or a cube after a unit, as the character it is; after a figure, a 2 is a footnote's.
  const power = tag === 'sup' ? textOf(el).trim() : ''
  if ((power === '2' || power === '3') && b.endsInLetter()) {
    const [child] = el.children as HNode[]
    b.add(power === '2' ? '²' : '³', child?.position?.start.offset, child?.position?.end.offset)
    return
  }
  if ((DROP.has(tag) && !(tag === 'button' && b.inHeading)) || (hiddenElement(el) && !disclosurePanel(el)) || pageFurniture(el) || footnoteMark(el)) return
  // A page's own contents: "On this page" over a list of links to its anchors.
  if ((tag === 'ul' || tag === 'ol') && anchorList(el)) return
  const heading = /^h([1-6])$/.exec(tag)
  if (heading && /^\s*(?:on this page|contents|table of contents|in this (?:section|article|report)|本页目录|目录)\s*$/i.test(textOf(el))) return
  if (heading) {
    b.flush()
    b.inHeading = true
    for (const c of el.children) hastWalk(c as HNode, b)
    b.inHeading = false
    b.flush({ depth: Number(heading[1]) })
    return
  }
  if (inCell) {
    const spaced = tag === 'br' || BLOCK.has(tag)
    if (spaced) b.add(' ', undefined)
    for (const c of el.children) hastWalk(c as HNode, b, true)
    if (spaced) b.add(' ', undefined)
    return
  }
  if (tag === 'br') {
    b.lineBreak()
    return
  }
  if (tag === 'td' || tag === 'th') {
    b.cell()
    for (const c of el.children) hastWalk(c as HNode, b, true)
    return
  }
  // A table of one column holding paragraphs is a box drawn round text (a plan's "专栏" of projects), no table of figures.
  if (tag === 'table' && boxTable(el)) {
    b.flush()
    for (const [cell] of tableCells(el)) for (const c of cell.children) hastWalk(c as HNode, b)
    b.flush()
    return
  }
  if (tag === 'table') {
    b.flush()
    const table = b.table()
    // A row is a header when it sits in <thead> or all its cells are <th>.
    const rows = tableRows(el)
    // A cell spanning rows (a category set once for its group, rowspan="3") stands empty in the rows below it,
    // so that their cells stay in their columns.
    const spanning = new Map<number, number>()
    for (const { r, head } of rows) {
      if (r.type !== 'element' || r.tagName !== 'tr') {
        hastWalk(r as HNode, b)
        continue
      }
      const cells = r.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))
      b.flush()
      let column = 0
      const spanned = () => {
        for (let left = spanning.get(column); left; left = spanning.get(column)) {
          b.cell()
          if (left > 1) spanning.set(column, left - 1)
          else spanning.delete(column)
          column++
        }
      }
      for (const c of r.children) {
        const isCell = c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')
        if (isCell) spanned()
        hastWalk(c as HNode, b)
        if (!isCell) continue
        const rows = Number((c as Element).properties?.rowSpan ?? 1)
        if (rows > 1 && rows <= 100) spanning.set(column, rows - 1)
        column++
      }
      spanned()
      b.flush({ kind: 'row' }, { table, header: head || (cells.length > 0 && cells.every((c) => c.tagName === 'th')) })
    }
    b.flush()
    return
  }
  const isBlock = BLOCK.has(tag)
  if (isBlock) b.flush()
  const strong = tag === 'p' || tag === 'div' ? htmlStrong(el) : undefined
  // A caption's lines ("The Honourable …<br>Minister of …") are one caption.
  for (const c of el.children) hastWalk(c as HNode, b, tag === 'figcaption')
  if (isBlock) b.flush(tag === 'li' ? { kind: 'item' } : tag === 'tr' ? { kind: 'row' } : tag === 'figcaption' ? { kind: 'caption' } : pageTitle(el, b.blocks) ? { kind: 'title' } : strong ? { strong } : {})
}

/** A table's children through <thead>/<tbody>/<tfoot>, each with whether it sits in <thead>. */
function tableRows(table: Element): { r: HNode; head: boolean }[] {
  return (table.children as HNode[]).flatMap((c) => (c.type === 'element' && /^(thead|tbody|tfoot)$/.test(c.tagName) ? (c.children as HNode[]).map((r) => ({ r, head: c.tagName === 'thead' })) : [{ r: c, head: false }]))
}

/** The cells of a table, row by row. */
function tableCells(table: Element): Element[][] {
  return tableRows(table).flatMap(({ r }) => (r.type === 'element' && r.tagName === 'tr' ? [(r.children as HNode[]).filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))] : []))
}

/**
 * A table whose rows hold one cell each, one of them paragraphs of sentences: a box round text (a 专栏, its title
 * and notes in rows of their own). A column of labels and figures ("新增就业" / "12万人") is a table.
 */
function boxTable(table: Element): boolean {
  const rows = tableCells(table)
  const sentences = (cell: Element) => {
    const blocks = (cell.children as HNode[]).filter((c) => c.type === 'element' && BLOCK.has(c.tagName))
    return blocks.length >= 2 && blocks.filter((c) => /[。；;.!?：:]\s*$|^.{20,}$/su.test(textOf(c).trim())).length * 2 >= blocks.length
  }
  return rows.length > 0 && rows.every((r) => r.length === 1) && rows.some(([cell]) => sentences(cell))
}

/**
 * Whether every word of an element is bold ("<p><strong>金融服務</strong></p>"), and italic too: 'b', 'bi', or
 * undefined; never for an element holding a block of its own.
 */
function htmlStrong(el: Element): 'b' | 'bi' | undefined {
  let bold = true
  let italic = true
  let text = false
  const walk = (node: HNode, inBold: boolean, inItalic: boolean): void => {
    if (node.type === 'text') {
      if (!node.value.trim()) return
      text = true
      bold &&= inBold
      italic &&= inItalic
    } else if (node.type === 'element') {
      if (BLOCK.has(node.tagName)) bold = false
      const b = inBold || node.tagName === 'strong' || node.tagName === 'b'
      const i = inItalic || node.tagName === 'em' || node.tagName === 'i'
      for (const c of node.children) walk(c as HNode, b, i)
    }
  }
  for (const c of el.children) walk(c as HNode, false, false)
  return text && bold ? (italic ? 'bi' : 'b') : undefined
}

/** The same for a Markdown paragraph that is one strong span ("**Financial services**"). */
function mdStrong(node: MdNode): 'b' | 'bi' | undefined {
  if (node.type !== 'paragraph') return undefined
  const parts = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()))
  if (parts.length !== 1 || parts[0].type !== 'strong') return undefined
  const inner = parts[0].children.filter((c) => !(c.type === 'text' && !c.value.trim()))
  return inner.length === 1 && inner[0].type === 'emphasis' ? 'bi' : 'b'
}

/**
 * A CMS page's title set in a block of its own class, not in a heading: <div class="detail-title">2024年…公报</div>,
 * naming a document, before any heading or body paragraph (not a table's caption or a list of past reports).
 */
const TITLE_CLASS = /^(?:(?:detail|article|art|news|content|page|doc|info)[-_]?)?(?:title|tit|biaoti|bt)$/i
const DOCUMENT_WORDS = /(?:19|20)\d{2}|报告|公报|规划|计划|纲要|预算|决算|要点|总结|Report|Plan|Budget|Strategy|Review/i

function pageTitle(el: Element, before: Block[]): boolean {
  if (before.some((x) => x.depth !== undefined || x.kind === 'title' || x.text.length > 80)) return false
  const names = Array.isArray(el.properties?.className) ? el.properties.className.map(String) : []
  if (!names.some((n) => TITLE_CLASS.test(n))) return false
  const text = textOf(el).trim()
  return text.length >= 4 && text.length <= 120 && DOCUMENT_WORDS.test(text) && !(el.children as HNode[]).some((c) => c.type === 'element' && BLOCK.has(c.tagName))
}

/** The text of an element and all inside it. */
const textOf = (node: HNode): string => (node.type === 'text' ? node.value : node.type === 'element' ? (node.children as HNode[]).map(textOf).join('') : '')

/**
 * A footnote's mark after a figure ("95%<sup>2</sup>", "12,500<sup><a href="#fn3">Footnote 3</a></sup>"):
 * glued to the figure it would change its value.
 */
function footnoteMark(el: Element): boolean {
  if (el.tagName !== 'sup') return false
  const text = textOf(el).replace(/^\s*(?:footnote|note)\s*/i, '').trim()
  // (Not an ordinal's ending: "20<sup>th</sup>" stays "20th".)
  return /^(?:[\da-z]{1,3}|[*†‡§]+)$/i.test(text) && !/^(?:st|nd|rd|th|er|e|re)$/i.test(text)
}

/** A list each of whose items is only a link to a place in the page ("#minister"), nested lists allowed. */
function anchorList(list: Element): boolean {
  const items = (list.children as HNode[]).filter((c): c is Element => c.type === 'element' && c.tagName === 'li')
  return items.length > 0 && items.every((li) => {
    const links = (li.children as HNode[]).filter((c): c is Element => c.type === 'element' && c.tagName === 'a')
    const own = (li.children as HNode[]).filter((c) => !(c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol'))).map(textOf).join('').trim()
    const nested = (li.children as HNode[]).filter((c): c is Element => c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol'))
    return links.length === 1 && String(links[0].properties?.href ?? '').startsWith('#') && own === textOf(links[0]).trim() && nested.every(anchorList)
  })
}

/** Roles and class names of a page's furniture: menus, banners, cookie notices, skip links. */
const FURNITURE_ROLE = /^(dialog|alertdialog|navigation|banner|contentinfo|search|complementary)$/
// (Text for screen readers stays: accessible tables put units and headers there.)
const FURNITURE_CLASS = /(?:^|[\s_-])(cookies?|skip-?link|skip-?to-?content|breadcrumbs?|crumbs?)(?:$|[\s_-])/i
/**
 * A class that is a sidebar of links itself, not a layout that has one ("content-with-sidebar"); a bar of share,
 * print or feedback buttons; the links to the previous and next article.
 */
const SIDEBAR_CLASS = /^(?:sidebar|side-bar|related(?:-?(?:links|articles|content|reading))?|相关文章|share|share-?bar|social-?share|sharing|print|print-?tools|feedback|page-?feedback|prev-?next|pager)$/i
/** The heading of a box of links or of a feedback form under an article: the box is no report text. */
const BOX_HEADING = /^\s*(?:related (?:content|links|pages|articles|information|reading)|see also|was this page (?:helpful|useful)\??|is this page (?:helpful|useful)\??|did you find what you were looking for\??|相关(?:阅读|链接|文章|推荐|新闻|文件)|延伸阅读|热点(?:信息|新闻|推荐|关注)|推荐阅读|最新(?:信息|动态|文章))\s*$/i

function pageFurniture(el: Element): boolean {
  const p = el.properties ?? {}
  if (el.tagName === 'div' || el.tagName === 'section') {
    const first = (el.children as HNode[]).find((c): c is Element => c.type === 'element')
    if (first && /^h[2-6]$/.test(first.tagName) && BOX_HEADING.test(textOf(first))) return true
  }
  if (typeof p.role === 'string' && FURNITURE_ROLE.test(p.role)) return true
  const names = [...(Array.isArray(p.className) ? p.className : []), typeof p.id === 'string' ? p.id : ''].join(' ')
  return FURNITURE_CLASS.test(names) || names.split(/\s+/).some((n) => SIDEBAR_CLASS.test(n))
}

/** A page's <main> (or role="main"): where it has one, the report is there and nowhere else. */
function mainOf(node: HNode | HRoot): Element | undefined {
  if (node.type !== 'element' && node.type !== 'root') return undefined
  if (node.type === 'element' && (node.tagName === 'main' || node.properties?.role === 'main')) return node
  for (const c of node.children as HNode[]) {
    const found = mainOf(c)
    if (found) return found
  }
  return undefined
}

export function htmlBlocks(text: string): Block[] {
  const tree = parser('rehype-parse').parse(text) as HRoot
  const b = new BlockBuilder()
  const main = mainOf(tree)
  for (const node of main ? [main] : tree.children) hastWalk(node as HNode, b)
  b.flush()
  return b.blocks
}
