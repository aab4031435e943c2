/** A sentence as a [start, end) range in a text; `end` includes the closing mark. */
export interface Span {
  start: number
  end: number
}

const CLOSERS = /[”’」』）)"']/

/**
 * Split text into sentences: Chinese 。！？；, and English . ! ? followed by a
 * space and an upper-case letter or the end. Closing quotes stay with their sentence.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // Only these can end a sentence: 。！？；!?; (Chinese and English marks), and . (English only).
    if (c !== 0x3002 && c !== 0xff01 && c !== 0xff1f && c !== 0xff1b && c !== 0x21 && c !== 0x3f && c !== 0x3b && c !== 0x2e) continue
    const ch = text[i]
    let end = -1
    if (c !== 0x2e && !(ch === ';' && /\d/.test(text[i + 1] ?? '')) && !((c === 0x3b || c === 0xff1b) && insideBrackets(text, start, i))) end = i + 1
    else if (ch === '.' && /\s/.test(text[i + 1] ?? ' ') && !/\b(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|No|vs|St|Rs)$/.test(text.slice(Math.max(0, i - 4), i)) && !/\b[A-Z]$/.test(text.slice(Math.max(0, i - 2), i))) {
      let k = i + 1
      while (k < text.length && /\s/.test(text[k])) k++
      const next = text[k]
      // "12. The economy grew …": a paragraph number opens the sentence, it is not one.
      const enumerator = /^\s*(?:\d{1,3}|[ivxlc]{1,5}|[a-z])$/i.test(text.slice(start, i))
      if (!enumerator && (next === undefined || /[A-Z0-9“"(\p{Script=Han}]/u.test(next))) end = i + 1
    }
    if (end < 0) continue
    while (end < text.length && CLOSERS.test(text[end])) end++
    spans.push({ start, end })
    while (end < text.length && /\s/.test(text[end])) end++
    start = end
    i = end - 1
  }
  if (start < text.length && text.slice(start).trim()) spans.push({ start, end: text.length })
  return spans
}

/** Whether a bracket opened since `from` is still open at `at`: "(target 8.5; 2023/24: 9.8)" is one aside. */
function insideBrackets(text: string, from: number, at: number): boolean {
  let depth = 0
  for (let k = from; k < at; k++) {
    const ch = text[k]
    if (ch === '(' || ch === '（') depth++
    else if ((ch === ')' || ch === '）') && depth > 0) depth--
  }
  return depth > 0
}

export function sentences(text: string): string[] {
  return sentenceSpans(text).map((s) => text.slice(s.start, s.end))
}
