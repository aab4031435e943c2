import { createHash } from 'node:crypto'
import { h } from 'hastscript'
import type { Root } from 'hast'
import { unified } from 'unified'
import rehypeStringify from 'rehype-stringify'
import type { Comparison, SectionDiff } from '../../diff/compare.js'
import type { Section } from '../../outline/types.js'
import { VERSION } from '../../version.js'
import { CSS, JS } from './assets.js'
import { headingText } from '../heading.js'
import { controls, header, langOf, pair, sectionMap, summary, targetsTable, toc } from './parts.js'

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`

/** Changed pairs beyond this many start folded: a 10 MB report still opens in seconds. */
const OPEN_PAIRS = 60

function pairs(cmp: Comparison, oldById: Map<string, Section>, newById: Map<string, Section>) {
  let opened = 0
  return cmp.diffs.map((d, k) => pair(cmp, d, k, oldById, newById, d.changed && opened++ < OPEN_PAIRS))
}

/**
 * The comparison as one self-contained HTML page: a hast tree serialised by
 * rehype-stringify, so every piece of document
 * text is an escaped text node. The page loads nothing: its Content Security
 * Policy allows only its own style and script, by hash.
 */
export function comparisonHtml(cmp: Comparison): string {
  const oldById = new Map(cmp.old.outline.flat.map((s) => [s.id, s]))
  const newById = new Map(cmp.new.outline.flat.map((s) => [s.id, s]))
  const titleOf = (d: SectionDiff) => {
    const ids = d.link.old.length ? d.link.old : d.link.new
    const byId = d.link.old.length ? oldById : newById
    return ids.map((id) => headingText(byId.get(id)!)).join(' + ')
  }
  const o = cmp.old.outline
  const n = cmp.new.outline
  const csp = `default-src 'none'; style-src ${sha(CSS)}; script-src ${sha(JS)}; img-src 'none'; base-uri 'none'; form-action 'none'`
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: langOf(n) }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: csp }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'generator', content: `reportdiff ${VERSION}` }),
          h('title', `reportdiff: ${o.meta.title || o.doc.path} → ${n.meta.title || n.doc.path}`),
          h('style', CSS),
        ]),
        h('body.hide-unchanged', [
          h('div.wrap', [
            header(cmp, VERSION),
            controls(),
            summary(cmp),
            targetsTable(cmp),
            sectionMap(cmp, oldById, newById),
            toc(cmp, titleOf),
            h('main#sections', [h('h2', 'Sections'), ...pairs(cmp, oldById, newById)]),
            h('footer', `Made by reportdiff ${VERSION}. Deleted text is struck through, inserted text underlined; every change is also marked in words for screen readers.`),
          ]),
          h('script', JS),
        ]),
      ]),
    ],
  }
  return unified().use(rehypeStringify).stringify(tree) + '\n'
}
