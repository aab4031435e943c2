/**
 * reportdiff as a library: read reports, align their sections, extract and
 * compare their targets. Every function here is pure; reading files is
 * `readDocument`'s job.
 */
import { ingestText, type IngestOptions } from './ingest/index.js'
import type { Document } from './ingest/types.js'
import { readOutline } from './outline/build.js'
import type { Outline } from './outline/types.js'
import { extractTargets as extractFromOutline } from './targets/extract.js'
import type { Target } from './targets/types.js'
import { compareOutlines, type CompareOptions, type Comparison } from './diff/compare.js'
import { comparisonJson } from './render/json.js'

export { ingestText, ingestBytes } from './ingest/index.js'
export { readDocument } from './ingest/read.js'
export { readOutline } from './outline/build.js'
export { alignOutlines } from './align/align.js'
export { compareTargets, metricSimilarity } from './targets/match.js'
export { compareOutlines } from './diff/compare.js'
export { ReportdiffError, ExitCode } from './errors.js'
export { comparisonJson } from './render/json.js'
export type { Document, Block, Format } from './ingest/types.js'
export type { Outline, Section, Meta } from './outline/types.js'
export type { Link, LinkStatus, AlignOptions } from './align/types.js'
export type { Target, Measure, Role } from './targets/types.js'
export type { TargetChange, ChangeStatus, MatchOptions } from './targets/match.js'
export type { Comparison, CompareOptions, SectionDiff, Summary } from './diff/compare.js'
export type { Row } from './diff/sentences.js'
export type { WordPart } from './diff/words.js'

type Input = string | Document

function toOutline(input: Input, name: string, options: IngestOptions): Outline {
  return readOutline(typeof input === 'string' ? ingestText(input, name, { format: options.format }) : input)
}

/** A report's outline from its text or Document. */
export function outlineOf(input: Input, options: IngestOptions = {}): Outline {
  return toOutline(input, '<text>', options)
}

/** Every quantified figure of a report. */
export function extractTargets(input: Input | Outline, options: IngestOptions = {}): Target[] {
  const outline = typeof input === 'object' && 'flat' in input ? input : toOutline(input, '<text>', options)
  return extractFromOutline(outline)
}

/** Compare two reports given as text or Documents: the model `--json` prints is `comparisonJson(result)`. */
export function compareReports(oldInput: Input, newInput: Input, options: CompareOptions & { ingest?: IngestOptions } = {}): Comparison {
  return compareOutlines(toOutline(oldInput, '<old>', options.ingest ?? {}), toOutline(newInput, '<new>', options.ingest ?? {}), options)
}

/** compareReports, returning the JSON model of `reportdiff compare --json`. */
export function compareReportsJson(oldInput: Input, newInput: Input, options: CompareOptions & { ingest?: IngestOptions } = {}): ReturnType<typeof comparisonJson> {
  return comparisonJson(compareReports(oldInput, newInput, options))
}
