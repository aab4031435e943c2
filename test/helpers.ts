import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ingestText } from '../src/ingest/index.js'
import { readOutline } from '../src/outline/build.js'
import type { Outline } from '../src/outline/types.js'

/** The project root (tests run from dist/test). */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const corpusDir = resolve(root, '..', 'shared', 'corpus')
export const hasCorpus = existsSync(corpusDir)
/** Why corpus tests are skipped on a machine without ../shared. */
export const corpusSkip = hasCorpus ? false : `../shared/corpus not found beside the project (${corpusDir}): corpus tests skipped`

export function sample(path: string): string {
  return readFileSync(join(root, 'samples', path), 'utf8')
}

export function corpus(name: string): string {
  return readFileSync(join(corpusDir, `${name}.txt`), 'utf8')
}

export function outline(text: string, path = 'test.txt'): Outline {
  return readOutline(ingestText(text, path))
}

/** "label|title|level" of every section, for compact assertions. */
export function headings(o: Outline): string[] {
  return o.flat.map((s) => `${s.level} ${s.label}${s.label ? ' ' : ''}${s.title}`)
}
