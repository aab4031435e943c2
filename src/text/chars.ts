/** Character classes shared by every stage. */
export const HAN = /\p{Script=Han}/u
export const CJK_PUNCT = /[\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—]/u

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && (HAN.test(ch) || CJK_PUNCT.test(ch))
}

/** Characters that close a sentence (or a clause that may end a line). */
export const SENTENCE_END = /[。！？!?；;…”’」』）).]$/u

/** Share of Han characters among the letters of a text (0..1). */
export function hanShare(text: string): number {
  let han = 0
  let letters = 0
  for (const ch of text.slice(0, 20000)) {
    if (HAN.test(ch)) {
      han++
      letters++
    } else if (/\p{L}/u.test(ch)) letters++
  }
  return letters ? han / letters : 0
}

/**
 * A character class as a test on one UTF-16 unit, remembered per unit in a
 * 64 KB table (0 not yet asked, 1 in, 2 out): for loops over every character
 * of a report, where a Unicode-property expression per character is slow.
 */
export function unitClass(re: RegExp): (unit: number) => boolean {
  const known = new Uint8Array(65536)
  return (c) => (known[c] || (known[c] = re.test(String.fromCharCode(c)) ? 1 : 2)) === 1
}
