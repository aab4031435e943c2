import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root } from './helpers.js'

const bin = join(root, 'bin', 'run.js')
const zhOld = join(root, 'samples/zh/qinghe-2024-plan.txt')
const zhNew = join(root, 'samples/zh/qinghe-2025-plan.txt')

function run(args: string[], env: Record<string, string> = {}, input?: string) {
  const base = { ...process.env }
  delete base.NO_COLOR
  delete base.FORCE_COLOR
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...base, ...env }, input, cwd: root })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

/** A user error: the documented exit code, one line naming the file, no stack trace. */
function assertUserError(r: ReturnType<typeof run>, code: number, pattern: RegExp) {
  assert.equal(r.code, code, r.err)
  const lines = r.err.trim().split('\n')
  assert.equal(lines.length, 1, r.err)
  assert.match(lines[0], pattern)
  assert.doesNotMatch(r.err, /\bat .+:\d+:\d+/)
}

const tmp = mkdtempSync(join(tmpdir(), 'reportdiff-'))

test('sections: the tree with line numbers and sizes; --json flat list; --format markdown', () => {
  const text = run(['sections', zhOld, '--no-color'])
  assert.equal(text.code, 0, text.err)
  assert.match(text.out, /L\d+\s+一、 2023年国民经济和社会发展计划执行情况/)
  assert.match(text.out, /\d[\d,]* 字/)
  assert.doesNotMatch(text.out, /\x1b\[/)
  const json = JSON.parse(run(['sections', zhOld, '--json']).out)
  assert.ok(json.sections.length > 10)
  for (const s of json.sections) for (const k of ['id', 'level', 'label', 'title', 'line', 'parent', 'runIn']) assert.ok(k in s, k)
  assert.match(run(['sections', zhOld, '--format', 'markdown']).out, /^# .+\n\n- 一、/)
})

test('colors: on with --color or FORCE_COLOR, off with NO_COLOR and when piped', () => {
  assert.match(run(['sections', zhOld, '--color']).out, /\x1b\[/)
  assert.match(run(['sections', zhOld], { FORCE_COLOR: '1' }).out, /\x1b\[/)
  assert.doesNotMatch(run(['sections', zhOld], { NO_COLOR: '1' }).out, /\x1b\[/)
  assert.doesNotMatch(run(['sections', zhOld]).out, /\x1b\[/)
})

test('stdin with -', () => {
  const r = run(['sections', '-', '--json'], {}, readFileSync(zhOld, 'utf8'))
  assert.equal(r.code, 0, r.err)
  assert.ok(JSON.parse(r.out).sections.length > 10)
})

test('targets: table, --json with sections and targets, --format csv', () => {
  const t = run(['targets', zhNew, '--no-color'])
  assert.equal(t.code, 0, t.err)
  assert.match(t.out, /地区生产总值/)
  const json = JSON.parse(run(['targets', zhNew, '--json']).out)
  const gdp = json.targets.find((x: { metric: string; role: string }) => x.metric === '地区生产总值' && x.role === 'target')
  assert.ok(gdp)
  for (const k of ['metric', 'value', 'unit', 'measure', 'qualifier', 'role', 'period', 'section', 'text', 'line']) assert.ok(k in gdp, k)
  const csv = run(['targets', zhNew, '--format', 'csv']).out.split('\n')
  assert.equal(csv[0], 'id,section,section_title,metric,value,high,unit,measure,qualifier,role,period,line,column,text')
  assert.ok(csv.length > 10)
})

test('compare: terminal, --json per the eval README, markdown, -o writes a file', () => {
  const t = run(['compare', zhOld, zhNew, '--no-color'])
  assert.equal(t.code, 0, t.err)
  assert.match(t.out, /^reportdiff {2}.+ {2}→ {2}.+\n/)
  assert.match(t.out, /Sections {2}\d+ matched/)
  assert.match(t.out, /\[-.+-\]|\{\+.+\+\}/)
  // Target changes stand under what they compare and the years: the sample plans' goals for 2024 and 2025, their results for 2023 and 2024.
  const groups = t.out.split('\n').filter((l) => /^ {2}(Goals|Results)/.test(l))
  assert.deepEqual(groups, ['  Goals (2024 → 2025)', '  Results (2023 → 2024)', '  Goals against results (2024)'])
  const j = JSON.parse(run(['compare', zhOld, zhNew, '--json']).out)
  const ids = (side: 'old' | 'new') => j.alignment.flatMap((l: Record<string, string[]>) => l[side]).sort()
  assert.deepEqual(ids('old'), j.old.sections.map((s: { id: string }) => s.id).sort())
  assert.deepEqual(ids('new'), j.new.sections.map((s: { id: string }) => s.id).sort())
  assert.ok(j.targets.some((x: { status: string }) => x.status === 'raised'))
  assert.match(run(['compare', zhOld, zhNew, '--format', 'markdown']).out, /^## reportdiff: /)
  const out = join(tmp, 'review.md')
  assert.equal(run(['compare', zhOld, zhNew, '--format', 'markdown', '-o', out]).code, 0)
  assert.match(readFileSync(out, 'utf8'), /### Targets/)
  assert.match(readFileSync(out, 'utf8'), /^\| 地区生产总值 \| goal 2024 → 2025 \| 6\.5%左右 \| /m)
})

test('compare: side-by-side view and --only changed', () => {
  const side = run(['compare', zhOld, zhNew, '--view', 'side', '--only', 'changed', '--no-color'])
  assert.equal(side.code, 0, side.err)
  assert.match(side.out, / │ /)
  assert.doesNotMatch(side.out, / · unchanged$/m)
  assert.match(run(['compare', zhOld, zhNew, '--no-color']).out, / · unchanged$/m)
})

test('the same inputs give byte-identical output, in every format', () => {
  for (const format of ['text', 'json', 'markdown', 'html']) {
    const a = run(['compare', zhOld, zhNew, '--format', format, '--color']).out
    const b = run(['compare', zhOld, zhNew, '--format', format, '--color']).out
    assert.ok(a.length > 1000, format)
    assert.equal(a, b, format)
  }
})

test('the HTML report carries no markup from the documents, even without a browser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reportdiff-inert-'))
  const bad = join(dir, 'bad.txt')
  writeFileSync(bad, '一、总体情况<img src=x onerror=alert(1)>\n\n地区生产总值增长6%。<script>alert(2)</script><iframe src="http://198.51.100.7/"></iframe>\n')
  const html = run(['compare', zhOld, bad, '--format', 'html']).out
  assert.equal(html.match(/<script/g)?.length, 1)
  assert.doesNotMatch(html, /<img|<iframe|<[a-z][^>]*\son\w+=/)
  assert.match(html, /&#x3C;img src=x onerror=alert\(1\)>/)
})

test('usage errors: FORCE_COLOR=true colors, an empty --threshold is refused', () => {
  assert.match(run(['sections', zhOld], { FORCE_COLOR: 'true' }).out, /\x1b\[/)
  assertUserError(run(['compare', zhOld, zhNew, '--threshold', '']), 3, /--threshold : not a number/)
})

test('user errors: one line, the file named, documented exit codes', () => {
  assertUserError(run(['sections', join(tmp, 'nope.txt')]), 2, /nope\.txt: no such file/)
  assertUserError(run(['sections', tmp]), 2, /is a directory/)
  const bin = join(tmp, 'a.bin')
  writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a, 0x1a, 0x00, 0x01, 0x02]))
  assertUserError(run(['sections', bin]), 2, /a\.bin: looks like a binary file/)
  const empty = join(tmp, 'empty.txt')
  writeFileSync(empty, '')
  assertUserError(run(['sections', empty]), 2, /empty\.txt: the file is empty/)
  const bad = join(tmp, 'bad.txt')
  writeFileSync(bad, Buffer.from([0x81, 0x30, 0xff, 0xfe, 0x81, 0x20, 0x80, 0x41]))
  assertUserError(run(['sections', bad]), 2, /bad\.txt: cannot tell the text encoding/)
  const locked = join(tmp, 'locked.txt')
  copyFileSync(zhOld, locked)
  chmodSync(locked, 0o000)
  if (process.getuid?.() !== 0) assertUserError(run(['sections', locked]), 2, /locked\.txt: permission denied/)
  assertUserError(run(['sections', zhOld, '--bogus']), 3, /Nonexistent flag/)
  assertUserError(run(['compare', zhOld]), 3, /Missing 1 required arg: new \(the new report\) — see/)
})

test('output onto an input is refused and the input is untouched', () => {
  const copy = join(tmp, 'old.txt')
  copyFileSync(zhOld, copy)
  const before = readFileSync(copy, 'utf8')
  assertUserError(run(['compare', copy, zhNew, '-o', copy]), 3, /old\.txt: is one of the inputs/)
  assert.equal(readFileSync(copy, 'utf8'), before)
})

test('a closed pipe ends quietly', () => {
  const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" compare "${zhOld}" "${zhNew}" | head -n 1`], { encoding: 'utf8' })
  assert.equal(r.status, 0)
  assert.equal(r.stderr, '')
  assert.equal(r.stdout.split('\n').length, 2)
})
