import { parseChineseNumeral, parseRoman } from '../text/numerals.js'
import { toSimplified } from '../text/script.js'

/**
 * Heading numbering, as written at the start of a block. `style` groups labels
 * of one kind (一、 vs （一） vs 1.); levels are later inferred from the order
 * in which styles appear. `number` is the label's ordinal, for sequence checks.
 */
export interface Label {
  style: string
  label: string
  number: number
  /** Characters the label and the space after it take at the start of the text. */
  length: number
}

const ZH = '[一二三四五六七八九十百零〇]+'
const OPEN = '[（(]'
const CLOSE = '[）)]'
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'

interface Grammar {
  re: RegExp
  style: (m: RegExpExecArray) => string
  number: (m: RegExpExecArray) => number
}

// Order matters: the first grammar that matches wins.
const GRAMMARS: Grammar[] = [
  { re: new RegExp(`^第(${ZH}|\\d+)(章|节|部分|篇|条)\\s*`), style: (m) => `zh-第${m[2]}`, number: (m) => num(m[1]) },
  // 壹、贰、叁: Taiwan's reports number their parts in formal digits, above 一、.
  { re: /^([壹贰叁参肆伍陆柒捌玖拾]+)\s*[、.．]\s*/, style: () => 'zh-formal', number: (m) => num(m[1]) },
  { re: new RegExp(`^(${ZH})\\s*[、.．]\\s*`), style: () => 'zh-num', number: (m) => num(m[1]) },
  { re: new RegExp(`^${OPEN}\\s*(${ZH})\\s*${CLOSE}\\s*`), style: () => 'zh-paren', number: (m) => num(m[1]) },
  { re: new RegExp(`^${OPEN}\\s*(\\d{1,3})\\s*${CLOSE}\\s*`), style: () => 'arabic-paren', number: (m) => Number(m[1]) },
  { re: new RegExp(`^([${CIRCLED}])\\s*`), style: () => 'circled', number: (m) => CIRCLED.indexOf(m[1]) + 1 },
  // A WeChat article's decorated headings: "【一】", "〔二〕" and a padded number before a bar, "01 / 2023年工作回顾".
  { re: new RegExp(`^[【〔]\\s*(${ZH}|\\d{1,2})\\s*[】〕]\\s*`), style: () => 'zh-bracket', number: (m) => num(m[1]) },
  { re: /^(0\d)\s*[/／|｜]\s*(?=\S)/, style: () => 'padded', number: (m) => Number(m[1]) },
  { re: /^(专栏\s*[一二三四五六七八九十\d]*)\s*[:：]?\s*/, style: () => 'column', number: () => 0 },
  { re: new RegExp(`^(${ZH})是(?=[^，,、。；])`), style: () => 'zh-是', number: (m) => num(m[1]) },
  // 1.1 / 1.1.1 — one style per depth, so "1.2" sits under "1.".
  // Not a figure with a Latin unit or name glued to it ("2.5G网络", "1.5T磁共振").
  // Nor a decimal that a line broken in a sentence opens with ("151.2 lakh tonnes, …"): a scale or a counted noun follows it.
  { re: /^(\d{1,3}(?:\.\d{1,3}){1,3})\.?(?=\s|[^\d.%％])(?!\s*[亿万千百十元个人户家所条座处项名倍吨亩米])(?!\s+(?:lakh|crore|million|billion|thousand|hundred|per\s?cent|percent|tonnes?|tons?|km|kilometres?|miles?|hectares?|acres?|mw|gw|units?|households|people|persons|youth|farmers|houses|homes|jobs|years?|months?|days?)\b)(?![A-Za-z][A-Za-z0-9]{0,4}(?:[\u3400-\u9fff]|$))\s*/, style: (m) => `decimal-${m[1].split('.').length}`, number: (m) => Number(m[1].split('.').pop()) },
  // "2.5G网络覆盖工程": item 2, whose title starts with a figure and its Latin unit.
  { re: /^(\d{1,3})\s*[.．、](?:(?![\d.．])|(?=\d{1,2}[A-Za-z]{1,4}[\u3400-\u9fff]))\s*/, style: () => 'arabic', number: (m) => Number(m[1]) },
  { re: /^(\d{1,3})\)\s*/, style: () => 'arabic-half-paren', number: (m) => Number(m[1]) },
  // "2 Housing": a number and a space, only on a short title-case line (PDF reports drop the dot).
  // Not a date ("1 January 2024 to 31 December 2024").
  { re: /^(\d{1,2})\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)(?=[A-Z][A-Za-z'’-]*(?:\s+(?:[A-Z0-9][\w'’-]*|and|or|of|the|for|in|on|to|with|a|an|&))*\s*$)/, style: () => 'arabic-space', number: (m) => Number(m[1]) },
  // ("PART B – TAX PROPOSALS": a dash between the label and its title is neither's.)
  { re: /^(Part|PART|Chapter|CHAPTER|Section|SECTION|Annex|ANNEX|Appendix|APPENDIX)\s+([A-Z]|\d{1,3}|[IVXLC]+)\b[.:]?\s*(?:[-–—]\s+)?/, style: (m) => `en-${m[1].toLowerCase()}`, number: (m) => enNum(m[2]) },
  // Strategy documents: "Goal 1:", "Objective 1.2", "Priority 3 –"; each word its own style, so goals sit above objectives.
  // A US federal plan's "Strategic Goal 1:", "Strategic Objective 1.1:", "Performance Goal 1.1.1:", "Management Objective M.1:"
  // are styles of their own too.
  { re: /^((?:Strategic|Performance|Management|Agency Priority|Departmental|Corporate|Key) )?(Goal|Objective|Priority|Outcome|Theme|Pillar|Strategy|Aim|Commitment|Workstream|Mission|Key activity|Key Activity|KEY ACTIVITY|Focus area|Focus Area|Program|Programme)\s+(\d{1,3}(?:\.\d{1,3}){0,2}|[A-Z](?:\.\d{1,3}){0,2})\b(?![.,]\d)[.:)]?\s*(?:[-–—]\s*)?/, style: (m) => `en-${(m[1] ?? '') + m[2]}`.toLowerCase(), number: (m) => enNum(m[3].split('.').pop()!) },
  { re: /^([IVXLC]{1,6})[.)]\s+/, style: () => 'roman', number: (m) => parseRoman(m[1]) },
  { re: /^([A-Z])[.)]\s+/, style: () => 'alpha', number: (m) => m[1].charCodeAt(0) - 64 },
]

function num(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s)
}

function enNum(s: string): number {
  if (/^\d+$/.test(s)) return Number(s)
  const r = parseRoman(s)
  return Number.isNaN(r) ? s.charCodeAt(0) - 64 : r
}

/** The numbering label at the start of `text`, if any. */
export function matchLabel(written: string): Label | undefined {
  // Traditional labels read as Simplified (專欄 → 专栏, 第一節 → 第一节); the label is kept as written.
  // Labels are short: only the start of a long paragraph is converted.
  // Full-width digits (１．, （２）) are the same labels; one character each way, so lengths hold.
  const text = toSimplified(written, 24).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  for (const g of GRAMMARS) {
    const m = g.re.exec(text)
    if (!m) continue
    const n = g.number(m)
    if (!Number.isFinite(n) || n > 200) continue
    return { style: g.style(m), label: written.slice(0, m[0].length).trim(), number: n, length: m[0].length }
  }
  return undefined
}

/** Whether a line opens with a heading label (used to stop joining broken lines). */
export function startsWithLabel(text: string): boolean {
  const l = matchLabel(text)
  return l !== undefined && l.style !== 'roman' && l.style !== 'alpha' && text.length > l.length
}
