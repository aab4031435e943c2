import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { alignOutlines } from '../src/align/align.js'
import { maxWeightAssignment } from '../src/align/assign.js'
import type { Link } from '../src/align/types.js'
import type { Outline } from '../src/outline/types.js'
import { corpus, corpusSkip, hasCorpus, outline, sample } from './helpers.js'

test('the assignment is global, not greedy: it gives up a best pair when that serves the whole', () => {
  // Greedy takes (0,0)=0.9 and then only (1,1)=0.1; the optimum is (0,1)+(1,0)=1.6.
  assert.deepEqual(maxWeightAssignment([[0.9, 0.8], [0.8, 0.1]], 2), [1, 0])
  assert.deepEqual(maxWeightAssignment([[0.5], [0.7], [-1]], 1), [-1, 0, -1])
})

/** Every section of both outlines appears in exactly one link. */
function assertPartition(links: Link[], a: Outline, b: Outline) {
  const olds = links.flatMap((l) => l.old).sort()
  const news = links.flatMap((l) => l.new).sort()
  assert.deepEqual(olds, a.flat.map((s) => s.id).sort())
  assert.deepEqual(news, b.flat.map((s) => s.id).sort())
}

/** Report pairs for the property tests: the samples always, the corpus when it is there. */
const pairs: [string, () => [string, string], boolean][] = [
  ['zh samples', () => [sample('zh/qinghe-2024-plan.txt'), sample('zh/qinghe-2025-plan.txt')], false],
  ['en samples', () => [sample('en/riverside-2024-plan.md'), sample('en/riverside-2025-plan.md')], false],
  ['shenhe work report → execution', () => [corpus('shenhe-2023-work-report'), corpus('shenhe-2023-exec-2024-plan')], true],
  ['shenhe → tiexi', () => [corpus('shenhe-2023-exec-2024-plan'), corpus('tiexi-2023-exec-2024-plan')], true],
  ['shenyang 2023 → 2025', () => [corpus('shenyang-2023-work-report'), corpus('shenyang-2024-exec-2025-plan')], true],
]
const read = (text: string, i: number) => outline(text, text.startsWith('#') ? `x${i}.md` : `x${i}.txt`)

for (const [name, load, fromCorpus] of pairs) {
  test(`alignment of ${name}: a partition of both outlines; swapping the reports mirrors it`, { skip: fromCorpus && corpusSkip }, () => {
    const [x, y] = load()
    const a = read(x, 0)
    const b = read(y, 1)
    const forward = alignOutlines(a, b)
    assertPartition(forward, a, b)
    const backward = alignOutlines(b, a)
    assertPartition(backward, b, a)
    const mirror: Record<string, string> = { added: 'removed', removed: 'added', split: 'merged', merged: 'split' }
    const key = (l: Link, swap: boolean) => `${(swap ? l.new : l.old).join(',')}>${(swap ? l.old : l.new).join(',')}`
    const back = new Map(backward.map((l) => [key(l, true), l.status]))
    const agree = forward.filter((l) => {
      const other = back.get(key(l, false))
      return other !== undefined && other === (mirror[l.status] ?? l.status)
    })
    assert.deepEqual(forward.filter((l) => !agree.includes(l)), [], `${agree.length}/${forward.length} links mirrored`)
  })
}

for (const lang of ['zh', 'en'] as const) {
  test(`the ${lang === 'zh' ? 'Chinese' : 'English'} sample pair: every designed section link is found, with its status`, () => {
    const e = JSON.parse(sample('expected.json'))[lang] as { old: string; new: string; sections: { old: string | null; new: string | null; kind: string }[] }
    const a = outline(sample(e.old), e.old)
    const b = outline(sample(e.new), e.new)
    const links = alignOutlines(a, b)
    const id = (o: Outline, t: string | null) => (t === null ? null : o.flat.find((s) => s.title === t)?.id)
    const missed = e.sections.filter((s) => {
      const o = id(a, s.old)
      const n = id(b, s.new)
      const hit = links.find((l) => (o ? l.old.includes(o) : l.old.length === 0) && (n ? l.new.includes(n) : l.new.length === 0))
      return !hit || !(hit.status === s.kind || (s.kind === 'matched' && hit.status === 'moved'))
    })
    assert.deepEqual(missed, [])
  })
}

test('a report compared with itself: every section linked to itself, matched', () => {
  for (const [, load, fromCorpus] of pairs) {
    if (fromCorpus && !hasCorpus) continue
    const [x] = load()
    const a = read(x, 0)
    const links = alignOutlines(a, read(x, 0))
    assert.ok(links.every((l) => l.status === 'matched' && l.old.length === 1 && l.old[0] === l.new[0]))
  }
})

// ---------- perturbations: the truth is known by construction ----------

interface Chunk {
  title: string
  lines: string[]
  /** Whether the section has sub-sections of its own (those are not split or merged here). */
  nested: boolean
}
interface Doc {
  head: string[]
  parts: { header: string[]; chunks: Chunk[] }[]
}

/** Cut a report into its top sections, each with the chunks of its second-level sections. */
function chunks(text: string): Doc {
  const o = outline(text)
  const lines = text.split('\n')
  const tops = o.sections.filter((s) => s.children.some((c) => !c.optional))
  const at = (n: number) => n - 1
  const doc: Doc = { head: lines.slice(0, at(o.sections[0].line)), parts: [] }
  for (const top of tops) {
    const kids = top.children.filter((c) => !c.optional)
    const header = lines.slice(at(top.line), at(kids[0].line))
    const cs = kids.map((k, n) => ({ title: k.title, nested: k.children.length > 0, lines: lines.slice(at(k.line), n + 1 < kids.length ? at(kids[n + 1].line) : at(top.endLine) + 1) }))
    doc.parts.push({ header, chunks: cs })
  }
  return doc
}
const render = (d: Doc) => [...d.head, ...d.parts.flatMap((p) => [...p.header, ...p.chunks.flatMap((c) => c.lines)])].join('\n')

type Truth = { old: string; new: string[]; status: string[] }

function perturb(text: string, seed: number): { text: string; truth: Truth[] } {
  const d = chunks(text)
  const rnd = fc.sample(fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), { numRuns: 1, seed })[0][Symbol.iterator]()
  const r = () => rnd.next().value as number
  const truth: Truth[] = []
  d.parts.forEach((part, partNo) => {
    if (part.chunks.length < 4) {
      for (const c of part.chunks) truth.push({ old: c.title, new: [c.title], status: ['matched', 'moved'] })
      return
    }
    const cs = part.chunks
    const pick = () => cs.splice(Math.floor(r() * cs.length), 1)[0]
    // Delete one, rename one, split one, merge two; change figures everywhere; shuffle the rest.
    const gone = pick()
    truth.push({ old: gone.title, new: [], status: ['removed'] })
    const renamed = pick()
    const newTitle = `专项任务清单${'甲乙丙丁戊'[partNo % 5]}${Math.floor(r() * 90) + 10}号`
    renamed.lines = [...renamed.lines]
    renamed.lines[0] = renamed.lines[0].replace(renamed.title, newTitle)
    truth.push({ old: renamed.title, new: [newTitle], status: ['renamed'] })
    const rest = cs.splice(0)
    const out: Chunk[] = [{ ...renamed, title: newTitle }]
    const flat = rest.filter((c) => !c.nested)
    const longest = flat.reduce<Chunk | undefined>((a, b) => (!a || b.lines.join('').length > a.lines.join('').length ? b : a), undefined)
    const body = longest?.lines.join('\n') ?? ''
    const cut = body.indexOf('。', Math.floor(body.length / 2))
    if (longest && cut > 0 && cut < body.length - 20) {
      rest.splice(rest.indexOf(longest), 1)
      const secondTitle = `巩固提升${'一二三四五'[partNo % 5]}类成果`
      out.push({ title: longest.title, nested: false, lines: [body.slice(0, cut + 1)] }, { title: secondTitle, nested: false, lines: [`（二十）${secondTitle}`, body.slice(cut + 1)] })
      truth.push({ old: longest.title, new: [longest.title, secondTitle], status: ['split'] })
    }
    const simple = rest.filter((c) => !c.nested)
    if (simple.length >= 2) {
      const [a, b] = simple
      rest.splice(rest.indexOf(a), 1)
      rest.splice(rest.indexOf(b), 1)
      const firstLine = b.lines[0].trim().replace(/^[（(][一二三四五六七八九十]+[）)]|^\d+[.．、]/, '').replace(b.title, '').replace(/^[。\s]+/, '')
      out.push({ title: a.title, nested: false, lines: [...a.lines, firstLine, ...b.lines.slice(1)] })
      truth.push({ old: a.title, new: [a.title], status: ['merged'] }, { old: b.title, new: [a.title], status: ['merged'] })
    }
    for (const c of rest) {
      out.push(c)
      truth.push({ old: c.title, new: [c.title], status: ['matched', 'moved'] })
    }
    // Shuffle, change figures.
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1))
      ;[out[i], out[j]] = [out[j], out[i]]
    }
    part.chunks = out.map((c) => ({ ...c, lines: c.lines.map((l) => l.replace(/(\d+(?:\.\d+)?)(%|个|亿元|万元|家|人)/g, (_, n: string, u: string) => `${Math.round(Number(n) * 1.1 * 10) / 10}${u}`)) }))
  })
  // An unrelated section inserted at the end of the last part.
  const last = d.parts[d.parts.length - 1]
  const inserted = '（十九）加强航天遥感监测能力建设'
  last.chunks.push({ title: '加强航天遥感监测能力建设', nested: false, lines: [inserted, '建设卫星地面接收站，开展遥感影像处理与地质灾害监测预警服务，培养航天测控专业人才队伍。'] })
  truth.push({ old: '', new: ['加强航天遥感监测能力建设'], status: ['added'] })
  return { text: render(d), truth }
}

function recovered(oldText: string, seed: number): [number, number, string[]] {
  const { text, truth } = perturb(oldText, seed)
  const a = outline(oldText)
  const b = outline(text)
  const links = alignOutlines(a, b)
  const idsOf = (o: Outline, title: string) => o.flat.filter((s) => !s.optional && s.title === title).map((s) => s.id)
  let ok = 0
  const bad: string[] = []
  for (const t of truth) {
    const oldId = t.old ? idsOf(a, t.old)[0] : undefined
    const newIds = t.new.map((x) => idsOf(b, x)[0])
    const hit = links.find((l) => (oldId ? l.old.includes(oldId) : l.old.length === 0) && newIds.every((id) => l.new.includes(id)) && t.status.includes(l.status))
    if (hit) ok++
    else bad.push(`${t.old} → ${t.new.join(' + ')} (${t.status.join('|')}): got ${JSON.stringify(links.find((l) => oldId && l.old.includes(oldId)) ?? links.find((l) => l.new.includes(newIds[0] ?? '')))}`)
  }
  return [ok, truth.length, bad]
}

test('perturbations of real and sample reports: ≥ 95% of constructed links recovered with the right status', () => {
  const sources = [sample('zh/qinghe-2024-plan.txt'), sample('zh/qinghe-2025-plan.txt')]
  if (hasCorpus) sources.push(corpus('shenyang-2024-exec-2025-plan'), corpus('tiexi-2023-exec-2024-plan'), corpus('shenhe-2023-exec-2024-plan'))
  let ok = 0
  let all = 0
  const misses: string[] = []
  sources.forEach((src, k) => {
    for (const seed of [1, 2, 3]) {
      const [a, b, bad] = recovered(src, seed * 10 + k)
      ok += a
      all += b
      misses.push(...bad)
    }
  })
  assert.ok(ok / all >= 0.95, `${ok}/${all} recovered; missed:\n${misses.slice(0, 12).join('\n')}`)
})

test('a strategy plan in plain text: one-line paragraphs under short headings are not hard-wrapped; goals are headings, and reordered goals align', () => {
  const plan = (year: number, goals: [string, string][]) =>
    [`Harbourside Health Strategic Plan ${year}`, 'Introduction', 'This plan sets out what we will achieve over the coming year and how we will measure our progress against each of our goals.', ...goals.flat()].join('\n\n') + '\n'
  const a = outline(
    plan(2024, [
      ['Goal 1: Faster access to care', 'We will cut the average wait for a first outpatient appointment to 12 weeks and see 95% of emergency patients within four hours.'],
      ['Objective 1.1 Expand day surgery', 'We will open 2 new day-surgery theatres and perform 18,000 day-case procedures this year.'],
      ['Goal 2: A healthier workforce', 'Staff sickness absence will fall below 4.5% and we will recruit 300 nurses.'],
      ['Goal 3: Financial sustainability', 'We will deliver savings of £12m and keep agency spending under £8m.'],
    ]),
    'plan-2024.txt',
  )
  // Before: the short headings looked like a wrap margin, and every heading was glued to its paragraph.
  assert.deepEqual(a.flat.map((s) => `${s.level} ${s.label} ${s.title}`), ['1  Introduction', '2 Goal 1: Faster access to care', '3 Objective 1.1 Expand day surgery', '2 Goal 2: A healthier workforce', '2 Goal 3: Financial sustainability'])
  const b = outline(
    plan(2025, [
      ['Goal 1: Timely access to care', 'We will cut the average wait for a first outpatient appointment to 10 weeks and see 95% of emergency patients within four hours.'],
      ['Objective 1.1 Expand day surgery', 'We will open 1 new day-surgery theatre and perform 21,000 day-case procedures this year.'],
      ['Goal 2: Financial sustainability', 'We will deliver savings of £15m and keep agency spending under £6m.'],
      ['Goal 3: A healthier workforce', 'Staff sickness absence will fall below 4.2% and we will recruit 250 nurses.'],
    ]),
    'plan-2025.txt',
  )
  const title = (o: Outline, id: string) => o.flat.find((s) => s.id === id)!.title
  const pairs = alignOutlines(a, b).map((l) => `${l.old.map((id) => title(a, id)).join('+')} → ${l.new.map((id) => title(b, id)).join('+')}`)
  assert.ok(pairs.includes('A healthier workforce → A healthier workforce'), pairs.join('\n'))
  assert.ok(pairs.includes('Financial sustainability → Financial sustainability'), pairs.join('\n'))
  assert.ok(pairs.includes('Faster access to care → Timely access to care'), pairs.join('\n'))
})
