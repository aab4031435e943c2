import type { Block } from '../ingest/types.js'
import { arabicYears } from '../text/numerals.js'
import { toSimplified } from '../text/script.js'
import type { Meta } from './types.js'

const TITLE_WORDS = /报告|计划|规划|纲要|预算|决算|公报|方案|意见|通知|讲话|总结|Report|Plan|Budget|Speech|Statement|Review|Strategy|Outlook|Estimates|OKR/i
/** How a Chinese title ends: the kind of document it names, with a bracketed note ("（草案）"). */
const TITLE_END = /(报告|纲要|公报|规划|计划|方案|意见|通知|讲话|总结)([（(][^）)]*[）)])?$/
const SALUTATION = /^(各位代表|主任、副主任|同志们|女士们|Mr\.?\s+(Speaker|Chair)|Madam\s+(Speaker|Chair)|Honou?rable|Hon['’]ble|Dear\b|Members of)/i
const MEETING = /^[—–-]{1,2}|会议上|Session|Assembly/
export const DATE = /(\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\b\d{1,2}\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})|\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+(\d{4})|^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d{2}$/
/** A line that is only a date: "2025年10月", "二〇二四年二月二十八日" (its year in Arabic digits). */
const ZH_DATE_LINE = /^[（(]?(?:19|20)\d{2}\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?[）)]?$/
/** "Delivered by the Minister of Finance on 20 February 2024": who presented the document, not a heading. */
export const BYLINE = /^(?:(?:Delivered|Presented|Prepared|Published|Issued|Submitted|Moved|Tabled|Read|Authored) by\b|(?:Published|Issued|Released|Dated|Last updated)\b:?\s*(?:on\s+)?\d)/i
const ISSUER = /(局|委员会|政府|办公室|办公厅|人民代表大会|人大|Ministry|Department|Agency|Office|Council|Treasury|Board)|局长|主任|市长|区长|县长|省长|Minister|Secretary|Director/

/**
 * The blocks before the first heading: the document's title, date, meeting
 * line, issuer and salutation are metadata; longer prose is the preamble.
 */
export function readPreamble(blocks: Block[]): { meta: Meta; preamble: Block[] } {
  const meta: Meta = { title: '' }
  const preamble: Block[] = []
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i].text
    // Word lists are Simplified; a Traditional report reads the same (報告 → 报告); values keep the text as written.
    const plain = toSimplified(text)
    const short = text.length <= (/[a-z]/i.test(text) ? 160 : 60)
    if (SALUTATION.test(plain) && short) {
      meta.salutation = text
      continue
    }
    if (short && !meta.title && ((TITLE_WORDS.test(plain) && !/[。；;]$/.test(text)) || blocks[i].depth === 1)) {
      // A title may wrap onto a second line ("（草案）的报告（书面）").
      let title = text
      // So may a Chinese title's second half: "…计划执行情况" / "与2024年…计划草案的报告", "…五年规划" / "和二〇三五年远景目标纲要".
      const continues = (next: string) =>
        next.length <= 40 && !/[。；;：:]$/.test(next) && !/^[（(].*(会议|批准|通过|\d{1,2}\s*日|年\s*\d{1,2}\s*月\s*[）)]$)/.test(next) && (/^[（(]|^的|^[与和及暨]/.test(next) || (/\p{Script=Han}$/u.test(title) && !TITLE_END.test(toSimplified(title)) && TITLE_END.test(toSimplified(next))))
      while (i + 1 < blocks.length && continues(blocks[i + 1].text)) title += blocks[++i].text
      // A cover page sets the year under the title: "Corporate Plan" / "2024–25".
      if (i + 1 < blocks.length && /^(?:FY\s?)?(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?(?:年度?)?$/.test(blocks[i + 1].text.trim()) && !/(?:19|20)\d{2}/.test(title)) title += (/[a-z]$/i.test(title) ? ' ' : '') + blocks[++i].text.trim()
      meta.title = title
      continue
    }
    if (short && MEETING.test(plain) && /会议|日|Session|Assembly|\d{4}/.test(plain)) {
      let line = text.replace(/^[—–-]+\s*/, '')
      while (!/上$|[.。]$/.test(line) && i + 1 < blocks.length && blocks[i + 1].text.length <= 30 && /会议|大会|上$/.test(toSimplified(blocks[i + 1].text))) line += blocks[++i].text
      meta.meeting = line
      const d = DATE.exec(line)
      if (d) meta.date ??= d[0]
      continue
    }
    // (A date line in Chinese digits, "二〇二四年二月二十八日", or of a month alone, "2025年10月".)
    const date = DATE.exec(text) ?? ZH_DATE_LINE.exec(arabicYears(text.trim()))
    if (short && date && (text.length <= 40 || BYLINE.test(text))) {
      meta.date ??= date[0].replace(/^[（(]|[）)]$/g, '')
      continue
    }
    if (short && text.length <= 40 && ISSUER.test(plain) && !/[。.]$/.test(text)) {
      meta.issuer ??= text
      continue
    }
    // Short lines before the title or salutation are page chrome (site names, categories).
    if (!meta.salutation && text.length <= 30 && !/[。.]$/.test(text)) continue
    preamble.push(blocks[i])
  }
  if (!meta.title) meta.title = blocks.find((b) => b.text.length <= 80 && !/[。.；;]$/.test(b.text))?.text ?? ''
  const year = /(19|20)\d{2}/.exec(meta.date ?? '') ?? /(19|20)\d{2}/.exec(meta.meeting ?? '')
  if (year) meta.year = Number(year[0])
  return { meta, preamble }
}

export function isSalutation(text: string): boolean {
  return SALUTATION.test(toSimplified(text)) && text.length <= 40
}
