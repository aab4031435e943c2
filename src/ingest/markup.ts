import { createRequire } from 'node:module'
import type { Root as MdRoot, RootContent as MdNode } from 'mdast'
import type { Root as HRoot, Element, RootContent as HNode } from 'hast'
import type { Block } from './types.js'

// The parsers load on first use: plain-text reports, most of them, never pay
// for remark and rehype (~80 ms of start-up). Node ≥ 20.19 requires ES modules.
const load = createRequire(import.meta.url)
type Parser = { parse(text: string): unknown }
const parser = (plugin: 'remark-parse' | 'rehype-parse'): Parser => {
  const { unified } = load('unified') as typeof import('unified')
  return unified().use((load(plugin) as { default: never }).default) as unknown as Parser
}

/** Collects inline text into blocks, mapping each character to its source offset. */
class BlockBuilder {
  readonly blocks: Block[] = []
  private text = ''
  private src: number[] = []

  add(value: string, start: number | undefined, end?: number): void {
    if (!value) return
    // Text nodes may differ from their source (entities, escapes): map
    // character i to start + i, clamped to the node's end.
    const base = start ?? this.src[this.src.length - 1] ?? 0
    const last = end !== undefined ? Math.max(base, end - 1) : base + value.length - 1
    for (let i = 0; i < value.length; i++) {
      this.text += value[i]
      this.src.push(Math.min(base + i, last))
    }
  }

  flush(extra: Partial<Block> = {}): void {
    // Collapse whitespace runs as a browser does; trim the ends.
    let text = ''
    const src: number[] = []
    for (let i = 0; i < this.text.length; i++) {
      const ch = this.text[i]
      if (/\s/.test(ch)) {
        if (text.length === 0 || text.endsWith(' ')) continue
        text += ' '
      } else text += ch
      src.push(this.src[i])
    }
    if (text.endsWith(' ')) {
      text = text.slice(0, -1)
      src.pop()
    }
    if (text) this.blocks.push({ text, src: Int32Array.from(src), ...extra })
    this.text = ''
    this.src = []
  }
}

// ---------- Markdown ----------

function mdInline(node: MdNode, b: BlockBuilder): void {
  if (node.type === 'text' || node.type === 'inlineCode') {
    b.add(node.value, node.position?.start.offset, node.position?.end.offset)
  } else if (node.type === 'break') {
    b.add(' ', node.position?.start.offset)
  } else if ('children' in node) {
    for (const c of node.children as MdNode[]) mdInline(c, b)
  }
}

function mdBlock(node: MdNode, b: BlockBuilder, kind?: Block['kind']): void {
  switch (node.type) {
    case 'heading':
      mdInline(node, b)
      b.flush({ depth: node.depth })
      return
    case 'paragraph':
      mdInline(node, b)
      b.flush(kind ? { kind } : {})
      return
    case 'list':
      for (const item of node.children) for (const c of item.children) mdBlock(c, b, 'item')
      return
    case 'blockquote':
      for (const c of node.children) mdBlock(c, b, kind)
      return
    case 'table':
      for (const row of node.children) {
        row.children.forEach((cell, i) => {
          if (i > 0) b.add(' | ', undefined)
          mdInline(cell, b)
        })
        b.flush({ kind: 'row' })
      }
      return
    default:
      // code, html, thematic breaks and definitions carry no report text.
      return
  }
}

export function markdownBlocks(text: string): Block[] {
  const tree = parser('remark-parse').parse(text) as MdRoot
  const b = new BlockBuilder()
  for (const node of tree.children) mdBlock(node, b)
  return b.blocks
}

// ---------- HTML ----------

/** Elements whose content is never report text. */
const DROP = new Set(['script', 'style', 'nav', 'header', 'footer', 'aside', 'noscript', 'template', 'form', 'button', 'select', 'iframe', 'svg', 'head', 'menu'])
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'body', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'figure', 'figcaption', 'hr', 'address', 'center'])

function hastWalk(node: HNode, b: BlockBuilder): void {
  if (node.type === 'text') {
    b.add(node.value, node.position?.start.offset, node.position?.end.offset)
    return
  }
  if (node.type !== 'element') return
  const el = node as Element
  const tag = el.tagName
  if (DROP.has(tag) || el.properties?.hidden !== undefined && el.properties.hidden !== false) return
  const heading = /^h([1-6])$/.exec(tag)
  if (heading) {
    b.flush()
    for (const c of el.children) hastWalk(c as HNode, b)
    b.flush({ depth: Number(heading[1]) })
    return
  }
  if (tag === 'br') {
    b.flush()
    return
  }
  if (tag === 'td' || tag === 'th') {
    b.add(' | ', undefined)
    for (const c of el.children) hastWalk(c as HNode, b)
    return
  }
  const isBlock = BLOCK.has(tag)
  if (isBlock) b.flush()
  for (const c of el.children) hastWalk(c as HNode, b)
  if (isBlock) b.flush(tag === 'li' ? { kind: 'item' } : tag === 'tr' ? { kind: 'row' } : {})
}

export function htmlBlocks(text: string): Block[] {
  const tree = parser('rehype-parse').parse(text) as HRoot
  const b = new BlockBuilder()
  for (const node of tree.children) hastWalk(node, b)
  b.flush()
  // Table rows start with the cell separator; drop it.
  return b.blocks.map((blk) => (blk.kind === 'row' && blk.text.startsWith('| ') ? { ...blk, text: blk.text.slice(2), src: blk.src.slice(2) } : blk))
}
