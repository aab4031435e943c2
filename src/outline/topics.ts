import type { Block } from '../ingest/types.js'
import { pieceOf, subBlock } from '../ingest/positions.js'
import { toSimplified } from '../text/script.js'
import type { Section } from './types.js'

/**
 * Unnumbered sub-headings that plain text does not mark but a reader sees
 * (printed in bold): parallel paragraph openers ("——我们坚持…。", "一年来，我们…。"),
 * short topic sentences ("工业生产保持较快增长。"), and 专栏 items ("道路工程：…").
 * They are offered as optional lower-level sections only when the evidence is
 * strong: several siblings of the same shape.
 */

const TOPIC = /^[\p{Script=Han}“”]{5,16}$/u
const COLUMN_ITEM = /^([\p{Script=Han}“”A-Za-z]{2,12})[:：]/u

type Cut = { para: number; at: number; label: string; title: string; bodyStart: number }

const ENUMERATION = /^([一二三四五六七八九十]+是|首先|其次|再次|最后|同时|此外|另外)/

function isTopic(sentence: string): boolean {
  return TOPIC.test(sentence) && !ENUMERATION.test(toSimplified(sentence, 8))
}

/**
 * Topic sentences: when two or more paragraphs open with one, those openers;
 * otherwise, inside a paragraph that opens with one, the later ones too
 * ("优化品质养老。…。落实双拥工作。…").
 */
function topicCuts(paragraphs: Block[]): Cut[] {
  const opening: Cut[] = []
  paragraphs.forEach((p, para) => {
    const end = p.text.indexOf('。')
    if (end > 0 && end + 1 < p.text.length && isTopic(p.text.slice(0, end))) opening.push({ para, at: 0, label: '', title: p.text.slice(0, end), bodyStart: end + 1 })
  })
  if (opening.length !== 1) return opening
  const para = opening[0].para
  const t = paragraphs[para].text
  const cuts: Cut[] = []
  let start = 0
  for (let end = t.indexOf('。'); end !== -1; end = t.indexOf('。', start)) {
    const sentence = t.slice(start, end)
    if (isTopic(sentence) && end + 1 < t.length) cuts.push({ para, at: start, label: '', title: sentence, bodyStart: end + 1 })
    start = end + 1
  }
  return cuts
}

function columnCuts(paragraphs: Block[]): Cut[] {
  const cuts: Cut[] = []
  paragraphs.forEach((p, para) => {
    const m = COLUMN_ITEM.exec(p.text)
    if (m) cuts.push({ para, at: 0, label: '', title: m[1], bodyStart: m[0].length })
  })
  return cuts
}

/** Runs of ≥ 3 paragraphs that open alike ("——…", "一年来，我们…") with a short first sentence. */
function openerCuts(paragraphs: Block[]): Cut[] {
  const first = paragraphs.map((p) => {
    const end = p.text.indexOf('。')
    return end > 0 && end <= 42 && !/\d/.test(p.text.slice(0, end)) ? end : -1
  })
  const cuts: Cut[] = []
  let i = 0
  while (i < paragraphs.length) {
    let j = i
    let prefix = first[i] > 0 ? paragraphs[i].text.slice(0, first[i]) : ''
    while (j + 1 < paragraphs.length && first[j + 1] > 0) {
      const next = paragraphs[j + 1].text
      let k = 0
      while (k < prefix.length && prefix[k] === next[k]) k++
      const shared = prefix.slice(0, k)
      if (!(shared.startsWith('——') || shared.length >= 4)) break
      prefix = shared
      j++
    }
    if (j - i + 1 >= 3) {
      for (let k = i; k <= j; k++) {
        const t = paragraphs[k].text
        const dash = t.startsWith('——')
        cuts.push({ para: k, at: 0, label: dash ? '——' : '', title: t.slice(dash ? 2 : 0, first[k]), bodyStart: first[k] + 1 })
      }
      i = j + 1
    } else i++
  }
  return cuts
}

function child(parent: Section, cut: Cut, p: Block, line: (b: Block) => number): Section {
  const body = subBlock(p, cut.bodyStart)
  const heading = pieceOf(p, cut.title, cut.at)
  return {
    id: '',
    level: parent.level + 1,
    label: cut.label,
    title: cut.title,
    ...(heading ? { heading } : {}),
    runIn: true,
    style: 'topic',
    optional: true,
    line: line(subBlock(p, cut.at)),
    endLine: 0,
    paragraphs: body.text.trim() ? [body] : [],
    children: [],
  }
}

/** Split a section's own paragraphs at the cuts into optional child sections. */
function apply(section: Section, cuts: Cut[], line: (b: Block) => number): Section[] {
  const kept: Block[] = []
  const made: Section[] = []
  let current: Section | undefined
  const push = (b: Block) => {
    if (!b.text.trim()) return
    if (current) current.paragraphs.push(b)
    else kept.push(b)
  }
  section.paragraphs.forEach((p, para) => {
    const here = cuts.filter((c) => c.para === para)
    let pos = 0
    for (const cut of here) {
      if (cut.at > pos) push(subBlock(p, pos, cut.at))
      const end = here[here.indexOf(cut) + 1]?.at ?? p.text.length
      current = child(section, cut, subBlock(p, 0, end), line)
      made.push(current)
      pos = end
    }
    if (pos === 0 && here.length === 0) push(p)
    else if (pos < p.text.length) push(subBlock(p, pos))
  })
  section.paragraphs = kept
  section.children = [...made, ...section.children]
  return made
}

export function inferTopics(section: Section, line: (b: Block) => number): void {
  for (const c of section.children) inferTopics(c, line)
  if (section.style === 'column') {
    const cuts = columnCuts(section.paragraphs)
    if (cuts.length >= 2) apply(section, cuts, line)
    return
  }
  const openers = openerCuts(section.paragraphs)
  if (openers.length) {
    for (const made of apply(section, openers, line)) {
      const cuts = topicCuts(made.paragraphs)
      if (cuts.length >= 2) apply(made, cuts, line)
    }
    return
  }
  const cuts = topicCuts(section.paragraphs)
  if (cuts.length >= 2) apply(section, cuts, line)
}
