/** Text NFKC and the replacements below leave as it is: CJK ideographs, 、。 and ASCII letters and digits. */
const UNCHANGED = /^[\u4e00-\u9fff\u3001\u3002A-Za-z0-9]*$/

/** Full-width and half-width forms compare equal: NFKC, then unify quotes and dashes. */
export function normalizeText(s: string): string {
  // Most words of a Chinese report need none of it; the diffs key every word.
  if (UNCHANGED.test(s)) return s
  return s
    .normalize('NFKC')
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/[—–―‐-]/g, '-')
    .replace(/\s+/g, ' ')
}

/** A heading reduced to what identifies it: no label, punctuation, years or spaces. */
export function headingKey(title: string): string {
  return normalizeText(title)
    .toLowerCase()
    .replace(/(19|20)\d{2}\s*年?/g, '')
    .replace(/[\s\p{P}\p{S}]/gu, '')
}
