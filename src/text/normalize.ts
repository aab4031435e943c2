/** Full-width and half-width forms compare equal: NFKC, then unify quotes and dashes. */
export function normalizeText(s: string): string {
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
