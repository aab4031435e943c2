import type { Block, Document, Position } from './types.js'

/**
 * A line break: \n, \r\n, \r, or a form feed (a PDF's page break). A form feed next to a newline
 * ("…\n\fNext page") is part of that one break, so line numbers are those an editor shows.
 */
export const LINE_BREAK = /\r\n\f?|\n\f?|\r\f?|\f(?:\r\n|\n|\r)?|[\v\u2028\u2029]/g

/** Where each line starts: the same breaks the plain-text reader uses. */
export function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (const m of text.matchAll(LINE_BREAK)) starts.push(m.index! + m[0].length)
  return starts
}

/** Line and column (1-based) of an offset in the document's text. */
export function positionAt(doc: Pick<Document, 'lineStarts'>, offset: number): Position {
  const starts = doc.lineStarts
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 }
}

/** Source offset of character `index` of a block (clamped to its ends). */
export function blockOffset(block: Block, index: number): number {
  if (block.src.length === 0) return 0
  return block.src[Math.max(0, Math.min(index, block.src.length - 1))]
}

/** A block built from a slice of the source text, char for char. */
export function sliceBlock(text: string, start: number, end: number): Block {
  const src = new Int32Array(end - start)
  for (let i = 0; i < src.length; i++) src[i] = start + i
  return { text: text.slice(start, end), src }
}

/** Concatenate blocks' text and maps, with an optional joiner mapped to the join point. */
export function joinBlocks(parts: Block[], joiner = ''): Block {
  const text = parts.map((p) => p.text).join(joiner)
  const src = new Int32Array(text.length)
  let k = 0
  parts.forEach((p, i) => {
    if (i > 0) for (let j = 0; j < joiner.length; j++) src[k++] = p.src[0] ?? 0
    src.set(p.src, k)
    k += p.src.length
  })
  return { ...parts[0], text, src }
}

/** Keep the characters of a block for which `keep(char, index)` is true. */
export function filterBlock(block: Block, keep: (ch: string, i: number) => boolean): Block {
  let text = ''
  const src: number[] = []
  for (let i = 0; i < block.text.length; i++) {
    const ch = block.text[i]
    if (keep(ch, i)) {
      text += ch
      src.push(block.src[i])
    }
  }
  return { ...block, text, src: Int32Array.from(src) }
}

/** A sub-range of a block. */
export function subBlock(block: Block, start: number, end = block.text.length): Block {
  return { ...block, text: block.text.slice(start, end), src: block.src.slice(start, end) }
}

/**
 * The first piece of a block (from `from` on) whose text is `text`, or undefined.
 * Its offsets are a view of the block's: one per heading of a large report, a copy costs.
 */
export function pieceOf(block: Block, text: string, from = 0): Block | undefined {
  const at = text ? block.text.indexOf(text, from) : -1
  return at < 0 ? undefined : { text, src: block.src.subarray(at, at + text.length) }
}
