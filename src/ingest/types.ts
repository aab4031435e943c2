export type Format = 'text' | 'markdown' | 'html'

/**
 * A logical block of a document after clean-up: one paragraph or heading line,
 * with broken PDF lines joined and furniture removed. `src[i]` is the offset in
 * `Document.text` of `text[i]`, so every later stage can point at source lines.
 */
export interface Block {
  text: string
  src: Int32Array
  /** Markup heading depth (Markdown `#`, HTML h1–h6); absent for plain text. */
  depth?: number
  /** A list item, table row or other block the markup says is not prose; the title the markup gives (front matter). */
  kind?: 'item' | 'row' | 'caption' | 'title'
  /** A table row: its table (numbered in document order), whether it is a header row, and each cell's [start, end) in `text`. */
  row?: TableRow
  /** The markup sets the whole paragraph in bold ('b') or bold italic ('bi'): how pages mark headings they do not tag. */
  strong?: 'b' | 'bi'
}

export interface TableRow {
  table: number
  header: boolean
  cells: [number, number][]
}

export interface Document {
  /** The path as the user gave it ('-' for stdin). */
  path: string
  /** The decoded original text. */
  text: string
  encoding: string
  format: Format
  /** Offsets at which each source line starts (line 1 starts at 0). */
  lineStarts: number[]
  blocks: Block[]
  /** What ingest removed, for transparency (furniture lines, duplicated summary). */
  removed: { line: number; reason: string; text: string }[]
}

export interface Position {
  line: number
  column: number
}
