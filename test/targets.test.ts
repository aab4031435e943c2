import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { extractTargets } from '../src/targets/extract.js'
import { compareTargets, metricSimilarity } from '../src/targets/match.js'
import { findEnQuantities, findZhQuantities } from '../src/targets/numbers.js'
import { headings, outline, sample } from './helpers.js'

const zh = (s: string) => findZhQuantities(s).map((q) => [q.value, q.unit, q.qualifier, q.negative, ...(q.high !== undefined ? [q.high] : [])])

test('number grammar: Arabic, full-width, Chinese numerals, magnitudes, ranges, qualifiers, falls', () => {
  assert.deepEqual(zh('地区生产总值增长6.5%以上'), [[6.5, '%', '以上', false]])
  assert.deepEqual(zh('实际到位内资完成180亿元'), [[180, '亿元', null, false]])
  assert.deepEqual(zh('全市ＧＤＰ增长５．２％左右'), [[5.2, '%', '左右', false]])
  assert.deepEqual(zh('新建两所幼儿园，提供学位一千二百个'), [[2, '所', null, false], [1200, '个', null, false]])
  assert.deepEqual(zh('存、贷款余额双双突破两万亿'), [[2, '万亿', '超过', false]])
  assert.deepEqual(zh('增长4.5%至5%'), [[4.5, '%', null, false, 5]])
  assert.deepEqual(zh('建设1-2个嵌入式综合体'), [[1, '个', null, false, 2]])
  assert.deepEqual(zh('社会消费品零售总额下降3%'), [[3, '%', null, true]])
  assert.deepEqual(zh('覆盖80余个居民小区'), [[80, '个', '余', false]])
  assert.deepEqual(zh('失业率控制在5.5%以内'), [[5.5, '%', '以内', false]])
  assert.deepEqual(zh('引进品牌首店不少于20家'), [[20, '家', '不少于', false]])
  assert.deepEqual(zh('规模以上工业增加值同比持平'), [[0, '', null, false]])
  assert.deepEqual(zh('1,234.5万元'), [[1234.5, '万元', null, false]])
  assert.deepEqual(zh('绿色出行比例超过三成'), [[3, '成', '超过', false]])
  assert.deepEqual(zh('营业收入增长1.3倍'), [[1.3, '倍', null, false]])
  assert.deepEqual(zh('建成区绿化覆盖率稳步提升，任务已完成'), [])
})

test('not figures: years, dates, names, slogans, ranks, meeting numbers', () => {
  for (const s of ['2023年12月12日', '第七中学', '地铁三号线', '长青街72号', '“十四五”规划', '“2+5+N”体系', '五大安全', '三大发展定位', '排名第三名', '全国20强', '党的二十大和二十届三中全会精神', '构建“15分钟生活圈”', '一批项目', '新建5G基站']) {
    assert.deepEqual(zh(s), [], s)
  }
})

test('English number grammar: separators, Indian grouping, scales, per cent, points, counts', () => {
  const en = (s: string) => findEnQuantities(s).map((q) => [q.value, q.unit, q.qualifier])
  assert.deepEqual(en('build 200 schools'), [[200, 'schools', null]])
  assert.deepEqual(en('plant at least 12,000 trees'), [[12000, 'trees', 'at least']])
  assert.deepEqual(en('a capital budget of $42.5 million'), [[42.5, '$ million', null]])
  assert.deepEqual(en('Rs 11,11,111 crore for roads'), [[1111111, 'Rs crore', null]])
  assert.deepEqual(en('reduce leakage to below 18 per cent'), [[18, '%', 'below']])
  assert.deepEqual(en('growth of about 6.5% in 2024'), [[6.5, '%', 'about']])
  assert.deepEqual(en('up 2 percentage points'), [[2, 'percentage points', null]])
  assert.deepEqual(en('In 2024 and on 12 March, section 4 says'), [])
  assert.deepEqual(en('exports grew 3.5 times and visitors doubled'), [[3.5, 'times', null], [2, 'times', null]])
})

const METRICS = ['地区生产总值', '一般公共预算收入', '社会消费品零售总额', '城镇新增就业', '新建口袋公园', '老旧小区改造']
const UNITS = ['亿元', '万元', '个', '人', '家', '公里', '万平方米']

test('generated sentences extract exactly: metric, value, unit, qualifier, measure', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...METRICS),
      fc.integer({ min: 1, max: 99999 }),
      fc.integer({ min: 0, max: 9 }),
      fc.constantFrom(...UNITS),
      fc.constantFrom('', '以上', '左右', '以内'),
      fc.boolean(),
      (metric, whole, frac, unit, qual, growth) => {
        const value = frac ? Number(`${whole}.${frac}`) : whole
        const sentence = growth ? `力争${metric}比上年增长${value}%${qual}。` : `预计${metric}完成${value}${unit}${qual}。`
        const o = outline(`一、2024年主要目标\n${sentence}`)
        const [t, ...rest] = extractTargets(o)
        assert.equal(rest.length, 0, sentence)
        assert.equal(t.metric, metric, sentence)
        assert.equal(t.value, value)
        assert.equal(t.unit, growth ? '%' : unit)
        assert.equal(t.qualifier, qual || null)
        assert.equal(t.measure, growth ? 'growth' : 'amount')
        assert.equal(t.period, '2024')
      },
    ),
    { numRuns: 200, seed: 42 },
  )
})

test('Chinese numerals in generated sentences', () => {
  // A magnitude stays in the unit, as written: 三万所 is 3 with 万所 (as 1142亿元 is 1142 with 亿元).
  const cases: [string, number, string][] = [['两', 2, '所'], ['三', 3, '所'], ['十二', 12, '所'], ['二十', 20, '所'], ['一百', 100, '所'], ['一千二百', 1200, '所'], ['三万', 3, '万所']]
  for (const [cn, n, unit] of cases) {
    const [t] = extractTargets(outline(`一、主要任务\n新建${cn}所学校。`))
    assert.equal(t?.value, n, cn)
    assert.equal(t?.unit, unit)
  }
})

test('role and period come from the section and the wording', () => {
  const o = outline(['一、2023年计划执行情况', '预计全年地区生产总值增长5.5%，一般公共预算收入完成12.5亿元。', '二、2024年主要预期目标', '地区生产总值增长6%左右，城镇新增就业3000人以上。'].join('\n'))
  const t = extractTargets(o).map((x) => [x.metric, x.value, x.role, x.period, x.measure])
  assert.deepEqual(t, [
    ['地区生产总值', 5.5, 'actual', '2023', 'growth'],
    ['一般公共预算收入', 12.5, 'actual', '2023', 'amount'],
    ['地区生产总值', 6, 'target', '2024', 'growth'],
    ['城镇新增就业', 3000, 'target', '2024', 'amount'],
  ])
})

test('lists after 分别 give each figure its own item', () => {
  const [a, b] = extractTargets(outline('一、执行情况\n全市新签约、新落地项目分别增长13.8%、34.5%。'))
  assert.deepEqual([a.metric, a.value, b.metric, b.value], ['新签约', 13.8, '新落地项目', 34.5])
})

for (const lang of ['zh', 'en'] as const) test(`the ${lang === 'zh' ? 'Chinese' : 'English'} sample pair: targets are compared as designed`, () => {
  const expected = JSON.parse(sample('expected.json'))[lang] as { targets: { metric: string; old: { value: number; unit: string } | null; new: { value: number; unit: string } | null; status: string }[] }
  const { old: oldPath, new: newPath } = JSON.parse(sample('expected.json'))[lang] as { old: string; new: string }
  const oldT = extractTargets(outline(sample(oldPath), oldPath))
  const newT = extractTargets(outline(sample(newPath), newPath))
  const changes = compareTargets(oldT, newT, () => false)
  const named = (c: (typeof changes)[number], metric: string) => [c.old?.metric, c.new?.metric].some((m) => m !== undefined && metricSimilarity(m, metric) >= 0.5)
  const missed = expected.targets.filter((e) => !changes.some((c) => c.status === e.status && (e.old ? c.old?.value === e.old.value : !c.old) && (e.new ? c.new?.value === e.new.value : !c.new) && named(c, e.metric)))
  assert.deepEqual(missed, [], `${missed.length} of ${expected.targets.length} designed target changes not found`)
})

test('the English sample pair: goals and results are extracted and classified', () => {
  const o = outline(sample('en/riverside-2024-plan.md'), 'riverside-2024-plan.md')
  const t = extractTargets(o)
  const trees = t.find((x) => x.unit === 'trees' && x.qualifier === 'at least')
  assert.ok(trees, 'a tree-planting goal')
  assert.equal(trees.role, 'target')
  assert.equal(trees.value, 12000)
  assert.equal(trees.period, '2024')
  const energy = t.find((x) => /energy use/.test(x.metric))
  assert.deepEqual([energy?.value, energy?.measure], [-4, 'growth'])
  const mains = t.find((x) => x.metric === 'water mains' && x.role === 'target')
  assert.deepEqual([mains?.value, mains?.unit], [40, 'km'])
  assert.ok(t.every((x) => Number.isFinite(x.value)))
})

test('swapping old and new swaps raised↔lowered and dropped↔added; a report against itself keeps everything', () => {
  const a = extractTargets(outline(sample('zh/qinghe-2024-plan.txt')))
  const b = extractTargets(outline(sample('zh/qinghe-2025-plan.txt')))
  const same = (x: string | null, y: string | null) => x === y
  const forward = compareTargets(a, b, same).filter((c) => !['met', 'exceeded', 'missed'].includes(c.status))
  const backward = compareTargets(b, a, same).filter((c) => !['met', 'exceeded', 'missed'].includes(c.status))
  const swap: Record<string, string> = { raised: 'lowered', lowered: 'raised', dropped: 'added', added: 'dropped', kept: 'kept' }
  const key = (o: { id: string } | null, n: { id: string } | null) => `${o?.id ?? '-'}>${n?.id ?? '-'}`
  const back = new Map(backward.map((c) => [key(c.new, c.old), c.status]))
  for (const c of forward) assert.equal(back.get(key(c.old, c.new)), swap[c.status], `${c.metric} ${c.status}`)
  const self = compareTargets(a, a, same)
  assert.ok(self.length > 0)
  assert.ok(self.filter((c) => !['met', 'exceeded', 'missed'].includes(c.status)).every((c) => c.status === 'kept'))
})

test('English goals: from … to, bounds, money, fiscal years, numbered paragraphs', () => {
  const okr = outline('# OKRs Q3 2024\n\n## Objective 1: Ship faster\n\n- KR1: Increase deploys per week from 20 to 35.\n- KR2: Cut the number of Sev-1 incidents to fewer than 3 per quarter.\n- KR3: Reduce p95 latency below 250 ms.\n', 'okr.md')
  const t = extractTargets(okr).map((x) => [x.metric, x.value, x.unit, x.qualifier, x.measure, x.role])
  assert.deepEqual(t, [
    ['deploys per week', 35, '', null, 'amount', 'target'],
    ['number of Sev-1 incidents', 3, '', 'below', 'amount', 'target'],
    ['latency ms', 250, 'ms', 'below', 'amount', 'target'],
  ])
  const speech = outline(['Budget 2024-2025', "Hon'ble Speaker,", 'Part A', '1. The people have reposed their faith in our government and re-elected it for a third term, and we are grateful.', 'Employment and Skilling', '4. The government will implement three schemes. The scheme will provide wages to 210 lakh youth and cost Rs 2,00,000 crore over five years.'].join('\n\n'), 'speech.txt')
  assert.deepEqual(headings(speech), ['1 Part A', '2 Employment and Skilling'])
  assert.equal(speech.meta.salutation, "Hon'ble Speaker,")
  const money = extractTargets(speech).find((x) => x.unit === 'Rs crore')
  assert.deepEqual([money?.metric, money?.value, money?.period], ['cost', 200000, '2024-25'])
})

test('English results and goals: verbs of change in their usual forms, the year a clause names, durations, a heading right after the title', () => {
  const statement = outline(
    [
      'Northfield Council Budget Statement 2025',
      'Introduction',
      'The local economy expanded by 2.1 per cent in 2024, and homelessness applications grew by 11% over the year.',
      'Housing',
      'We will cut average waiting times to 18 months. Emissions will fall by 20% by 2027, and spending will rise to £812 million in 2025-26.',
      'Comparisons',
      'Unemployment stood at 4.2%, and the council will plant 900 trees in more parks than in 2019.',
      'Bus journeys will rise to 31 million, compared with the level in 2020.',
    ].join('\n\n'),
    'statement.txt',
  )
  assert.deepEqual(headings(statement), ['1 Introduction', '1 Housing', '1 Comparisons'])
  const t = extractTargets(statement).map((x) => [x.metric, x.value, x.unit, x.measure, x.period])
  assert.deepEqual(t, [
    ['local economy', 2.1, '%', 'growth', '2024'],
    ['homelessness applications', 11, '%', 'growth', '2025'],
    ['average waiting times', 18, 'months', 'amount', '2025'],
    ['Emissions', -20, '%', 'growth', '2027'],
    ['spending', 812, '£ million', 'amount', '2025-26'],
    ['Unemployment', 4.2, '%', 'share', '2025'],
    ['plant trees', 900, 'trees', 'amount', '2025'],
    ['Bus journeys', 31, 'million', 'amount', '2025'],
  ])
})

test('review regressions: full-width commas separate figures, 千瓦 and 千米 are units, words are words, ranges compare by both ends', async () => {
  // 35 has no unit and is left out; 100亿元 stays 100, not 35100.
  assert.deepEqual(zh('签约项目35，100亿元'), [[100, '亿元', null, false]])
  const { compatibleUnits, toBase } = await import('../src/targets/units.js')
  assert.equal(compatibleUnits('千瓦', '万千瓦'), true)
  assert.deepEqual(toBase(3, '千米'), { value: 3, unit: '公里' })
  const { figureRole } = await import('../src/targets/context.js')
  assert.equal(figureRole('target', 'upgrade 3 wastewater plants', 'upgrade 3 wastewater plants'), 'target')
  const base = extractTargets(outline('一、2024年主要目标\n地区生产总值增长5%至6%。'))[0]
  const wider = { ...base, high: 7 }
  assert.equal(compareTargets([base], [wider], () => true)[0].status, 'raised')
  assert.equal(compareTargets([base], [base], () => true)[0].status, 'kept')
})
