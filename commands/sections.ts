import { Args, Flags } from '@oclif/core'
import { readDocument } from '../src/ingest/read.js'
import { readOutline } from '../src/outline/index.js'
import { outlineJson, outlineMarkdown, outlineTerminal } from '../src/render/outline.js'
import { BaseCommand, commonFlags } from './base.js'

export default class Sections extends BaseCommand {
  static override description = 'Read a report into its tree of sections'
  static override examples = ['<%= config.bin %> sections samples/zh/qinghe-2024-plan.txt', '<%= config.bin %> sections report.md --json', 'cat report.txt | <%= config.bin %> sections -']
  static override args = { file: Args.string({ required: true, description: "report file (text, Markdown or HTML), or '-' for stdin" }) }
  static override flags = {
    ...commonFlags,
    format: Flags.string({ char: 'f', options: ['text', 'json', 'markdown'], default: 'text', description: 'output format' }),
  }

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Sections)
    const outline = readOutline(await readDocument(args.file, { encoding: flags.encoding }))
    const format = flags.json ? 'json' : flags.format
    const text =
      format === 'json'
        ? JSON.stringify(outlineJson(outline), null, 2) + '\n'
        : format === 'markdown'
          ? outlineMarkdown(outline)
          : outlineTerminal(outline, this.terminal(flags.color, Boolean(flags.output)))
    await this.emit(text, flags.output, [args.file])
  }
}
