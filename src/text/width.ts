import { createRequire } from 'node:module'

// string-width loads on first need (~30 ms of start-up that report text rarely needs).
let stringWidth: ((s: string) => number) | undefined
const exactWidth = (s: string): number => (stringWidth ??= (createRequire(import.meta.url)('string-width') as { default: (s: string) => number }).default)(s)

// Plain ASCII, Latin, general punctuation, CJK and full-width forms: widths known by code point.
const SIMPLE = /^[\u0020-\u007e\u00a0-\u02ff\u2000-\u206f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6]*$/

/**
 * Terminal columns of a string. string-width is exact but slow (it segments
 * graphemes and tests each for emoji); most report text needs none of that.
 */
export function displayWidth(s: string): number {
  if (!SIMPLE.test(s)) return exactWidth(s)
  let w = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    w += c >= 0x2e80 && c !== 0x303f && !(c >= 0xff61 && c <= 0xffdc) && !(c >= 0xffe8) ? 2 : 1
  }
  return w
}
