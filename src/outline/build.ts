import type { Block, Document } from '../ingest/types.js'
import { pieceOf, positionAt, subBlock } from '../ingest/positions.js'
import { hanShare } from '../text/chars.js'
import { toSimplified } from '../text/script.js'
import { classifyBlock, type HeadingMatch, type Lang } from './classify.js'
import { matchLabel } from './labels.js'
import { LevelStack } from './levels.js'
import { isSalutation, readPreamble } from './meta.js'
import { inferTopics } from './topics.js'
import type { Outline, Section } from './types.js'

const TITLE_WORDS = /报告|计划|规划|纲要|预算|Report|Plan|Budget|Speech|Statement/i

/** Index of the first block of the body: the first heading after the title and salutation. */
function bodyStart(blocks: Block[], matches: (HeadingMatch | undefined)[]): number {
  const head = Math.min(blocks.length, 40)
  let floor = -1
  for (let i = 0; i < head; i++) {
    if (isSalutation(blocks[i].text)) floor = i
    else if (floor < 0 && i < 15 && blocks[i].text.length <= 80 && TITLE_WORDS.test(toSimplified(blocks[i].text)) && !matches[i]?.label) floor = i
  }
  for (let i = 0; i < blocks.length; i++) {
    const m = matches[i]
    if (!m) continue
    const strong = m.label !== '' || m.style.startsWith('md-')
    if (strong || i > floor) return i
  }
  return blocks.length
}

/** A Markdown or HTML document's single top heading is its title, not a section. */
function markupTitle(blocks: Block[]): number {
  // A title the markup names (Markdown front matter) is the title.
  const named = blocks.findIndex((b) => b.kind === 'title')
  if (named >= 0) return named
  // The top level is the highest one used: a page may title itself in an <h2> ("detail-title") and use no <h1>.
  const top = blocks.reduce((min, b) => Math.min(min, b.depth ?? 7), 7)
  const tops = blocks.map((b, i) => (b.depth === top ? i : -1)).filter((i) => i >= 0)
  const firstHeading = blocks.findIndex((b) => b.depth !== undefined)
  // (Below <h1>, only a heading that opens the text, unnumbered, naming a document: "## 1. Introduction", "<h2>Overview</h2>"
  // and a heading under a title line are parts.)
  if (tops.length === 1 && tops[0] === firstHeading && (top === 1 || (firstHeading === 0 && !matchLabel(blocks[0].text) && DOCUMENT_NAME.test(toSimplified(blocks[0].text))))) return firstHeading
  // Several top headings, the first a document's name with a heading right under it ("# Annual Report 2024/25",
  // "# Performance report"): the title set at the level of the parts.
  const first = tops[0]
  if (first !== undefined && first === firstHeading && blocks[first + 1]?.depth !== undefined && DOCUMENT_NAME.test(blocks[first].text)) return first
  return -1
}

/** A heading that names a whole document: its kind and its year. */
const DOCUMENT_NAME = /^(?=.*(?:19|20)\d{2})(?=.*(?:report|plan|budget|statement|review|strategy|报告|规划|计划|纲要|公报|预算))/i

/** A line that opens a report's notes: "注释：", "附注", "Notes". */
const NOTES_LINE = /^(?:注释|附注|注|说明|Notes?|Endnotes?|Footnotes?)\s*[:：]?$/i

/**
 * A report's notes at its end ("注释：" / "1. 本公报中数据均为初步统计数…"): one section beside its
 * top parts, whose numbered notes are paragraphs, not sections — up to the next heading the markup marks.
 */
function notesSection(blocks: Block[], matches: (HeadingMatch | undefined)[]): void {
  // Notes close a report: after them, no heading of the style its parts open with ("一、", "1.") and none the markup marks.
  const top = matches.find((m) => m !== undefined)?.style
  const closing = (i: number) => !blocks.slice(i + 1).some((b, k) => b.depth !== undefined || (top !== undefined && matches[i + 1 + k]?.style === top && !NOTES_LINE.test(b.text.trim())))
  let inNotes = false
  blocks.forEach((b, i) => {
    if (b.depth !== undefined) inNotes = false
    else if (NOTES_LINE.test(b.text.trim()) && (inNotes || closing(i))) {
      inNotes = true
      matches[i] = { label: '', style: 'notes', number: 0, title: b.text.trim().replace(/\s*[:：]$/, ''), runIn: false, bodyStart: b.text.length }
    } else if (inNotes && matches[i] && matches[i]!.style !== 'notes') matches[i] = undefined
  })
}

/**
 * Speeches and budget statements number their paragraphs ("14. We will …").
 * A short one that continues that count ("15. Thank you, Mr President.") is
 * the next paragraph, not a heading.
 */
function dropNumberedParagraphs(blocks: Block[], matches: (HeadingMatch | undefined)[]): void {
  let last = -1
  blocks.forEach((b, i) => {
    const m = matches[i]
    const lab = m ? undefined : matchLabel(b.text)
    if (lab?.style === 'arabic') last = lab.number
    else if (m?.style === 'arabic' && !m.runIn && /[.!?]$/.test(b.text) && m.number === last + 1) {
      matches[i] = undefined
      last = m.number
    }
  })
}

/**
 * A speech that numbers every paragraph through the whole text (a budget speech: "1. 我謹動議…" … "158. …", under
 * unnumbered headings): the count runs on across its headings instead of starting again under each, and most of
 * its paragraphs carry it. Those numbers open paragraphs, however short their first sentence; none is a heading.
 * (A plan's "1. 加快建设…" items start again under each "（一）", or are too few of its paragraphs.)
 */
function dropParagraphNumbering(blocks: Block[], matches: (HeadingMatch | undefined)[]): void {
  const numbered: { i: number; n: number }[] = []
  blocks.forEach((b, i) => {
    const m = matches[i]
    const lab = m ? (m.style === 'arabic' ? m : undefined) : b.depth === undefined ? matchLabel(b.text) : undefined
    if (lab?.style === 'arabic') numbered.push({ i, n: lab.number })
  })
  // The longest run counting up by one.
  let best: { i: number; n: number }[] = []
  let run: { i: number; n: number }[] = []
  for (const x of numbered) {
    run = run.length && x.n === run[run.length - 1].n + 1 ? [...run, x] : [x]
    if (run.length > best.length) best = run
  }
  if (best.length < 10) return
  // Headings of another kind the count runs across; a speech's are unnumbered titles, a plan's numbered (一、).
  const otherHeading = (k: number) => blocks[k].depth !== undefined || (matches[k] !== undefined && matches[k]!.style !== 'arabic')
  // ("A. Introduction", "II. The Economy": a speech's sections may be lettered; a plan's 一、 and （一） are its own.)
  const untitled = (k: number) => otherHeading(k) && (!matches[k]?.label || /^(alpha|roman)$/.test(matches[k]!.style))
  let crossed = 0
  for (let r = 1; r < best.length; r++) {
    for (let k = best[r - 1].i + 1; k < best[r].i; k++) {
      if (untitled(k)) {
        crossed++
        break
      }
    }
  }
  const paragraphs = blocks.slice(best[0].i, best[best.length - 1].i + 1).filter((b, k) => !otherHeading(best[0].i + k) && !b.row).length
  // A plan's numbered tasks open with a title ("1.建设东北亚国际化中心城市。…"); a speech's paragraphs with a sentence.
  const titled = best.filter(({ i }) => {
    const text = blocks[i].text.replace(/^\s*\d{1,3}\s*[.．、]\s*/, '')
    const end = text.search(/[。！？.!?]/)
    return end > 0 && end <= 24 && end < text.length - 1 && !/[，,；;]/.test(text.slice(0, end))
  }).length
  if (crossed < 2 || best.length < 0.6 * paragraphs || titled >= 0.5 * best.length) return
  for (const { i } of best) matches[i] = undefined
}

const GLUED = /[。；;](\d{1,3})[.．、](?!\d)/g

/** Numbered items glued mid-line after a sentence: "…。4.签约一批。…" */
function splitGlued(block: Block, levels: LevelStack): Block[] {
  const next = levels.expected('arabic')
  if (next === undefined) return [block]
  const m = [...block.text.matchAll(GLUED)].find((x) => Number(x[1]) === next)
  if (!m) return [block]
  return [subBlock(block, 0, m.index + 1), subBlock(block, m.index + 1)]
}

/** The longest line that may be the title of a label standing alone above it. */
const MAX_TITLE_LINE = 80

/** Document → Outline: the tree of sections by its headings. Pure. */
export function readOutline(doc: Document): Outline {
  // The language of the text itself, not of markup around it (an HTML page's styles and scripts).
  const lang: Lang = hanShare(doc.blocks.map((b) => b.text).join('\n')) >= 0.3 ? 'zh' : 'en'
  const line = (b: Block) => positionAt(doc, b.src[0] ?? 0).line
  const titleAt = markupTitle(doc.blocks)
  const blocks = doc.blocks
  // An English text's first line, unpunctuated, is its title: the line after it may be a heading ("Introduction").
  const before = (i: number) => (lang === 'en' && i === 1 && blocks[0].text.length <= 160 && !/[.!?;:,]$/.test(blocks[0].text) ? undefined : blocks[i - 1])
  // A page that marks its headings (two or more <h2>, "##" …): a short line of its own before the first of them
  // is a byline or an address under the title, unless it is numbered ("一、", "2.1").
  const marked = blocks.filter((b, i) => b.depth !== undefined && i !== titleAt)
  const firstMarked = marked.length >= 2 ? blocks.indexOf(marked[0]) : -1
  const matches = blocks.map((b, i) => {
    if (i === titleAt) return undefined
    const m = classifyBlock(b, { prev: before(i), next: blocks[i + 1], prev2: i >= 2 ? before(i - 1) : undefined, next2: blocks[i + 2] }, lang)
    return i < firstMarked && m && b.depth === undefined && !m.label && !m.runIn ? undefined : m
  })
  dropParagraphNumbering(blocks, matches)
  if (lang === 'en') dropNumberedParagraphs(blocks, matches)
  notesSection(blocks, matches)
  // "Part 1" / "Our purpose", "第一章" / "总则": a label alone on its line, titled by the short line after it.
  const titleLines = new Set<number>()
  // A part whose headings are all unlabelled, in the style of the line after its label: that line is the first of
  // them ("PART A" / "STATE OF THE ECONOMY" … "AGRICULTURE" … "PART B"), not the part's title.
  const firstOfSiblings = (i: number): boolean => {
    const style = matches[i + 1]?.style
    let sibling = false
    for (let k = i + 2; k < matches.length && matches[k]?.style !== matches[i]!.style; k++) {
      const m = matches[k]
      if (m?.label) return false
      if (m && !m.runIn && m.style === style) sibling = true
    }
    return sibling
  }
  // Read alike for every such label: only where each one heads unlabelled siblings (else "CHAPTER 1" would lose
  // the title "CHAPTER 2" keeps). Every label that reaches the test below is one of them.
  const bares = matches.flatMap((m, i) => (m?.bare && matches[i + 1] && !matches[i + 1]!.label ? [i] : []))
  const siblingsRead = bares.length > 0 && bares.every(firstOfSiblings)
  matches.forEach((m, i) => {
    const next = blocks[i + 1]
    const nextMatch = matches[i + 1]
    if (!m?.bare || !next || next.row || next.text.length > MAX_TITLE_LINE || /[.!?。！？；;：:，,]$/.test(next.text)) return
    // The next line is no heading of its own, or only one by its style ("Capability" in capitals).
    if (nextMatch && (nextMatch.label || nextMatch.runIn || nextMatch.bare || siblingsRead)) return
    m.label = m.title
    m.title = next.text
    titleLines.add(i + 1)
    matches[i + 1] = undefined
  })
  const start = bodyStart(blocks, matches)
  const { meta, preamble } = readPreamble(blocks.slice(0, start))
  if (start === blocks.length) {
    // No headings: the whole text is one section; only the title is metadata.
    preamble.splice(0, preamble.length, ...blocks.filter((b) => b.text !== meta.title))
  }
  if (titleAt >= 0 && titleAt < start) meta.title = blocks[titleAt].text

  const roots: Section[] = []
  const open: Section[] = []
  const levels = new LevelStack()
  // Blocks in order; pieces cut from a block (a run-in body, a glued item) are read next.
  const pending: { block: Block; match: HeadingMatch | undefined }[] = []
  for (let q = start; q < blocks.length || pending.length; ) {
    if (!pending.length && titleLines.has(q)) {
      q++
      continue
    }
    const { block, match } = pending.pop() ?? { block: blocks[q], match: matches[q++] }
    if (match) {
      // "C." after "A." and "B." is a letter, not the Roman hundred.
      if (match.style === 'roman' && /^[IVXLC][.)]$/.test(match.label) && levels.expected('alpha') === match.label.charCodeAt(0) - 64) {
        match.style = 'alpha'
        match.number = match.label.charCodeAt(0) - 64
      }
      const level = levels.assign(match.style, match.number)
      const section: Section = {
        id: '',
        level,
        label: match.label,
        title: match.title,
        runIn: match.runIn,
        style: match.style,
        optional: false,
        line: line(block),
        endLine: 0,
        paragraphs: [],
        children: [],
      }
      const heading = pieceOf(block, match.title)
      if (heading) section.heading = heading
      // The run-in body is read next: it may hold glued items ("…。2.签约一批。").
      if (match.runIn) pending.push({ block: subBlock(block, match.bodyStart), match: undefined })
      while (open.length && open[open.length - 1].level >= level) open.pop()
      const parent = open[open.length - 1]
      if (parent) parent.children.push(section)
      else roots.push(section)
      open.push(section)
      continue
    }
    const [first, rest] = splitGlued(block, levels)
    if (rest) pending.push({ block: rest, match: classifyBlock(rest, { prev: first, next: pending[pending.length - 1]?.block ?? blocks[q] }, lang) })
    const current = open[open.length - 1]
    if (current) current.paragraphs.push(first)
    else preamble.push(first)
  }

  // A document with no headings is one section.
  if (roots.length === 0) {
    const all = preamble.splice(0)
    roots.push({ id: '', level: 1, label: '', title: meta.title || (all[0]?.text.slice(0, 40) ?? ''), runIn: false, style: 'whole', optional: false, line: all[0] ? line(all[0]) : 1, endLine: 0, paragraphs: all, children: [] })
  }
  if (lang === 'zh') for (const r of roots) inferTopics(r, line)

  const flat: Section[] = []
  const visit = (s: Section, parent?: Section) => {
    s.id = `s${flat.length + 1}`
    s.parent = parent?.id
    flat.push(s)
    for (const c of s.children) visit(c, s)
  }
  for (const r of roots) visit(r)
  const lastLine = (s: Section): number => {
    const own = s.paragraphs.length ? line(subBlock(s.paragraphs[s.paragraphs.length - 1], s.paragraphs[s.paragraphs.length - 1].text.length - 1)) : s.line
    return Math.max(own, ...s.children.map(lastLine))
  }
  for (const s of flat) s.endLine = lastLine(s)
  return { doc, lang, meta, preamble, sections: roots, flat }
}
