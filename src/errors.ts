/** Exit codes the CLI documents (README "Exit codes"). */
export const ExitCode = {
  ok: 0,
  /** The tool itself failed: a bug. */
  internal: 1,
  /** An input cannot be read: missing, a directory, binary, empty, undecodable. */
  input: 2,
  /** A flag or argument is wrong, or an output path would overwrite an input. */
  usage: 3,
  /** The output could not be written. */
  output: 4,
} as const

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode]

/**
 * An error a user can cause and fix. The CLI prints `message` on one line,
 * followed by the hint, and exits with `exitCode` — never a stack trace.
 */
export class ReportdiffError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue,
    readonly hint?: string,
  ) {
    super(message)
    this.name = 'ReportdiffError'
  }

  /** The one line the CLI prints. */
  get line(): string {
    return this.hint ? `${this.message} — ${this.hint}` : this.message
  }
}
