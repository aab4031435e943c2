import { decode } from './decode.js'
import { detectFormat } from './format.js'
import { furnitureReason } from './furniture.js'
import { htmlBlocks, markdownBlocks } from './markup.js'
import { textBlocks } from './plaintext.js'
import { dropCjkSpaces } from './spaces.js'
import { lineStartsOf, positionAt } from './positions.js'
import { dropDuplicatedSummary } from './summary.js'
import type { Block, Document, Format } from './types.js'

export type { Block, Document, Format, Position } from './types.js'
export { positionAt, blockOffset } from './positions.js'

export interface IngestOptions {
  /** Force an encoding instead of sniffing it. */
  encoding?: string
  /** Force a format instead of detecting it by extension and content. */
  format?: Format
}

/** Text (already decoded) → Document. Pure. */
export function ingestText(text: string, path = '<text>', options: { format?: Format; decodedAs?: string } = {}): Document {
  const source = text.replace(/^\uFEFF/, '')
  const format = options.format ?? detectFormat(path, source)
  const removed: Document['removed'] = []
  const lineStarts = lineStartsOf(source)
  let blocks: Block[]
  if (format === 'text') blocks = textBlocks(source, removed)
  else {
    const raw = format === 'markdown' ? markdownBlocks(source) : htmlBlocks(source)
    blocks = []
    for (const b of raw) {
      const reason = b.depth ? undefined : furnitureReason(b.text)
      if (reason) removed.push({ line: positionAt({ lineStarts }, b.src[0] ?? 0).line, reason, text: b.text })
      // A table row keeps its spaces: " | " sets its cells apart, and `row.cells` points into the text as it is.
      else blocks.push(b.row ? b : dropCjkSpaces(b))
    }
  }
  blocks = dropDuplicatedSummary(blocks, removed, (b) => positionAt({ lineStarts }, b.src[0] ?? 0).line)
  return { path, text: source, encoding: options.decodedAs ?? 'utf-8', format, lineStarts, blocks, removed }
}

/** Bytes → Document: the encoding is sniffed unless forced. Pure. */
export function ingestBytes(bytes: Uint8Array, path: string, options: IngestOptions = {}): Document {
  const { text, encoding } = decode(bytes, path, options.encoding)
  return ingestText(text, path, { format: options.format, decodedAs: encoding })
}
