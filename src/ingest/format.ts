import type { Format } from './types.js'

const BY_EXTENSION: Record<string, Format> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.htm': 'html',
  '.html': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.text': 'text',
}

/** The format by extension, else by sniffing the first kilobytes. */
export function detectFormat(path: string, text: string): Format {
  const ext = /\.[a-z]+$/i.exec(path)?.[0]?.toLowerCase()
  if (ext && BY_EXTENSION[ext]) return BY_EXTENSION[ext]
  const head = text.slice(0, 4096)
  if (/^\s*(<!doctype html|<html[\s>])/i.test(head) || /<(body|div|p|h[1-6])[\s>][\s\S]*<\/\1>/i.test(head)) return 'html'
  const mdHeadings = head.match(/^#{1,6}\s+\S/gm)?.length ?? 0
  if (mdHeadings >= 2 || (mdHeadings >= 1 && /^\s*[-*]\s+\S/m.test(head))) return 'markdown'
  return 'text'
}
