/**
 * Chinese numerals: 一 二 … 十 百 千 万 亿, 两, 〇/零, mixed forms like 1.2万, and the
 * formal digits of amounts and of Taiwan's top-level headings (壹 贰 叁 … 拾 佰 仟).
 */
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 壹: 1, 贰: 2, 叁: 3, 参: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 }
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 拾: 10, 佰: 100, 仟: 1000 }
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 }

/** Value of a Chinese numeral string (一千二百 → 1200, 十一 → 11, 三 → 3), or NaN. */
export function parseChineseNumeral(s: string): number {
  if (!s) return NaN
  // Digit-by-digit form: 二〇二三 → 2023.
  if (/^[零〇一二三四五六七八九]{2,}$/.test(s)) return Number([...s].map((c) => DIGIT[c]).join(''))
  let total = 0
  let section = 0
  let digit = -1
  for (const ch of s) {
    if (ch in DIGIT) digit = DIGIT[ch]
    else if (ch in SMALL_UNIT) {
      section += (digit < 0 ? 1 : digit) * SMALL_UNIT[ch]
      digit = -1
    } else if (ch in BIG_UNIT) {
      section += digit < 0 ? 0 : digit
      total += (section || 1) * BIG_UNIT[ch]
      section = 0
      digit = -1
    } else return NaN
  }
  return total + section + (digit < 0 ? 0 : digit)
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 }

/** Value of an upper-case Roman numeral up to C, or NaN. */
export function parseRoman(s: string): number {
  if (!/^[IVXLC]+$/.test(s)) return NaN
  let total = 0
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]]
    const next = ROMAN[s[i + 1]] ?? 0
    total += v < next ? -v : v
  }
  return total
}

const YEAR_DIGIT = '[〇零一二三四五六七八九]'
/** "二〇二四年", "一九九八年", and the second year of "二〇二四至二五年度". */
const ZH_DIGIT_YEAR = new RegExp(`(?<![零〇一二三四五六七八九十百千万])(?:一九|二[〇零])${YEAR_DIGIT}{2}(?=\\s*(?:年|至))|(?<=(?:19|20|一九|二[〇零])${YEAR_DIGIT.slice(0, -1)}0-9]{2}\\s*)至\\s*${YEAR_DIGIT}{2}(?=\\s*年度)`, 'g')

/**
 * Years written digit by digit in Chinese numerals as Arabic ones, one character for one so offsets hold:
 * "二〇二四年" → "2024年", "二〇二四至二五年度" → "2024-25年度" (a fiscal year).
 */
export function arabicYears(text: string): string {
  if (!/[〇零]|一九/.test(text)) return text
  return text.replace(ZH_DIGIT_YEAR, (m) => [...m].map((c) => (c === '至' ? '-' : c in DIGIT ? String(DIGIT[c]) : c)).join(''))
}
