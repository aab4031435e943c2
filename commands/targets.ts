import { Args, Flags } from '@oclif/core'
import { readDocument } from '../src/ingest/read.js'
import { readOutline } from '../src/outline/index.js'
import { extractTargets } from '../src/targets/index.js'
import { targetsCsv, targetsJson, targetsTerminal } from '../src/render/targets.js'
import { BaseCommand, commonFlags } from './base.js'

export default class Targets extends BaseCommand {
  static override description = 'List every quantified target and result of a report'
  static override examples = ['<%= config.bin %> targets samples/zh/qinghe-2025-plan.txt', '<%= config.bin %> targets report.txt --format csv -o figures.csv']
  static override args = { file: Args.string({ required: true, description: "report file, or '-' for stdin" }) }
  static override flags = {
    ...commonFlags,
    format: Flags.string({ char: 'f', options: ['text', 'json', 'csv'], default: 'text', description: 'output format' }),
  }

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Targets)
    const outline = readOutline(await readDocument(args.file, { encoding: flags.encoding }))
    const targets = extractTargets(outline)
    const format = flags.json ? 'json' : flags.format
    const text =
      format === 'json'
        ? JSON.stringify(targetsJson(outline, targets), null, 2) + '\n'
        : format === 'csv'
          ? targetsCsv(outline, targets)
          : targetsTerminal(outline, targets, this.terminal(flags.color, Boolean(flags.output)))
    await this.emit(text, flags.output, [args.file])
  }
}
