import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { extractTargets } from '../src/targets/extract.js'
import { compareOutlines } from '../src/diff/compare.js'
import { corpus, corpusDir, corpusSkip, outline, root } from './helpers.js'

const DOCS = ['shenhe-2023-exec-2024-plan', 'shenhe-2023-work-report', 'shenyang-2023-work-report', 'shenyang-2024-exec-2025-plan', 'tiexi-2023-exec-2024-plan']
const score = join(corpusDir, '..', 'eval', 'score.mjs')

test('corpus: every report reads into an outline whose top sections are its numbered parts', { skip: corpusSkip }, () => {
  for (const name of DOCS) {
    const o = outline(corpus(name), `${name}.txt`)
    const top = o.flat.filter((s) => s.level === 1)
    assert.ok(top.length >= 1 && top.every((s) => /^[一二三四五六七八九十]+、$/.test(s.label)), `${name}: ${top.map((s) => s.label + s.title).join(' / ')}`)
    assert.ok(!o.flat.some((s) => /各位代表|打印|字体|ICP|来源/.test(s.title)), `${name}: furniture or salutation as a heading`)
  }
})

test('corpus: the 2025 plan lists its 49 numbered tasks in order', { skip: corpusSkip }, () => {
  const o = outline(corpus('shenyang-2024-exec-2025-plan'), 'x.txt')
  const tasks = o.flat.filter((s) => /^\d+\.$/.test(s.label)).map((s) => Number.parseInt(s.label, 10))
  assert.deepEqual(tasks, Array.from({ length: 49 }, (_, i) => i + 1))
})

test('corpus: known figures are read with metric, value, unit, role and period', { skip: corpusSkip }, () => {
  const t = extractTargets(outline(corpus('shenhe-2023-exec-2024-plan'), 'x.txt'))
  const find = (metric: string, value: number) => t.find((x) => x.metric.includes(metric) && x.value === value)
  assert.deepEqual(find('地区生产总值', 1142) && [find('地区生产总值', 1142)!.unit, find('地区生产总值', 1142)!.role, find('地区生产总值', 1142)!.period], ['亿元', 'actual', '2023'])
  const goal = find('地区生产总值', 6.5)
  assert.ok(t.some((x) => x.metric === '地区生产总值' && x.value === 6.5 && x.role === 'target' && x.qualifier === '以上' && x.period === '2024'), JSON.stringify(goal))
  assert.ok(t.some((x) => x.metric.includes('规模以上工业增加值') && x.value === 0 && x.measure === 'growth'))
})

test('corpus: comparing a report with itself links every section to itself and keeps every target', { skip: corpusSkip }, () => {
  for (const name of DOCS) {
    const o = outline(corpus(name), `${name}.txt`)
    const c = compareOutlines(o, outline(corpus(name), `${name}.txt`))
    assert.ok(c.links.every((l) => l.status === 'matched' && l.old.length === 1 && l.old[0] === l.new[0]), name)
    assert.ok(c.diffs.every((d) => !d.changed), name)
    assert.ok(c.targets.filter((x) => x.status !== 'met' && x.status !== 'exceeded' && x.status !== 'missed').every((x) => x.status === 'kept'), name)
  }
})

test('corpus: the evaluation scorer passes its bars for outlines and targets', { skip: corpusSkip || (!existsSync(score) && 'no ../shared/eval/score.mjs') }, () => {
  const r = spawnSync(process.execPath, [score, '--only', 'outline,targets', '--min-outline', '0.95', '--min-targets', '0.9'], { cwd: root, encoding: 'utf8' })
  assert.equal(r.status, 0, r.stdout + r.stderr)
})
