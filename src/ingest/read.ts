import { readFile, stat } from 'node:fs/promises'
import { ExitCode, ReportdiffError } from '../errors.js'
import { ingestBytes, type IngestOptions } from './index.js'
import type { Document } from './types.js'

async function readStdin(): Promise<Uint8Array> {
  if (process.stdin.isTTY) throw new ReportdiffError('-: no input on standard input', ExitCode.input, 'pipe a report in, e.g. `cat report.txt | reportdiff sections -`')
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Read a report from a path, or from standard input for '-'. The only I/O in ingest. */
export async function readDocument(path: string, options: IngestOptions = {}): Promise<Document> {
  let bytes: Uint8Array
  if (path === '-') bytes = await readStdin()
  else {
    let info
    try {
      info = await stat(path)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new ReportdiffError(`${path}: no such file`, ExitCode.input, 'check the path')
      if (code === 'EACCES') throw new ReportdiffError(`${path}: permission denied`, ExitCode.input, 'make the file readable (chmod +r)')
      throw new ReportdiffError(`${path}: cannot read (${code})`, ExitCode.input, 'check the path')
    }
    if (info.isDirectory()) throw new ReportdiffError(`${path}: is a directory`, ExitCode.input, 'give the path of a report file inside it')
    try {
      bytes = await readFile(path)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'EACCES') throw new ReportdiffError(`${path}: permission denied`, ExitCode.input, 'make the file readable (chmod +r)')
      throw new ReportdiffError(`${path}: cannot read (${code})`, ExitCode.input, 'check the file')
    }
  }
  const name = path === '-' ? '<stdin>' : path
  if (bytes.length === 0 || /^\s*$/.test(new TextDecoder().decode(bytes.subarray(0, 4096))) && bytes.length <= 4096) {
    throw new ReportdiffError(`${name}: the file is empty`, ExitCode.input, 'give a report with some text')
  }
  const doc = ingestBytes(bytes, name, options)
  if (doc.blocks.length === 0) throw new ReportdiffError(`${name}: no text found in the file`, ExitCode.input, 'give a report with some text')
  return doc
}
