import type { Block, Document } from '../ingest/types.js'

export interface Section {
  /** s1, s2 … in document order. */
  id: string
  /** 1 = the top of the report's own hierarchy. */
  level: number
  /** Numbering as written ("一、", "(一)", "1.", "专栏：", "——"), "" when unnumbered. */
  label: string
  /** Heading text without the label and the closing 。 */
  title: string
  /** The title where the source has it, for what the heading itself states ("Objective 1.1: Cut emissions by 40% by 2030"). */
  heading?: Block
  /** The heading opens a paragraph whose body follows on the same line. */
  runIn: boolean
  /** The numbering style the heading was recognised by (zh-num, zh-paren, md-2, topic …). */
  style: string
  /** An unnumbered topic sentence read as a sub-heading (a weaker signal). */
  optional: boolean
  /** Source line of the heading, and of the last line the section (with its children) covers. */
  line: number
  endLine: number
  /** The section's own text before its first child: run-in body first. */
  paragraphs: Block[]
  children: Section[]
  parent?: string
}

export interface Meta {
  title: string
  /** Date, meeting line, issuer, speaker, salutation — as written. */
  date?: string
  meeting?: string
  issuer?: string
  salutation?: string
  /** Year the document is dated, when it says. */
  year?: number
}

export interface Outline {
  doc: Document
  lang: 'zh' | 'en'
  meta: Meta
  /** Paragraphs before the first heading that are text, not metadata. */
  preamble: Block[]
  /** Top-level sections; `flat` lists every section in document order. */
  sections: Section[]
  flat: Section[]
}
