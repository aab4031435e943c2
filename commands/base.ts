import { Command, Flags } from '@oclif/core'
import { realpathSync } from 'node:fs'
import { rename, writeFile } from 'node:fs/promises'
import { dirname, basename, join, resolve } from 'node:path'
import { supportsColor } from 'chalk'
import { ExitCode, ReportdiffError } from '../src/errors.js'
import type { TerminalOptions } from '../src/render/style.js'

/** Flags every command shares: input decoding, output and color. */
export const commonFlags = {
  json: Flags.boolean({ description: 'print JSON (same as --format json)' }),
  output: Flags.string({ char: 'o', description: 'write to FILE instead of standard output (never onto an input)' }),
  encoding: Flags.string({ description: 'force the input encoding (utf-8, gbk, gb18030, utf-16le …); sniffed by default' }),
  color: Flags.boolean({ allowNo: true, description: 'force colors on or off (default: on for a terminal, off when piped; NO_COLOR and FORCE_COLOR are honoured)' }),
}

let epipeGuard = false
/** `reportdiff … | head` ends quietly: a closed pipe is not an error. */
function guardPipe(): void {
  if (epipeGuard) return
  epipeGuard = true
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0)
    throw e
  })
}

export abstract class BaseCommand extends Command {
  /** Color level from the flag, NO_COLOR / FORCE_COLOR, and whether stdout is a terminal. */
  terminal(flag: boolean | undefined, toFile: boolean): TerminalOptions {
    const width = Math.max(60, Math.min(process.stdout.columns || 100, 200))
    const max = (supportsColor ? supportsColor.level : 0) || 1
    let level: number
    if (flag !== undefined) level = flag ? max : 0
    else if (process.env.NO_COLOR) level = 0
    else if (process.env.FORCE_COLOR !== undefined) {
      // As supports-color reads it: '' or 'true' is on, 'false' off, 0–3 a level.
      const f = process.env.FORCE_COLOR
      level = f === 'false' ? 0 : /^[0-3]$/.test(f) ? Number(f) : 1
    }
    else level = !toFile && process.stdout.isTTY ? max : 0
    return { colorLevel: level as TerminalOptions['colorLevel'], width: toFile ? 100 : width }
  }

  /** Write the result to stdout, or to a file that is none of the inputs (atomically). */
  async emit(text: string, output: string | undefined, inputs: string[]): Promise<void> {
    if (!output || output === '-') {
      guardPipe()
      process.stdout.write(text)
      return
    }
    const target = resolve(output)
    const real = (p: string) => {
      try {
        return realpathSync(p)
      } catch {
        return resolve(p)
      }
    }
    for (const input of inputs) {
      if (input !== '-' && real(input) === real(target)) {
        throw new ReportdiffError(`${output}: is one of the inputs`, ExitCode.usage, 'choose another output file; reportdiff never overwrites an input')
      }
    }
    const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`)
    try {
      await writeFile(tmp, text)
      await rename(tmp, target)
    } catch (e) {
      throw new ReportdiffError(`${output}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`, ExitCode.output, 'check the folder exists and is writable')
    }
  }

  /** One line on stderr and a documented exit code; never a stack trace. */
  protected override async catch(err: Error & { exitCode?: number; oclif?: { exit?: number } }): Promise<void> {
    let line: string
    let code: number
    if (err instanceof ReportdiffError) {
      line = err.line
      code = err.exitCode
    } else if (err.oclif) {
      // oclif's own exits (help, version) pass through; parse errors are usage errors.
      if (err.oclif.exit === 0) return
      // "Missing 1 required arg:" names the argument on the next line: keep it, on this one.
      const [first, ...rest] = err.message.split('\n').map((l) => l.trim())
      const named = rest.filter((l) => l && !/^see more help/i.test(l)).map((l) => l.replace(/^(\S+)\s{2,}(.+)$/, '$1 ($2)')).join(', ')
      line = `${first.endsWith(':') && named ? `${first} ${named}` : first} — see \`reportdiff ${this.id ?? ''} --help\``
      code = ExitCode.usage
    } else {
      line = `internal error: ${err.message} — please report it with the inputs that caused it`
      code = ExitCode.internal
      if (process.env.DEBUG) process.stderr.write(`${err.stack}\n`)
    }
    process.stderr.write(`reportdiff: ${line}\n`)
    process.exit(code)
  }
}
