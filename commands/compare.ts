import { Args, Flags } from '@oclif/core'
import { readFile } from 'node:fs/promises'
import { ExitCode, ReportdiffError } from '../src/errors.js'
import { readDocument } from '../src/ingest/read.js'
import { readOutline } from '../src/outline/index.js'
import { compareOutlines } from '../src/diff/compare.js'
import { BaseCommand, commonFlags } from './base.js'

/** The synonyms config: { "synonyms": [["GDP", "地区生产总值"], …] }. */
async function readSynonyms(path: string | undefined): Promise<string[][]> {
  if (!path) return []
  let data: unknown
  try {
    data = JSON.parse(await readFile(path, 'utf8'))
  } catch (e) {
    throw new ReportdiffError(`${path}: cannot read the config (${(e as Error).message.split('\n')[0]})`, ExitCode.input, 'give a JSON file like {"synonyms": [["GDP", "地区生产总值"]]}')
  }
  const groups = (data as { synonyms?: unknown }).synonyms
  if (!Array.isArray(groups) || !groups.every((g) => Array.isArray(g) && g.every((x) => typeof x === 'string'))) {
    throw new ReportdiffError(`${path}: "synonyms" must be a list of lists of names`, ExitCode.input, 'e.g. {"synonyms": [["GDP", "地区生产总值"]]}')
  }
  return groups as string[][]
}

export default class Compare extends BaseCommand {
  static override description = 'Align the sections of two reports and show what changed, in text and in targets'
  static override examples = [
    '<%= config.bin %> compare samples/zh/qinghe-2024-plan.txt samples/zh/qinghe-2025-plan.txt',
    '<%= config.bin %> compare old.txt new.txt --only changed --view side',
    '<%= config.bin %> compare old.md new.md --json > comparison.json',
    '<%= config.bin %> compare old.txt new.txt --format markdown -o review.md',
    '<%= config.bin %> compare old.txt new.txt --format html -o report.html',
  ]
  static override args = {
    old: Args.string({ required: true, description: "the old report (text, Markdown or HTML), or '-' for stdin" }),
    new: Args.string({ required: true, description: 'the new report' }),
  }
  static override flags = {
    ...commonFlags,
    format: Flags.string({ char: 'f', options: ['text', 'json', 'markdown', 'html'], default: 'text', description: 'output format (html: one self-contained page)' }),
    view: Flags.string({ options: ['inline', 'side'], default: 'inline', description: 'terminal view: inline word diff, or old and new side by side' }),
    only: Flags.string({ options: ['all', 'changed'], default: 'all', description: 'terminal view: all sections, or only those that changed (the HTML report has its own filter)' }),
    context: Flags.integer({ default: 1, min: -1, description: 'terminal view: unchanged sentences kept around each change (-1: all)' }),
    config: Flags.string({ description: 'JSON file with extra metric synonyms: {"synonyms": [["GDP", "地区生产总值"]]}' }),
    threshold: Flags.string({ description: 'minimum alignment score for a section link (default 0.3)' }),
  }

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Compare)
    if (args.old === '-' && args.new === '-') throw new ReportdiffError('only one input can come from stdin', ExitCode.usage, "give a path for the other report")
    const threshold = flags.threshold === undefined ? undefined : flags.threshold.trim() === '' ? NaN : Number(flags.threshold)
    if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new ReportdiffError(`--threshold ${flags.threshold}: not a number between 0 and 1`, ExitCode.usage, 'e.g. --threshold 0.35')
    const synonyms = await readSynonyms(flags.config)
    const [oldDoc, newDoc] = await Promise.all([readDocument(args.old, { encoding: flags.encoding }), readDocument(args.new, { encoding: flags.encoding })])
    const cmp = compareOutlines(readOutline(oldDoc), readOutline(newDoc), { align: threshold === undefined ? {} : { threshold }, targets: { synonyms } })
    const format = flags.json ? 'json' : flags.format
    // Each renderer is loaded only when its format is asked for.
    let text: string
    if (format === 'json') text = JSON.stringify((await import('../src/render/json.js')).comparisonJson(cmp), null, 2) + '\n'
    else if (format === 'markdown') text = (await import('../src/render/markdown.js')).comparisonMarkdown(cmp)
    else if (format === 'html') text = (await import('../src/render/html/index.js')).comparisonHtml(cmp)
    else {
      const terminal = this.terminal(flags.color, Boolean(flags.output))
      text = (await import('../src/render/terminal.js')).comparisonTerminal(cmp, { ...terminal, view: flags.view as 'inline' | 'side', onlyChanged: flags.only === 'changed', context: flags.context })
    }
    await this.emit(text, flags.output, [args.old, args.new])
  }
}
