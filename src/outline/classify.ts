import type { Block } from '../ingest/types.js'
import { matchLabel, startsWithLabel } from './labels.js'
import { BYLINE, DATE } from './meta.js'

/** A block recognised as a heading. Indices are into the block's text. */
export interface HeadingMatch {
  label: string
  style: string
  number: number
  title: string
  runIn: boolean
  /** Where the body starts in the block (run-in headings); text.length otherwise. */
  bodyStart: number
  /** The label alone on its line ("Part 1", "第一章"): its title may be the next line. */
  bare?: boolean
}

export type Lang = 'zh' | 'en'

const ZH_DIGITS = '〇一二三四五六七八九十'
const MAX_TITLE = { zh: 60, en: 120 }
const MAX_RUN_IN = { zh: 50, en: 90 }
const TOC_ENTRY = /(\.{3,}|…{2,}|·{3,}|\s{2,})\s*\d{1,4}$/
const TERMINAL = /[。.;；:：]$/

/** End (exclusive) of the first sentence of `text` after `from`, or -1. */
function firstSentenceEnd(text: string, from: number, lang: Lang): number {
  if (lang === 'zh') {
    const m = /[。！？!?]/.exec(text.slice(from))
    return m ? from + m.index + 1 : -1
  }
  const m = /[.!?](?=\s+["“(]?[A-Z0-9])/.exec(text.slice(from))
  return m ? from + m.index + 1 : -1
}

const words = (s: string) => s.split(/\s+/).filter(Boolean)

const SENTENCE_OPENER = /^(the|a|an|we|our|i|it|its|this|these|those|there|in|as|on|for|with|by|to|at|from|if|when|while|since|all|each|every|he|she|they|you)\b/i

/** A short English phrase in heading style, not the opening of a sentence. */
function headingLike(title: string): boolean {
  const ws = words(title)
  if (ws.length > 8 || SENTENCE_OPENER.test(title)) return false
  const significant = ws.filter((w) => !/^(a|an|the|and|or|of|in|on|for|to|with|by|at|from)$/i.test(w))
  return ws.length <= 4 || significant.filter((w) => /^[A-Z0-9]/.test(w)).length >= significant.length * 0.6
}

/** A labelled block: standalone heading, run-in heading, or (too long) a numbered paragraph. */
function labelled(text: string, lang: Lang): HeadingMatch | undefined {
  const lab = matchLabel(text)
  if (!lab) return undefined
  if (lang === 'zh' && (lab.style === 'roman' || lab.style === 'alpha' || lab.style.startsWith('en-'))) return undefined
  const rest = text.slice(lab.length)
  // "一是…。二是…" in one paragraph is an enumeration inside it, not a heading.
  if (lab.style === 'zh-是' && rest.includes(`${ZH_DIGITS[lab.number + 1]}是`)) return undefined
  // "PART A", "第一章" alone on a line: the label is the heading.
  if (!rest.trim() && (lab.style.startsWith('en-') || lab.style.startsWith('zh-第'))) return { label: '', style: lab.style, number: lab.number, title: lab.label, runIn: false, bodyStart: text.length, bare: true }
  // "12." on its own line is a paragraph number; dot leaders end a table-of-contents entry.
  if (!rest.trim() || TOC_ENTRY.test(rest)) return undefined
  // "C. difficile infections fell…", "E. coli": a genus's initial before its species, in lower case, is no letter heading.
  if (lang === 'en' && (lab.style === 'alpha' || lab.style === 'roman') && !/^[IVX]+[.)]?$/.test(lab.label) && /^\s*[a-z]/.test(rest)) return undefined
  const base = { label: lab.label, style: lab.style, number: lab.number }
  const end = firstSentenceEnd(text, lab.length, lang)
  if (end < 0 || end >= text.length) {
    const title = rest.replace(TERMINAL, '').trim()
    if (title.length > MAX_TITLE[lang]) return undefined
    // A numbered English sentence ("1. We will replace 40 km of mains.") is a list item.
    if (lang === 'en' && /[.;]$/.test(rest) && words(title).length > 8) return undefined
    if (lang === 'zh' && /[，,；;]/.test(title) && /[。；;]$/.test(rest) && title.length > 30) return undefined
    return { ...base, title, runIn: false, bodyStart: text.length }
  }
  const title = text.slice(lab.length, end).replace(/[。.!?！？]$/, '').trim()
  if (title.length > MAX_RUN_IN[lang]) return undefined
  // "4. The government will implement …" is a numbered paragraph; "1.2 Parks. We planted …" a run-in heading.
  if (lang === 'en' && !headingLike(title)) return undefined
  let bodyStart = end
  while (bodyStart < text.length && /\s/.test(text[bodyStart])) bodyStart++
  return { ...base, title, runIn: true, bodyStart }
}

/** A table's or figure's caption: "表1 …", "附表2", "图3", "Table 4". */
const TABLE_CAPTION = /^(?:附?表|图|Table|Figure|Chart)\s*[\d一二三四五六七八九十]/i
const SHORT_ZH = /^[\p{Script=Han}“”"《》（）()、·\-—A-Za-z0-9+]{2,25}$/u

/** A short English line in title case or capitals, unpunctuated: "Financial Services", "PART B". */
function titleLine(text: string): 'caps' | 'title-line' | undefined {
  if (text.length > 80 || /[.;,]$/.test(text)) return undefined
  const letters = text.replace(/[^A-Za-z]/g, '')
  if (letters.length >= 4 && letters === letters.toUpperCase() && /^[A-Z0-9 ,&'’\-–—:()/]+$/.test(text)) return 'caps'
  const ws = words(text)
  const significant = ws.filter((w) => !/^(a|an|the|and|or|of|in|on|for|to|with|by|at|from|vs?\.?)$/i.test(w))
  const capital = significant.filter((w) => /^[A-Z0-9]/.test(w))
  if (ws.length <= 10 && /^[A-Z]/.test(text) && significant.length > 0 && capital.length / significant.length >= 0.6) return 'title-line'
  return undefined
}

/** Blocks around the one classified: two before and two after, where there are. */
export interface Neighbours {
  prev?: Block
  next?: Block
  /** The block before `prev`, and the one after `next`. */
  prev2?: Block
  next2?: Block
}

/** Body text follows: a long paragraph, or a sentence of a few words ("15. Thank you, Mr President."). */
function prose(block: Block | undefined, lang: Lang): boolean {
  if (block === undefined || block.depth) return false
  if (lang === 'zh') return block.text.length >= 40
  return block.text.length >= 80 || (block.text.length >= 20 && /[.!?]$/.test(block.text) && words(block.text).length >= 4)
}

/** What ends a paragraph, so that the next line may open a section. */
function closes(block: Block | undefined, lang: Lang): boolean {
  // (In Chinese, a numbered heading line closes too: "第十章 保障措施" / "加强组织领导" / …, as Word's lost numbering leaves them.)
  return block === undefined || /[。.!?！？；;:：”"]$/.test(block.text) || block.depth !== undefined || (lang === 'en' && block.text.length <= 60 && startsWithLabel(block.text + ' x')) || (lang === 'zh' && block.text.length <= 30 && labelled(block.text, lang)?.runIn === false)
}

/**
 * An unnumbered heading on a line of its own: a short Chinese line with no
 * sentence punctuation between two prose paragraphs; in English an ALL-CAPS
 * line or a short title-case line followed by body text — or by one more such
 * line and then body text ("Developing the Economy" / "Financial Services").
 */
function unlabelled(block: Block, around: Neighbours, lang: Lang): HeadingMatch | undefined {
  const text = block.text
  const { prev, next } = around
  const none = { label: '', number: 0, runIn: false, bodyStart: text.length }
  if (lang === 'zh') {
    // (A short heading may head one short sentence: "加大资金投入" / "“十五五”期间，全市…投入不低于300亿元。")
    // (Not a lead-in to what follows: "具体包括", "重点做好以下工作".)
    const oneSentence = next !== undefined && !next.depth && text.length <= 16 && next.text.length >= 20 && /[。！？]$/.test(next.text) && !/(?:包括|如下|下列|主要有|重点是|主要是|分别是|即)$|以下(?:几个方面|方面|工作|任务|措施|几点|内容)?$/.test(text)
    if (!(prose(next, lang) || oneSentence) || !closes(prev, lang)) return undefined
    // (A table's caption, "表1“十四五”规划纲要主要指标中期进展情况", heads the table, not a section.)
    if (TABLE_CAPTION.test(text) || next?.row) return undefined
    if (!SHORT_ZH.test(text) || /\d+(\.\d+)?[%％]/.test(text) || text.length < 4) return undefined
    return { ...none, style: 'zh-plain', title: text }
  }
  const style = titleLine(text)
  // A byline or a dated line ("Delivered by …", "… on 20 February 2024") opens no section.
  if (!style || BYLINE.test(text) || DATE.test(text)) return undefined
  // A heading and its sub-heading may stand one after the other, but not three title lines in a row (an address, a list of names).
  const line = (b: Block | undefined) => b !== undefined && !b.depth && titleLine(b.text) !== undefined
  const nextOk = prose(next, lang) || (line(next) && prose(around.next2, lang) && closes(prev, lang))
  const prevOk = closes(prev, lang) || (line(prev) && closes(around.prev2, lang) && prose(next, lang))
  return nextOk && prevOk ? { ...none, style, title: text } : undefined
}

/** Whether a block is a heading, and of what kind. */
export function classifyBlock(block: Block, around: Neighbours, lang: Lang): HeadingMatch | undefined {
  if (block.depth) {
    // A marked heading may number itself with a bare number ("<h2>2 Clean electricity</h2>"), in any case.
    const bare = /^(\d{1,2})\s+(?=\p{Lu})/u.exec(block.text)
    const lab = matchLabel(block.text) ?? (bare ? { style: 'arabic-space', label: bare[1], number: Number(bare[1]), length: bare[0].length } : undefined)
    const title = lab && block.text.length > lab.length ? block.text.slice(lab.length).trim() : block.text
    return { label: lab && title !== block.text ? lab.label : '', style: `md-${block.depth}`, number: lab?.number ?? 0, title, runIn: false, bodyStart: block.text.length }
  }
  if (block.kind) return undefined
  return labelled(block.text, lang) ?? boldLine(block, around, lang) ?? unlabelled(block, around, lang)
}

/** A short line the markup sets in bold, ending in no sentence mark ("<p><strong>金融服務</strong></p>"): a heading by its look. */
function boldLine(block: Block, around: Neighbours, lang: Lang): HeadingMatch | undefined {
  const text = block.text
  if (!block.strong || text.length > (lang === 'zh' ? 24 : 80) || /[。.!?！？；;：:，,]$/.test(text)) return undefined
  // A heading names a topic; a bold note or call-out says something ("Please note: …", "£4.2m saved in 2024",
  // "All figures are provisional and subject to audit"): no colon inside, no figure, and in English few words or title case.
  // ("Adult social care: key achievements" is a topic and its subtitle; "Please note: …" a note.)
  if ((lang === 'zh' && /[:：]/.test(text)) || /^(?:please note|note|nb|important|key (?:achievements?|facts?|figures?))\b/i.test(text) || /[\d.,]+\s*(?:%|％|m\b|bn\b|k\b)|[$€£₹]\s?\d/.test(text)) return undefined
  // ("Improving access to primary care services" names a topic; "All figures are provisional" says something.)
  if (lang === 'en' && (words(text).length > 8 || /\b(?:is|are|was|were|will|has|have|had|be|been|can|must|should)\b/i.test(text)) && !titleLine(text)) return undefined
  // (A table's caption in bold, "表1 2023年…情况" over its rows, heads the table, not a section.)
  // ("…执行情况表" / "单位：万元" / rows: a unit line may stand between.)
  if (around.next?.row || (/^[（(]?\s*(?:金额|计量)?单位\s*[:：]/.test(around.next?.text ?? '') && around.next2?.row) || TABLE_CAPTION.test(text) || /表$/.test(text)) return undefined
  return { label: '', style: block.strong === 'bi' ? 'bold-italic' : 'bold', number: 0, title: text, runIn: false, bodyStart: text.length }
}
