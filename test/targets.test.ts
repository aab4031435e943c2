import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { extractTargets } from '../src/targets/extract.js'
import { documentRole, headingYear } from '../src/targets/context.js'
import { arabicYears } from '../src/text/numerals.js'
import { compareTargets, metricSimilarity } from '../src/targets/match.js'
import { findEnQuantities, findZhQuantities } from '../src/targets/numbers.js'
import { headings, outline, sample } from './helpers.js'
import { headingText } from '../src/render/heading.js'
import { displayWidth } from '../src/text/width.js'
import { ingestText } from '../src/ingest/index.js'
import { lowerIsBetter } from '../src/targets/synonyms.js'
import { readOutline } from '../src/outline/build.js'

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
  // Units of statistical bulletins and plans: per mille, medals, head of livestock, gigawatts, tonne-km, years and ages of a span.
  assert.deepEqual(zh('人口自然增长率为-1.2‰'), [[1.2, '‰', null, true]])
  assert.deepEqual(zh('获得金牌12枚'), [[12, '枚', null, false]])
  assert.deepEqual(zh('生猪出栏120万头'), [[120, '万头', null, false]])
  assert.deepEqual(zh('光伏电池产量12.5吉瓦'), [[12.5, '吉瓦', null, false]])
  assert.deepEqual(zh('货物周转量520亿吨公里'), [[520, '亿吨公里', null, false]])
  assert.deepEqual(zh('劳动年龄人口平均受教育年限达到11.3年'), [[11.3, '年', null, false]])
  assert.deepEqual(zh('人均预期寿命达到79.5岁'), [[79.5, '岁', null, false]])
})

test('not figures: years, dates, names, slogans, ranks, meeting numbers, voltage classes', () => {
  for (const s of ['2023年12月12日', '第七中学', '地铁三号线', '长青街72号', '“十四五”规划', '“2+5+N”体系', '五大安全', '三大发展定位', '排名第三名', '全国20强', '党的二十大和二十届三中全会精神', '构建“15分钟生活圈”', '一批项目', '新建5G基站', '加快220千伏凌空变电站建设', '66千伏电力外线配套工程', '每千人口', '三次产业结构为4.3:38.9:56.8', '连续3年保持增长', '80岁以上老年人补贴']) {
    assert.deepEqual(zh(s), [], s)
  }
})

test('English number grammar: separators, Indian grouping, scales, per cent, points, counts', () => {
  const en = (s: string) => findEnQuantities(s).map((q) => [q.value, q.unit, q.qualifier])
  assert.deepEqual(en('build 200 schools'), [[200, 'schools', null]])
  assert.deepEqual(en('plant at least 12,000 trees'), [[12000, 'trees', 'at least']])
  // Scales abbreviated and glued to money, as British and American papers write them; "a 5m wall" is no money.
  assert.deepEqual(en('invest £2.5bn in schools and £450m in roads, $1.2B and $20k'), [[2.5, '£ billion', null], [450, '£ million', null], [1.2, '$ billion', null], [20, '$ thousand', null]])
  assert.deepEqual(en('a 5m wall'), [])
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

test('English counts in words: after a verb of doing or a bound, not in narrative or references', () => {
  const en = (x: string) => findEnQuantities(x).map((q) => [q.value, q.unit, q.qualifier])
  assert.deepEqual(en('We will open three new libraries.'), [[3, 'libraries', null]])
  assert.deepEqual(en('We will prevent homelessness for at least two hundred households.'), [[200, 'households', 'at least']])
  assert.deepEqual(en('We opened twenty-five new play areas.'), [[25, 'play areas', null]])
  assert.deepEqual(en('The scheme fell short because two large contracts started late.'), [])
  assert.deepEqual(en('Two of the three planned playgrounds opened.'), [])
  assert.deepEqual(en('We will answer within three working days.'), [])
  // A count opening its sentence, the subject of a verb after its noun; an auxiliary ends the noun.
  assert.deepEqual(en('Thirty-six new beds were opened in March.'), [[36, 'beds', null]])
  assert.deepEqual(en('Five years ago we had none.'), [])
  assert.deepEqual(en('12 schools have joined the scheme.'), [[12, 'schools', null]])
})

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

test('a goal restated beside its result ("略低于5.5%左右的预期目标") is the goal of the indicator just named, for the same year', () => {
  const o = outline(['一、2024年工作回顾', '全省地区生产总值增长5.3%，略低于5.5%左右的预期目标。固定资产投资完成1150亿元，未完成1200亿元的年度目标。'].join('\n'))
  const t = extractTargets(o).map((x) => [x.metric, x.value, x.unit, x.measure, x.qualifier, x.role, x.period])
  assert.deepEqual(t, [
    ['地区生产总值', 5.3, '%', 'growth', null, 'actual', '2024'],
    ['地区生产总值', 5.5, '%', 'growth', '左右', 'target', '2024'],
    ['固定资产投资', 1150, '亿元', 'amount', null, 'actual', '2024'],
    ['固定资产投资', 1200, '亿元', 'amount', null, 'target', '2024'],
  ])
})

test('a year that opens a Chinese clause sets the period of the figures after it; a year compared with does not', () => {
  const o = outline(
    [
      '关于2024年计划执行情况与2025年计划草案的报告',
      '一、2024年计划执行情况',
      '全市地区生产总值增长5.2%，比2023年提高0.3个百分点；到2027年，数字经济核心产业增加值占比达到12%，新建5G基站2万个。',
      '“十四五”时期，全市财政收入年均增长6%，2025年达到320亿元。',
      '二、2025年主要目标',
      '地区生产总值增长5%左右。截至2024年底，累计建成充电桩1.5万个。完成2024年度目标任务的95%以上。预计到年底，养老机构护理型床位占比达到60%。',
    ].join('\n'),
  )
  const t = extractTargets(o).map((x) => [x.metric, x.value, x.role, x.period])
  assert.deepEqual(t, [
    ['地区生产总值', 5.2, 'actual', '2024'],
    ['地区生产总值', 0.3, 'actual', '2024'],
    ['数字经济核心产业增加值', 12, 'target', '2027'],
    ['新建5G基站', 2, 'target', '2027'],
    ['财政收入', 6, 'actual', '2024'],
    // A level for the plan's year, not told as done, is of the plan.
    ['财政收入', 320, 'target', '2025'],
    ['地区生产总值', 5, 'target', '2025'],
    ['累计建成充电桩', 1.5, 'actual', '2024'],
    ['目标任务', 95, 'target', '2025'],
    // 预计 in a plan is last year's outturn, but not when it looks ahead to the end of the plan's year.
    ['养老机构护理型床位', 60, 'target', '2025'],
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
  // The designed names are a reader's labels: a figure is named for one when the names are alike or share its head noun ("community tree nurseries").
  const head = (metric: string) => metric.split(/\s+/).pop()!.toLowerCase()
  const named = (c: (typeof changes)[number], metric: string) => [c.old?.metric, c.new?.metric].some((m) => m !== undefined && (metricSimilarity(m, metric) >= 0.5 || (lang === 'en' && m.toLowerCase().split(/\s+/).includes(head(metric)))))
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
    // Told in the past tense, a result: of the year before the budget's.
    ['homelessness applications', 11, '%', 'growth', '2024'],
    ['average waiting times', 18, 'months', 'amount', '2025'],
    ['Emissions', -20, '%', 'growth', '2027'],
    ['spending', 812, '£ million', 'amount', '2025-26'],
    ['Unemployment', 4.2, '%', 'share', '2024'],
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

// A budget speech in the Hong Kong style: numbered paragraphs under unnumbered headings, a heading and
// its sub-heading one after the other, space-grouped thousands.
const budgetSpeech = (year: number, lines: string[]) =>
  [`The ${year}-${String(year + 1).slice(2)} Budget`, 'Mr President,', `I move that the Appropriation Bill ${year} be read the Second time.`, ...lines].join('\n\n')

test('English budget speeches: paragraph numbers, stacked headings, growth nouns, spaced thousands, money by purpose', () => {
  const speech = outline(
    budgetSpeech(2024, [
      'Economic Performance in 2023',
      '1. The economy grew by 3.2 per cent in 2023, after a contraction of 3.7 per cent in 2022.',
      'Developing the Economy',
      'Financial Services',
      '2. We will reduce the stamp duty on stock transfers from 0.13 per cent to 0.1 per cent.',
      '3. The Government will issue green bonds of about $120 billion in the next five years.',
      'Land and Housing',
      '4. We will set aside $3 billion to launch a research programme, and provide about 72 000 public rental housing units.',
      'Concluding Remarks',
      '5. Thank you, Mr President.',
    ]),
    'budget.txt',
  )
  assert.deepEqual(headings(speech), ['1 Economic Performance in 2023', '1 Developing the Economy', '1 Financial Services', '1 Land and Housing', '1 Concluding Remarks'])
  const t = extractTargets(speech).map((x) => [x.metric, x.value, x.unit, x.measure, x.period])
  assert.deepEqual(t, [
    ['economy', 3.2, '%', 'growth', '2023'],
    ['economy', -3.7, '%', 'growth', '2022'],
    ['stamp duty on stock transfers', 0.1, '%', 'share', '2024-25'],
    ['green bonds', 120, '$ billion', 'amount', '2024-25'],
    ['research programme', 3, '$ billion', 'amount', '2024-25'],
    ['provide public rental housing', 72000, 'public rental housing', 'amount', '2024-25'],
  ])
  // "Total government expenditure … an increase of 4.3 per cent" is a rate of growth of what the clause named.
  const growth = extractTargets(outline(budgetSpeech(2024, ['Expenditure', '6. Government expenditure for 2024-25 is estimated at $776.9 billion, an increase of 4.3 per cent.']), 'b.txt'))
  assert.deepEqual(growth.map((x) => [x.metric, x.measure, x.role]), [['Government expenditure', 'amount', 'target'], ['Government expenditure', 'growth', 'target']])
})

test('a paragraph number opens its sentence; a line ends one: numbered paragraphs diff as sentences', async () => {
  const { sentences } = await import('../src/text/sentences.js')
  assert.deepEqual(sentences('12. The economy grew. It rose by 3 per cent.'), ['12. The economy grew.', 'It rose by 3 per cent.'])
  assert.deepEqual(sentences('(b) The plan is set. A. Smith agreed.'), ['(b) The plan is set.', 'A. Smith agreed.'])
  const { sentenceDiff } = await import('../src/diff/sentences.js')
  const rows = sentenceDiff('Developing the Economy\n8. We will reduce the duty to 0.1 per cent.', 'Developing the Economy\n7. We will reduce the duty to 0.1 per cent.')
  assert.deepEqual(rows.map((r) => r.kind), ['equal', 'changed'])
})

test('a result inside a goal range meets it, and the note says so rather than giving a gap to one end', () => {
  const plan = extractTargets(outline(budgetSpeech(2024, ['Economic Outlook for 2024', '1. I forecast that the economy will grow by 2.5 to 3.5 per cent in 2024.']), 'a.txt'))
  const review = extractTargets(outline(budgetSpeech(2025, ['Economic Performance in 2024', '1. The economy grew by 2.6 per cent in 2024.']), 'b.txt'))
  const met = compareTargets(plan, review, () => true).find((c) => c.status === 'met')
  assert.equal(met?.note, 'met · within the range')
})

test('Chinese budget reports: the ratio to the budget and the other side of an account keep the indicator; a budget set is a goal', () => {
  const report = outline(
    [
      '关于2023年预算执行情况和2024年预算草案的报告',
      '一、2023年预算执行情况',
      '全市一般公共预算收入完成812.5亿元，为预算的101.2%，比上年增长6.8%。社会保险基金预算收入完成598.7亿元，增长5.5%；支出完成561.2亿元。',
      '二、2024年预算草案',
      '全市一般公共预算收入预计安排860亿元。政府性基金预算收入预计370亿元。',
    ].join('\n'),
  )
  assert.deepEqual(
    extractTargets(report).map((t) => [t.metric, t.value, t.measure, t.role]),
    [
      ['一般公共预算收入', 812.5, 'amount', 'actual'],
      ['一般公共预算收入完成率', 101.2, 'share', 'actual'],
      ['一般公共预算收入', 6.8, 'growth', 'actual'],
      ['社会保险基金预算收入', 598.7, 'amount', 'actual'],
      ['社会保险基金预算收入', 5.5, 'growth', 'actual'],
      ['社会保险基金预算支出', 561.2, 'amount', 'actual'],
      ['一般公共预算收入', 860, 'amount', 'target'],
      ['政府性基金预算收入', 370, 'amount', 'target'],
    ],
  )
})

test('a hard-wrapped English annual report: short lines end headings, running footers go, fiscal years and goals beside results read right', () => {
  // Hard-wrapped lines run to the margin and mostly stop mid-sentence.
  const prose = (n: number) => (n % 2 ? `Line ${n} of a paragraph that runs on across the page until it reaches the margin and` : `the next line of that paragraph carries it on to its end at the right margin here.`)
  const report = outline(
    [
      'Westbrook City Council',
      'Annual Report 2023/24',
      '',
      '1. Leader\'s foreword',
      prose(1),
      prose(2),
      'We delivered 412 new affordable homes, against a target of 400, and cut the number',
      'of households in temporary accommodation by 15 per cent.',
      '2. Our performance',
      '2.1 Housing',
      prose(3),
      prose(4),
      'The average time to re-let council homes fell from 41 days to 32 days.',
      'Westbrook City Council Annual Report 2023/24                         Page 2 of 4',
      '2.2 Environment',
      prose(5),
      prose(6),
      'Household recycling rose to 47.5% (target: 50%). Bus patronage grew by 6% to 18.4 million journeys.',
      '3. Priorities for 2024/25',
      prose(7),
      'We aim to reduce carbon emissions from council buildings by 10%.',
    ].join('\n'),
    'annual.txt',
  )
  assert.deepEqual(headings(report), ["1 1. Leader's foreword", '1 2. Our performance', '2 2.1 Housing', '2 2.2 Environment', '1 3. Priorities for 2024/25'])
  assert.ok(report.doc.removed.some((r) => r.reason === 'page footer'))
  // An English title after "1." is spaced; a Chinese one is not.
  assert.equal(headingText(report.flat[0]), "1. Leader's foreword")
  assert.equal(headingText({ label: '1.', title: '工业生产' }), '1.工业生产')
  const t = extractTargets(report).map((x) => [x.metric, x.value, x.unit, x.measure, x.role, x.period])
  assert.deepEqual(t, [
    ['delivered affordable homes', 412, 'affordable homes', 'amount', 'actual', '2023-24'],
    ['delivered affordable homes', 400, 'affordable homes', 'amount', 'target', '2023-24'],
    ['number of households in temporary accommodation', -15, '%', 'growth', 'actual', '2023-24'],
    ['average time to re-let council homes', 32, 'days', 'amount', 'actual', '2023-24'],
    ['Household recycling', 47.5, '%', 'share', 'actual', '2023-24'],
    ['Household recycling', 50, '%', 'share', 'target', '2023-24'],
    ['Bus patronage', 6, '%', 'growth', 'actual', '2023-24'],
    ['Bus patronage', 18.4, 'million journeys', 'amount', 'actual', '2023-24'],
    ['carbon emissions from council buildings', -10, '%', 'growth', 'target', '2024-25'],
  ])
})

/** A government work report in English translation, in the shape such translations take; the text and figures are made up. */
const workReport = (year: number, review: string[], plan: string[]) =>
  [
    'REPORT ON THE WORK OF THE GOVERNMENT',
    '',
    `Delivered at the Session of the Provincial People's Congress on January 20, ${year}`,
    '',
    'Fellow Deputies,',
    '',
    `I. A Review of Our Work in ${year - 1}`,
    '',
    ...review.flatMap((line) => [line, '']),
    `II. Overall Policy Planning for Development in ${year}`,
    '',
    'The main projected targets for development this year are as follows:',
    '',
    ...plan.flatMap((line) => [line, '']),
  ].join('\n')

test('English translations of Chinese reports: abbreviations, "reaching", counts with scales, dash lists under a planning heading, changes "in" an indicator', () => {
  const old = outline(
    workReport(
      2024,
      [
        '— Gross regional product (GRP) grew by 5.8 percent, reaching more than 4.2 trillion yuan.',
        '— A total of 610,000 urban jobs were added. Grain output hit a record high of 31.5 million metric tons.',
        '— Energy consumption per unit of GRP dropped by more than 2 percent.',
        'We issued an additional 80 billion yuan of special-purpose bonds.',
      ],
      ['— GRP growth of around 5.5 percent;', '— over 600,000 new urban jobs;', '— a drop of around 2 percent in energy consumption per unit of GRP.', 'The deficit-to-GRP ratio is projected at 2.8 percent.'],
    ),
    'report-2024.txt',
  )
  const t = extractTargets(old).map((x) => [x.metric, x.value, x.unit, x.measure, x.role, x.period])
  assert.deepEqual(t, [
    ['Gross regional product (GRP)', 5.8, '%', 'growth', 'actual', '2023'],
    ['Gross regional product (GRP)', 4.2, 'trillion yuan', 'amount', 'actual', '2023'],
    ['urban jobs', 610000, 'urban jobs', 'amount', 'actual', '2023'],
    ['Grain output', 31.5, 'million metric tons', 'amount', 'actual', '2023'],
    ['Energy consumption per unit of GRP', -2, '%', 'growth', 'actual', '2023'],
    ['special-purpose bonds', 80, 'billion yuan', 'amount', 'actual', '2023'],
    ['GRP', 5.5, '%', 'growth', 'target', '2024'],
    ['urban jobs', 600000, 'urban jobs', 'amount', 'target', '2024'],
    ['energy consumption per unit of GRP', -2, '%', 'growth', 'target', '2024'],
    ['deficit-to-GRP ratio', 2.8, '%', 'share', 'target', '2024'],
  ])

  // The next year's report: its review meets last year's plan, word for word, not letter for letter.
  const next = outline(
    workReport(
      2025,
      ['— A total of 640,000 urban jobs were added.', '— Energy consumption per unit of GRP dropped by 2.6 percent.', 'Investment in manufacturing grew by 9.1 percent.'],
      ['— a drop of around 2.5 percent in energy consumption per unit of GRP.'],
    ),
    'report-2025.txt',
  )
  const changes = compareTargets(extractTargets(old), extractTargets(next), () => false)
  const verdict = (status: string) => changes.filter((c) => c.status === status).map((c) => [c.metric, c.old?.value, c.new?.value])
  assert.deepEqual(verdict('exceeded'), [
    ['urban jobs', 600000, 640000],
    ['energy consumption per unit of GRP', -2, -2.6],
  ])
  // Results year on year, goals year on year: a deeper cut both times.
  assert.deepEqual(verdict('lowered'), [
    ['Energy consumption per unit of GRP', -2, -2.6],
    ['energy consumption per unit of GRP', -2, -2.5],
  ])
  // "Investment in manufacturing" shares four letters ("ment") with other names, and no word: it is new, not a change of another figure.
  assert.deepEqual(changes.filter((c) => c.new?.metric === 'Investment in manufacturing').map((c) => c.status), ['added'])
})

test('reports of results: a statistical communiqué or a midterm review reads 新建/完成/主要 as what was done; a title wrapped onto two lines is whole', () => {
  const bulletin = outline(['江澜市2024年国民经济和社会发展统计公报', '', '一、综合', '', '全年新建5G基站4200个。主要农产品中，粮食产量增长2.1%。力争2025年研发投入强度达到2.8%。'].join('\n'), 'b.txt')
  assert.deepEqual(extractTargets(bulletin).map((x) => [x.value, x.role]), [[4200, 'actual'], [2.1, 'actual'], [2.8, 'target']])
  // A midterm review's "…重点任务推进情况" reports results, though it names tasks; its title names the plan it reviews.
  const review = outline(['澜江市“十四五”规划纲要实施中期评估报告', '', '三、重点任务推进情况', '', '新建创新平台31个，社会消费品零售总额达到1820亿元。'].join('\n'), 'r.txt')
  assert.deepEqual(extractTargets(review).map((x) => x.role), ['actual', 'actual'])
  assert.equal(documentRole('关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告'), undefined)
  assert.equal(documentRole('“十四五”规划纲要实施中期评估报告'), 'actual')
  const wrapped = outline(['关于云川省2023年国民经济和社会发展计划执行情况', '与2024年国民经济和社会发展计划草案的报告', '——2024年1月22日在云川省第十四届人民代表大会第二次会议上', '', '一、2023年计划执行情况', '', '地区生产总值增长5.6%。'].join('\n'), 'w.txt')
  assert.equal(wrapped.meta.title, '关于云川省2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告')
})

test('"由X提高到Y": both figures are of what stands before 由, and a year after 由 is where it started, not the paragraph\'s', () => {
  const report = outline(['某市2021年政府工作报告', '', '一、回顾', '', '全社会研发经费投入强度由2015年的1.62%提高到2.15%，高新技术企业达到812家。城镇化率由60%提高到62.5%。'].join('\n'), 'r.txt')
  assert.deepEqual(extractTargets(report).map((x) => [x.metric, x.value, x.period]), [
    // The figure a change starts from is of the year after 由.
    ['全社会研发经费投入强度', 1.62, '2015'],
    ['全社会研发经费投入强度', 2.15, '2021'],
    ['高新技术企业', 812, '2021'],
    ['城镇化率', 60, '2021'],
    ['城镇化率', 62.5, '2021'],
  ])
  // "分别降低14%和18%": each item of the list its own fall.
  const fall = outline(['某市规划', '', '一、主要目标', '', '单位地区生产总值能源消耗和二氧化碳排放分别降低14%和18%。'].join('\n'), 'f.txt')
  assert.deepEqual(extractTargets(fall).map((x) => [x.metric, x.value]), [['单位地区生产总值能源消耗', -14], ['二氧化碳排放', -18]])
  // A goal revised ("由3%左右调整为2%左右"): what it was is no figure of this report.
  const plan = outline(['某省2025年国民经济和社会发展计划', '', '一、主要目标', '', '居民消费价格涨幅目标由3%左右调整为2%左右。研发经费投入强度目标由2.8%下调至2.6%。'].join('\n'), 'p.txt')
  assert.deepEqual(extractTargets(plan).map((x) => [x.metric, x.value, x.role]), [['居民消费价格', 2, 'target'], ['研发经费投入强度', 2.6, 'target']])
})

test('matching figures: a sure match of names is kept before two weak likenesses; between names alike, figures near in size pair', () => {
  const year = (y: number, body: string) => outline([`江澜市${y}年国民经济和社会发展统计公报`, '', '一、国内贸易', '', body].join('\n'), `${y}.txt`)
  const before = year(2023, '商品零售额1745.3亿元，增长5.9%。全年限额以上单位通过公共网络实现的商品零售额271.4亿元，增长14.6%。')
  const after = year(2024, '商品零售额1812.3亿元，增长4.0%。全年实物商品网上零售额312.5亿元，增长11.8%。')
  const changes = compareTargets(extractTargets(before), extractTargets(after), () => true)
  assert.deepEqual(changes.filter((c) => c.old && c.new).map((c) => [c.old!.value, c.new!.value]), [[1745.3, 1812.3], [5.9, 4]])
  // Two figures under one name: each pairs with the one nearest its size.
  const a = year(2023, '新增经营主体12000户。新增经营主体3000户。')
  const b = year(2024, '新增经营主体2900户。新增经营主体13000户。')
  assert.deepEqual(compareTargets(extractTargets(a), extractTargets(b), () => true).filter((c) => c.old && c.new).map((c) => [c.old!.value, c.new!.value]), [[12000, 13000], [3000, 2900]])
})

test('a five-year plan\'s indicator table in plain text: category column, its merged cells, year headers, growth and cumulative columns, bounds', () => {
  const plan = outline(
    ['某市国民经济和社会发展第十四个五年规划纲要', '', '一、主要指标', '',
      '类别      指标                        2020年   2025年    年均增长/累计   属性',
      '经济发展  1.地区生产总值（亿元）      3720     ＞5000    6左右           预期性',
      '          2.城镇调查失业率（%）       4.9      ＜5.5     —               预期性',
      '绿色生态  3.单位GDP能耗降低（%）      —        —         〔14〕          约束性'].join('\n'),
    'plan.txt',
  )
  assert.deepEqual(extractTargets(plan).map((x) => [x.metric, x.value, x.unit, x.measure, x.qualifier, x.period]), [
    ['地区生产总值', 3720, '亿元', 'amount', null, '2020'],
    ['地区生产总值', 5000, '亿元', 'amount', '超过', '2025'],
    // A plan's own years come from its title: the 14th five-year plan is 2021–2025.
    ['地区生产总值', 6, '%', 'growth', '左右', '2025'],
    ['城镇调查失业率', 4.9, '%', 'share', null, '2020'],
    ['城镇调查失业率', 5.5, '%', 'share', '以下', '2025'],
    ['单位GDP能耗', -14, '%', 'growth', null, '2025'],
  ])
  // The base year's column holds results, the plan year's goals.
  assert.deepEqual(extractTargets(plan).map((x) => x.role), ['actual', 'target', 'target', 'actual', 'target', 'target'])
  // A baseline column is of results; a year opening a note cell is no figure.
  const uk = outline(['Annual Plan 2024/25', '', '1. Workforce', '', 'Indicator          Baseline 2023/24   Target 2024/25   Change',
    'Vacancy rate       9.4%               7%               2024/25 lowered', 'Staff turnover     12%                10%              Unchanged'].join('\n'), 'uk.txt')
  assert.deepEqual(extractTargets(uk).map((x) => [x.metric, x.value, x.role]), [
    ['Vacancy rate', 9.4, 'actual'], ['Vacancy rate', 7, 'target'], ['Staff turnover', 12, 'actual'], ['Staff turnover', 10, 'target'],
  ])
})

test('HTML result tables: a footnote mark or a note beside a figure is no part of it; a cell listing a figure per year gives each its year', () => {
  const page = outline(['<main><h1>Departmental Results Report 2024–25</h1><h2>Results</h2><table><thead><tr><th>Indicator</th><th>Target</th><th>2023–24 actual results</th><th>Actual results</th></tr></thead><tbody>',
    '<tr><td>Number of apprentices</td><td>At least 12,500<sup id="fn3-rf"><a href="#fn3"><span class="wb-inv">Footnote </span>3</a></sup></td><td>11,900</td><td>2022–23: 11,100<br>2024–25: 12,310</td></tr>',
    '<tr><td>Payment accuracy rate</td><td>At least 95%</td><td>95.8%<sup>2</sup></td><td>95% (see note)</td></tr>',
    '<tr><td>Floor space</td><td>1,200 m<sup>2</sup></td><td></td><td></td></tr>',
    '</tbody></table></main>'].join('\n'), 'drr.html')
  assert.deepEqual(extractTargets(page).map((x) => [x.metric, x.value, x.unit, x.role, x.period]), [
    ['Number of apprentices', 12500, '', 'target', '2024-25'],
    ['Number of apprentices', 11900, '', 'actual', '2023-24'],
    ['Number of apprentices', 11100, '', 'actual', '2022-23'],
    ['Number of apprentices', 12310, '', 'actual', '2024-25'],
    ['Payment accuracy rate', 95, '%', 'target', '2024-25'],
    ['Payment accuracy rate', 95.8, '%', 'actual', '2023-24'],
    ['Payment accuracy rate', 95, '%', 'actual', '2024-25'],
    ['Floor space', 1200, 'm²', 'target', '2024-25'],
  ])
})

test('indicator tables: the row names the indicator, the column says goal or result and the year, the unit comes from cell, unit column, header or label', () => {
  const plan = outline(
    [
      '<h2>一、2024年计划执行情况</h2>',
      '<table>',
      '<tr><td>序号</td><td>指标</td><td>单位</td><td>2024年计划</td><td>2024年完成</td><td>2025年目标</td><td>备注</td></tr>',
      '<tr><td>1</td><td>地区生产总值增长</td><td>%</td><td>6</td><td>5.8</td><td>5.5左右</td><td>2</td></tr>',
      '<tr><td>2</td><td>一般公共预算收入</td><td>亿元</td><td>120</td><td>126.3</td><td>—</td><td></td></tr>',
      '</table>',
      '<h2>二、民生指标</h2>',
      '<table><tr><th>项目</th><th>2025年目标（万人）</th><th>完成时间</th></tr><tr><td>城镇新增就业</td><td>不少于5</td><td>2025</td></tr></table>',
    ].join('\n'),
    'plan.html',
  )
  const t = extractTargets(plan).map((x) => [x.metric, x.value, x.unit, x.measure, x.qualifier, x.role, x.period])
  assert.deepEqual(t, [
    ['地区生产总值', 6, '%', 'growth', null, 'target', '2024'],
    ['地区生产总值', 5.8, '%', 'growth', null, 'actual', '2024'],
    ['地区生产总值', 5.5, '%', 'growth', '左右', 'target', '2025'],
    ['一般公共预算收入', 120, '亿元', 'amount', null, 'target', '2024'],
    ['一般公共预算收入', 126.3, '亿元', 'amount', null, 'actual', '2024'],
    ['城镇新增就业', 5, '万人', 'amount', '不少于', 'target', '2025'],
  ])
  assert.equal(extractTargets(plan)[2].text, '地区生产总值增长 · 2025年目标 · 5.5左右')

  // A Markdown KPI table against the next year's: goals met and missed, figures kept and changed.
  const kpi = (year: number, rows: string[]) => outline(`# Annual Performance Report ${year}\n\n## Housing\n\n| Indicator | Target ${year} | Actual ${year} | Target ${year + 1} |\n|---|---|---|---|\n${rows.join('\n')}\n`, `kpi-${year}.md`)
  const before = kpi(2024, ['| New homes completed | 1,200 | 1,450 | 1,300 |', '| Households in temporary accommodation (number) | 850 | 910 | 800 |'])
  const after = kpi(2025, ['| New homes completed | 1,300 | 1,280 | 1,300 |', '| Households in temporary accommodation (number) | 800 | 760 | 750 |'])
  const changes = compareTargets(extractTargets(before), extractTargets(after), () => true)
  const verdicts = changes.filter((c) => ['met', 'exceeded', 'missed'].includes(c.status)).map((c) => [c.metric, c.status, c.old?.value, c.new?.value])
  assert.deepEqual(verdicts, [
    ['New homes completed', 'missed', 1300, 1280],
    ['Households in temporary accommodation', 'exceeded', 800, 760],
  ])
})

test('Chinese indicator names: 一是, 实现 and 力争 are no part of them, 高等 is a word, a modifier pair shares its name, a share or a gap (占…, 高于全国…) is of what was named before; 每千人口 and 千亿元县 are no figures', () => {
  const o = outline(
    [
      '二、2024年主要任务',
      '深入实施乡村建设行动，一是新改建农村公路3000公里；二是农村自来水普及率达到92%。实际使用外资力争达到20亿美元。',
      '每千人口执业（助理）医师数达到3.3人。高等教育毛入学率达到58%。新增地区生产总值超千亿元县2个。',
      'PM2.5平均浓度控制在30微克/立方米以下，全省算力规模达到8EFLOPS。',
      '城镇和农村居民人均可支配收入分别增长4.8%、7.6%；PM2.5和PM10平均浓度分别下降3%和5%。',
      '数字经济核心产业增加值增长11.2%，占地区生产总值比重达到10.1%。金融业增加值增长3.6%，总量占全市45%。',
      '全省地区生产总值增长5.6%，高于全国0.4个百分点。',
      '完成561户信息化建设和553户适老化改造，267个老旧小区改造、132条背街小巷和21条街路更新。',
      '全年实现城镇新增就业14.8万人。',
    ].join('\n'),
  )
  const t = extractTargets(o).map((x) => [x.metric, x.value, x.unit, x.measure])
  assert.deepEqual(t, [
    ['新改建农村公路', 3000, '公里', 'amount'],
    ['农村自来水普及率', 92, '%', 'share'],
    ['实际使用外资', 20, '亿美元', 'amount'],
    ['每千人口执业（助理）医师数', 3.3, '人', 'amount'],
    ['高等教育毛入学率', 58, '%', 'share'],
    ['新增地区生产总值超千亿元县', 2, '个', 'amount'],
    ['PM2.5平均浓度', 30, '微克/立方米', 'amount'],
    ['算力规模', 8, 'EFLOPS', 'amount'],
    ['城镇居民人均可支配收入', 4.8, '%', 'growth'],
    ['农村居民人均可支配收入', 7.6, '%', 'growth'],
    ['PM2.5平均浓度', -3, '%', 'growth'],
    ['PM10平均浓度', -5, '%', 'growth'],
    ['数字经济核心产业增加值', 11.2, '%', 'growth'],
    ['数字经济核心产业增加值占地区生产总值', 10.1, '%', 'share'],
    ['金融业增加值', 3.6, '%', 'growth'],
    ['金融业增加值总量占全市', 45, '%', 'share'],
    ['地区生产总值', 5.6, '%', 'growth'],
    ['地区生产总值高于全国', 0.4, '个百分点', 'growth'],
    // Counts joined by 和 or 、: each is named by what follows it, up to the next count.
    ['信息化建设', 561, '户', 'amount'],
    ['适老化改造', 553, '户', 'amount'],
    ['老旧小区改造', 267, '个', 'amount'],
    ['背街小巷', 132, '条', 'amount'],
    ['街路更新', 21, '条', 'amount'],
    ['城镇新增就业', 14.8, '万人', 'amount'],
  ])
})

test('a plain-text indicator table (copied from a PDF) is read as a table; a label naming a fall gives negative growth; a year alone heads a column', () => {
  const plan = outline(
    [
      '关于2024年计划草案的报告',
      '二、2024年主要目标',
      '表1  2024年全省经济社会发展主要指标',
      '指标名称    单位    2023年完成    2024年目标',
      '地区生产总值增速    %    5.6    5.5左右',
      '城镇新增就业    万人    53.6    52以上',
      '单位地区生产总值能耗降低    %    3.1    2.5',
      '三、重点任务',
      '单位地区生产总值能耗下降2.5%。',
    ].join('\n'),
  )
  const t = extractTargets(plan).map((x) => [x.metric, x.value, x.unit, x.measure, x.qualifier, x.role, x.period])
  assert.deepEqual(t, [
    ['地区生产总值', 5.6, '%', 'growth', null, 'actual', '2023'],
    ['地区生产总值', 5.5, '%', 'growth', '左右', 'target', '2024'],
    ['城镇新增就业', 53.6, '万人', 'amount', null, 'actual', '2023'],
    ['城镇新增就业', 52, '万人', 'amount', '以上', 'target', '2024'],
    ['单位地区生产总值能耗', -3.1, '%', 'growth', null, 'actual', '2023'],
    ['单位地区生产总值能耗', -2.5, '%', 'growth', null, 'target', '2024'],
    ['单位地区生产总值能耗', -2.5, '%', 'growth', null, 'target', '2024'],
  ])
  const en = outline(['Annual Plan 2025', '', '1. Housing', '', 'Measure          2023      2024', 'Homes built      180       215', 'Days to re-let   41        38'].join('\n'), 'plan.txt')
  assert.deepEqual(
    extractTargets(en).map((x) => [x.metric, x.value, x.period]),
    [
      ['Homes built', 180, '2023'],
      ['Homes built', 215, '2024'],
      ['Days to re-let', 41, '2023'],
      ['Days to re-let', 38, '2024'],
    ],
  )
})

test('English plain-text tables and goals beside results: "2023 actual" heads a column, "(target: 200)" is the goal of the figure before it, "cut the Council\'s emissions by 10%" is a fall', () => {
  const plan = outline(
    ['Riverton City Council', 'Annual Plan 2024', '', '2. Housing', '', 'We will cut the Council\'s carbon emissions by 10%.', '',
      'Measure                         2023 actual    2024 target', 'New affordable homes            182            200', 'Days to re-let                  38             30'].join('\n'),
    'plan.txt',
  )
  assert.deepEqual(
    extractTargets(plan).map((x) => [x.metric, x.value, x.measure, x.role, x.period]),
    [
      ["Council's carbon emissions", -10, 'growth', 'target', '2024'],
      ['New affordable homes', 182, 'amount', 'actual', '2023'],
      ['New affordable homes', 200, 'amount', 'target', '2024'],
      ['Days to re-let', 38, 'amount', 'actual', '2023'],
      ['Days to re-let', 30, 'amount', 'target', '2024'],
    ],
  )
  const report = outline(['Annual Report 2024 and Plan 2025', '', '2. Homes', '', 'We built 215 new affordable homes (target: 200) and achieved 93% against a target of 95%.'].join('\n'), 'report.txt')
  assert.deepEqual(
    extractTargets(report).map((x) => [x.value, x.role, x.period]),
    [
      [215, 'actual', '2024'],
      [200, 'target', '2024'],
      [93, 'actual', '2024'],
      [95, 'target', '2024'],
    ],
  )
})

test('English names of shares and sums: what follows "of" after a verb in a list or at a clause start, a time standard kept; money named by what it is spent on; "the number of X" is named by X', () => {
  const plan = outline(
    ['Annual Plan 2024', '', '3. Services', '', 'In 2024 the service will:', '',
      '• make 85% of prevention offers within 10 working days of first contact;', '• reduce the number of families in bed and breakfast accommodation to fewer than 30 at any time.', '',
      'We will resurface 40 km of roads and repair 98% of dangerous potholes within 24 hours. 35% of council vehicles will be electric by the end of the year.', '',
      'We will invest £4.5 million in bus priority measures on the A38, and we will spend no more than £7.8 million on temporary accommodation.'].join('\n'),
    'plan.txt',
  )
  assert.deepEqual(
    extractTargets(plan).map((x) => [x.metric, x.value]),
    [
      ['prevention offers within 10 working days', 85],
      ['number of families in bed and breakfast accommodation', 30],
      ['roads', 40],
      ['repair dangerous potholes within 24 hours', 98],
      ['council vehicles', 35],
      ['bus priority measures', 4.5],
      ['temporary accommodation', 7.8],
    ],
  )
  // A count noun ends at a word boundary: "tonnes CO2e" is tonnes of the emissions named before it.
  const co2 = extractTargets(outline(['Annual Plan 2024', '', '2. Climate', '', "We will reduce the council's operational carbon emissions to 14,000 tonnes CO2e in 2024."].join('\n'), 'p.txt'))
  assert.deepEqual(co2.map((x) => [x.metric, x.value, x.unit]), [["council's operational carbon emissions", 14000, 'tonnes']])
})

test('an English report with next year\'s plan: a lead-in ("For 2025 we will:") sets its list\'s goals and year, a goal beside a result is of the result\'s year, a figure of the plan year is a goal, "must" sets a goal, "reduce … to" says lower is better', () => {
  const report = outline(
    ['Annual Report 2024 and Annual Plan 2025', '', 'Part B  Service Performance', '', '1. Roads', '',
      'The number of people killed or seriously injured fell by 8% in 2024, short of our 10–15% target.', '',
      'For 2025 we will:', 'a) reduce the number of people killed or seriously injured by 10–15%;', 'b) resurface 35 km of roads.', '',
      'We planted 5,340 street trees in 2024, beating our target of 5,000.', '',
      'The net revenue budget for 2025 is £328.9 million. Band D council tax will increase by 4.99%, to £2,224.10. We must deliver savings of £21 million.', '',
      'Objective 2.2 – Recycle 50% of household waste', '', 'We will reduce residual waste to 440 kg per household and clear 92% of reported fly-tipping. A quarter of residents are aged under 20.'].join('\n'),
    'report.txt',
  )
  assert.deepEqual(
    extractTargets(report).map((x) => [x.value, x.high ?? null, x.role, x.period, x.lowerIsBetter]),
    [
      [-8, null, 'actual', '2024', true],
      [-10, -15, 'target', '2024', true],
      [-10, -15, 'target', '2025', true],
      [35, null, 'target', '2025', false],
      [5340, null, 'actual', '2024', false],
      [5000, null, 'target', '2024', false],
      [328.9, null, 'target', '2025', false],
      [4.99, null, 'target', '2025', false],
      [2224.1, null, 'target', '2025', false],
      [21, null, 'target', '2025', false],
      [50, null, 'target', '2025', false],
      [440, null, 'target', '2025', true],
      [92, null, 'target', '2025', false],
    ],
  )
})

test('year on year, an old goal is paired with the new report\'s goal for a later year, not with its own restatement; a lead-in is the sentence before the colon', () => {
  const plan = outline(['Annual Plan 2024', '', '3. Homes', '', 'Demand rose sharply in 2023. In 2024 we will:', '', '• deliver at least 200 new affordable homes.'].join('\n'), 'plan.txt')
  const report = outline(['Annual Report 2024 and Annual Plan 2025', '', '3. Homes', '', 'We delivered 215 new affordable homes (target: 200). In 2025 we will deliver at least 250 new affordable homes.'].join('\n'), 'report.txt')
  const old = extractTargets(plan)
  assert.deepEqual(old.map((t) => [t.value, t.role, t.period]), [[200, 'target', '2024']])
  const changes = compareTargets(old, extractTargets(report), () => true)
  assert.deepEqual(
    changes.map((c) => [c.status, c.old?.value ?? null, c.old?.period ?? null, c.new?.value ?? null, c.new?.period ?? null]),
    [
      ['exceeded', 200, '2024', 215, '2024'],
      ['raised', 200, '2024', 250, '2025'],
      ['added', null, null, 215, '2024'],
      // The 2024 goal as the report restates it, beside its result.
      ['added', null, null, 200, '2024'],
    ],
  )
  // Compared the other way round, the same pair is lowered.
  const back = compareTargets(extractTargets(report), old, () => true).filter((c) => c.old && c.new)
  assert.deepEqual(back.map((c) => [c.status, c.old!.value, c.new!.value]), [['lowered', 250, 200]])
})

test('"from 71% to 74% by 2026" is a goal for 2026; "homes built to a standard" tells of no past', () => {
  const plan = outline(['Annual Plan 2024', '', '8. Economy', '', 'We will raise the employment rate from 71% to 74% by 2026.', '',
    'We will increase the share of new council homes built to a net zero carbon standard from 40% to 55% by 2026.'].join('\n'), 'plan.txt')
  assert.deepEqual(extractTargets(plan).map((x) => [x.value, x.role, x.period]), [[74, 'target', '2026'], [55, 'target', '2026']])
})

test('indicators are paired by what they name, not by the action or level their names open with', () => {
  assert.ok(metricSimilarity('培育省级夜间经济集聚区', '培育省级消费新场景') < 0.5)
  assert.ok(metricSimilarity('规模以上工业企业研发机构覆盖率', '高技术制造业增加值占规模以上工业比重') < 0.5)
  assert.ok(metricSimilarity('背街小巷改造', '背街小巷微更新') >= 0.5)
  assert.ok(metricSimilarity('规模以上工业增加值', '规上工业增加值') >= 0.5)
  // 限上 is 限额以上, and neither tells indicators apart; a bare head noun (企业, 项目) pairs nothing.
  assert.ok(metricSimilarity('新增限上企业', '新增限额以上商贸企业') >= 0.5)
  assert.ok(metricSimilarity('限额以上单位网上零售额', '限上住宿业') < 0.5)
  assert.ok(metricSimilarity('新增限上企业', '新增跨境电商企业') < 0.5)
  assert.ok(metricSimilarity('项目', '实施“揭榜挂帅”项目') < 0.5)
})

test('five-year plan outlines (规划纲要): 篇/章/节 levels, 年均 is no list, 千亿级 is a class, 到2030年 sets a goal', () => {
  const plan = outline(
    [
      '某市国民经济和社会发展第十五个五年规划纲要',
      '第一篇 开启新征程',
      '第一章 发展基础',
      '过去五年，全市地区生产总值年均增长5.8%。',
      '第二篇 建设现代化产业体系',
      '第二章 做强先进制造业',
      '第一节 壮大主导产业',
      '到2030年，装备制造业产值突破2000亿元，培育千亿级产业集群3个，启动10吨级无人机项目。',
    ].join('\n\n'),
    'gang.txt',
  )
  assert.deepEqual(headings(plan), ['1 第一篇 开启新征程', '2 第一章 发展基础', '1 第二篇 建设现代化产业体系', '2 第二章 做强先进制造业', '3 第一节 壮大主导产业'])
  const t = extractTargets(plan).map((x) => [x.metric, x.value, x.unit, x.role, x.period])
  assert.deepEqual(t, [
    // The 15th five-year plan (2026–2030) looks back on 2025.
    ['地区生产总值', 5.8, '%', 'actual', '2025'],
    ['装备制造业产值', 2000, '亿元', 'target', '2030'],
    ['培育千亿级产业集群', 3, '个', 'target', '2030'],
  ])
})

test('English sustainability reports: numbers in names, levels changes start from, scores and levels without a unit', () => {
  const report = outline(
    [
      '# Sustainability Report 2024',
      '## Performance in 2024',
      '- Scope 1 and 2 emissions fell 18% against our 2019 baseline.',
      '- We sent 2,100 tonnes of waste to landfill, down from 2,600 tonnes in 2023.',
      '- Employee engagement score: 72 (2023: 69).',
      '- We will reline 15 km of sewers in Zone 3.',
      '## Our targets',
      '- Reduce Scope 1 and 2 emissions by 42% by 2030.',
      '- Raise employee engagement to 75.',
    ].join('\n\n'),
    'esg.md',
  )
  const t = extractTargets(report).map((x) => [x.metric, x.value, x.unit, x.measure, x.role, x.period])
  assert.deepEqual(t, [
    // "Scope 1 and 2" is a name: no figure 2, and the indicator keeps it.
    ['Scope 1 and 2 emissions', -18, '%', 'growth', 'actual', '2024'],
    ['waste', 2100, 'tonnes', 'amount', 'actual', '2024'],
    // The level the fall started from is an amount, of its own year.
    ['waste', 2600, 'tonnes', 'amount', 'actual', '2023'],
    // A label and its value; last year's beside it in brackets is no figure of this year.
    ['Employee engagement score', 72, '', 'amount', 'actual', '2024'],
    // "reline" is no "line 15"; "Zone 3" is a name.
    ['sewers', 15, 'km', 'amount', 'target', '2024'],
    ['Scope 1 and 2 emissions', -42, '%', 'growth', 'target', '2030'],
    ['employee engagement', 75, '', 'amount', 'target', '2024'],
  ])
})

test('English budget speeches and PDF annual reports: bylines, "2 Housing" headings, page headers set left and right, words hyphenated at the margin, the year a figure is of', () => {
  const speech = outline(
    [
      'BUDGET SPEECH 2024',
      'Delivered by the Minister of Finance on 20 February 2024',
      'I. INTRODUCTION',
      '1. Our economy grew by 1.1 per cent in 2023, and we expect growth of between 1.0 and 3.0 per cent in 2024.',
      '2. Core inflation eased to 4.2 per cent in December 2023.',
      'II. ECONOMIC OUTLOOK',
      '3. Trade volumes fell by 2 per cent last year. Around 5,000 firms benefited from the scheme.',
      '4. We will raise the co-funding cap of the Progressive Wage Credit Scheme to $3,000 per worker.',
      'III. FISCAL POSITION',
      '5. For FY2023, we expect an overall budget surplus of $1.4 billion, or 0.2 per cent of GDP.',
      '6. For FY2024, total revenue is projected at $117.8 billion.',
    ].join('\n\n'),
    'budget.txt',
  )
  // The byline is the date, not a section holding the speech (its "Delivered" made every figure a result).
  assert.deepEqual(headings(speech), ['1 I. INTRODUCTION', '1 II. ECONOMIC OUTLOOK', '1 III. FISCAL POSITION'])
  assert.equal(speech.meta.date, '20 February 2024')
  const t = extractTargets(speech).map((x) => [x.metric, x.value, x.high ?? null, x.unit, x.role, x.period])
  assert.deepEqual(t, [
    ['economy', 1.1, null, '%', 'actual', '2023'],
    // "between 1.0 and 3.0 per cent" is one range.
    ['economy', 1, 3, '%', 'target', '2024'],
    // "eased" is the verb, and December 2023 is the year.
    ['Core inflation', 4.2, null, '%', 'actual', '2023'],
    // Past tense and "last year" are results, even in an outlook.
    ['Trade volumes', -2, null, '%', 'actual', '2023'],
    ['firms', 5000, null, 'firms', 'actual', '2023'],
    ['co-funding cap', 3000, null, '$', 'target', '2024'],
    // The year the sentence opens with; a year before the budget's is an estimate of what happened.
    ['overall budget surplus', 1.4, null, '$ billion', 'actual', '2023'],
    // "or 0.2 per cent of GDP" is the same surplus put another way.
    ['overall budget surplus', 0.2, null, '%', 'actual', '2023'],
    ['revenue', 117.8, null, '$ billion', 'target', '2024'],
  ])

  // Hard-wrapped, with a page header set left and right and "N Title" headings.
  const header = 'Northfield County Council                                   Annual Report 2024'
  const annual = outline(
    [
      header,
      '',
      '1 Housing',
      '',
      'In 2024 we completed 412 new affordable homes, against a target of 400. The',
      'number of households in temporary accommodation fell to 1,280, down from',
      '1,430 a year earlier. We resolved 79% of complaints at first contact and we',
      'repaired 14,500 potholes on roads across the whole of the county this year.',
      '',
      header,
      '                                   Page 2',
      '',
      'For 2025 we aim to deliver 450 affordable homes and to reduce the number of',
      'households in temporary accommodation to below 1,200 by the end of the year.',
      '',
      '2 Finances',
      '',
      'Net revenue expenditure was £512.3 million, within the budget of £515.0 mil-',
      'lion. For 2025 the council has set a net revenue budget of £538.6 million, an',
      'increase of 5.1 per cent, and it will be balanced without using reserves.',
      '',
      header,
      '                                   Page 3',
    ].join('\n'),
    'annual.txt',
  )
  assert.deepEqual(headings(annual), ['1 1 Housing', '1 2 Finances'])
  // The page header is furniture where it repeats; its first line is the title.
  assert.equal(annual.meta.title, header)
  assert.equal(annual.doc.removed.filter((r) => r.reason === 'running header').length, 2)
  const a = extractTargets(annual).map((x) => [x.metric, x.value, x.unit, x.role, x.period])
  assert.deepEqual(a, [
    ['completed affordable homes', 412, 'affordable homes', 'actual', '2024'],
    ['completed affordable homes', 400, 'affordable homes', 'target', '2024'],
    // A count a change brings something to needs no unit.
    ['number of households in temporary accommodation', 1280, '', 'actual', '2024'],
    // A share of what a verb acts on is named by both, and resolving complaints is better higher.
    ['resolved complaints', 79, '%', 'actual', '2024'],
    ['repaired potholes', 14500, 'potholes', 'actual', '2024'],
    ['deliver affordable homes', 450, 'affordable homes', 'target', '2025'],
    ['number of households in temporary accommodation', 1200, '', 'target', '2025'],
    ['Net revenue expenditure', 512.3, '£ million', 'actual', '2024'],
    // "mil-" / "lion" at the margin is one word again.
    ['within the budget', 515, '£ million', 'actual', '2024'],
    // A year after the report's is a goal.
    ['net revenue budget', 538.6, '£ million', 'target', '2025'],
    ['net revenue budget', 5.1, '%', 'target', '2025'],
  ])
  assert.equal(extractTargets(annual).find((x) => x.metric === 'resolved complaints')?.lowerIsBetter, false)
})

test('Chinese work reports: a price rise (上涨, 涨幅) is a growth of the price index; 连续九年 names no indicator; 人均 keeps its 均', () => {
  const report = outline(
    [
      '政府工作报告',
      '一、2023年工作回顾',
      '过去一年，居民消费价格上涨0.3%。粮食总产量1020亿斤，连续九年稳定在千亿斤以上。企业退休人员养老金人均上涨3%。',
      '二、2024年主要目标任务',
      '今年经济社会发展的主要预期目标是：居民消费价格涨幅3%左右；粮食产量稳定在1000亿斤以上。',
    ].join('\n\n'),
    'gwr.txt',
  )
  const t = extractTargets(report).map((x) => [x.metric, x.value, x.unit, x.measure, x.role])
  assert.deepEqual(t, [
    ['居民消费价格', 0.3, '%', 'growth', 'actual'],
    ['粮食总产量', 1020, '亿斤', 'amount', 'actual'],
    ['粮食总产量', 1000, '亿斤', 'amount', 'actual'],
    ['企业退休人员养老金人均', 3, '%', 'growth', 'actual'],
    ['居民消费价格', 3, '%', 'growth', 'target'],
    ['粮食产量', 1000, '亿斤', 'amount', 'target'],
  ])
})

test('an English plan as a web page: a sentence opening with its year names no indicator; "our goal is" sets a goal for the indicator named before', () => {
  const page = outline(
    '<html><body><nav><a href="/">Home</a></nav><main><h1>Corporate Plan 2025</h1><h2>1. A growing economy</h2><p>In 2024 the city\'s economy grew by 1.8%.</p><h2>2. A greener city</h2><p>Household recycling reached 44% in 2024; our goal is 48% in 2025.</p></main></body></html>',
    'plan.html',
  )
  const t = extractTargets(page).map((x) => [x.metric, x.value, x.role, x.period])
  assert.deepEqual(t, [
    ["city's economy", 1.8, 'actual', '2024'],
    ['Household recycling', 44, 'actual', '2024'],
    ['Household recycling', 48, 'target', '2025'],
  ])
})

test('a second count joined by "and" shares the first one\'s verb', () => {
  const plan = outline('# Plan 2025\n\n## Cycling\n\nWe will add 15 km of protected cycle lanes and 20 new school streets.\n', 'plan.md')
  assert.deepEqual(
    extractTargets(plan).map((x) => [x.metric, x.value, x.unit]),
    [
      ['protected cycle lanes', 15, 'km'],
      ['add school streets', 20, 'school streets'],
    ],
  )
})

test('one figure after 均 is each listed indicator\'s, unless the list names groups of one indicator', () => {
  const o = outline(
    [
      '一、2024年工作回顾',
      '预计全年游客总量和花费均增长35%以上。城乡居民最低生活保障标准、特困人员基本生活标准均提高3.5%。',
      '在册管理的高血压、糖尿病患者规范管理率均达到81%以上。居民人均可支配收入年均增长6%。',
    ].join('\n'),
  )
  assert.deepEqual(
    extractTargets(o).map((x) => [x.metric, x.value, x.unit, x.measure]),
    [
      ['游客总量', 35, '%', 'growth'],
      ['花费', 35, '%', 'growth'],
      ['城乡居民最低生活保障标准', 3.5, '%', 'growth'],
      ['特困人员基本生活标准', 3.5, '%', 'growth'],
      ['在册管理的高血压、糖尿病患者规范管理率', 81, '%', 'share'],
      ['居民人均可支配收入', 6, '%', 'growth'],
    ],
  )
})

test('English facts of the present in a plan are results; a count is named by the noun after it, not by the noun of the figure before', () => {
  const o = outline(
    ['Harbourton City Council Annual Plan 2024', '', '1. About the city', '',
      'Harbourton is home to 287,000 people living in 124,500 households. The city covers 112 square kilometres and has 38 schools.',
      'Unemployment currently stands at 4.1%.', '', '2. Our priorities', '', 'We will build at least 200 public rental housing units and plant 5,000 trees.'].join('\n'),
    'plan.txt',
  )
  assert.deepEqual(
    extractTargets(o).map((x) => [x.metric, x.value, x.unit, x.role, x.period]),
    [
      ['people', 287000, 'people', 'actual', '2023'],
      ['households', 124500, 'households', 'actual', '2023'],
      // "covers" is no sum in rupees ("coveRs 112").
      ['covers square kilometres', 112, 'square kilometres', 'actual', '2023'],
      ['schools', 38, 'schools', 'actual', '2023'],
      ['Unemployment', 4.1, '%', 'actual', '2023'],
      ['build public rental housing', 200, 'public rental housing', 'target', '2024'],
      ['plant trees', 5000, 'trees', 'target', '2024'],
    ],
  )
  // A comma grouping thousands ends no clause: the figure's text is its whole clause.
  assert.equal(extractTargets(o)[0].text, 'Harbourton is home to 287,000 people living in 124,500 households.')
})

test('English years of goals: "our FY2024 target", "the goal for 2026 to 5.8 minutes"; a fiscal year is no figure and no range', () => {
  const o = outline(
    ['Annual Performance Report 2024', '', '## Results', '',
      'Response time improved to 6.4 minutes, beating our FY2024 target of 6.8 minutes.', '',
      'We are tightening the goal for 2026 to 5.8 minutes.', '', 'Claims were decided in 30 days in 2024–25 lowered from 41.'].join('\n'),
    'r.md',
  )
  assert.deepEqual(
    extractTargets(o).map((x) => [x.value, x.unit, x.role, x.period]),
    [
      [6.4, 'minutes', 'actual', '2024'],
      [6.8, 'minutes', 'target', '2024'],
      [5.8, 'minutes', 'target', '2026'],
      [30, 'days', 'actual', '2024-25'],
    ],
  )
})

test('a table label naming a fall ("emissions below 2019 level") makes its figures falls; a handled share of complaints (投诉办结率) is better higher', () => {
  const table = (head: string, row: string) => outline(['# Plan', '', '## Climate', '', head, head.replace(/[^|]+/g, '---'), row].join('\n'), 'p.md')
  const plan = extractTargets(table('| Measure | FY2024 Target |', '| Municipal GHG emissions below 2019 level | 22% |'))
  const report = extractTargets(table('| Measure | FY2024 Target | FY2024 Actual |', '| Municipal GHG emissions below 2019 level | 22% | 21% |'))
  assert.deepEqual(report.map((x) => [x.value, x.role]), [[-22, 'target'], [-21, 'actual']])
  const verdict = compareTargets(plan, report, () => true).find((c) => c.new?.role === 'actual')
  assert.equal(verdict?.status, 'missed')
  const zh = extractTargets(outline(['2024年计划', '', '一、重点任务', '消费者投诉办结率不低于98%，安全生产事故起数下降10%。'].join('\n')))
  assert.deepEqual(zh.map((x) => x.lowerIsBetter), [false, true])
})

test('table columns: a column\'s own unit ("完成率（%）") before the row\'s unit column; a completion rate is named as one; "其中：" is no part of a name', () => {
  const o = outline(
    ['2024年工作计划', '', '一、2023年工作总结', '',
      '| 指标名称 | 单位 | 2023年目标 | 2023年完成 | 完成率（%） |', '|---|---|---|---|---|',
      '| 社会消费品零售总额 | 亿元 | 120 | 122.2 | 101.8 |', '| 其中：限上消费品零售额 | 亿元 | 40 | 41.5 | 103.8 |'].join('\n'),
    'p.md',
  )
  assert.deepEqual(
    extractTargets(o).map((x) => [x.metric, x.value, x.unit, x.role]),
    [
      ['社会消费品零售总额', 120, '亿元', 'target'],
      ['社会消费品零售总额', 122.2, '亿元', 'actual'],
      ['社会消费品零售总额完成率', 101.8, '%', 'actual'],
      ['限上消费品零售额', 40, '亿元', 'target'],
      ['限上消费品零售额', 41.5, '亿元', 'actual'],
      ['限上消费品零售额完成率', 103.8, '%', 'actual'],
    ],
  )
})

test('goals of several years on both sides are compared year by year; the latest years pair only when the reports move on', () => {
  const table = (head: string, row: string) => extractTargets(outline(['# Strategic Plan FY2024–FY2026', '', '## Parks', '', head, head.replace(/[^|]+/g, '---'), row].join('\n'), 'p.md'))
  const plan = table('| Measure | FY2024 Target | FY2026 Target |', '| Pavement Condition Index | 65 | 68 |')
  const report = table('| Measure | FY2024 Target | FY2025 Target |', '| Pavement Condition Index | 65 | 66 |')
  const changes = (a: typeof plan, b: typeof plan) => compareTargets(a, b, () => true).map((c) => `${c.status} ${c.old?.period ?? '-'} → ${c.new?.period ?? '-'}`).sort()
  // FY2026's 68 against FY2025's 66 would be a false "lowered".
  assert.deepEqual(changes(plan, report), ['added - → 2025', 'dropped 2026 → -', 'kept 2024 → 2024'])
  const moved = table('| Measure | FY2025 Target | FY2027 Target |', '| Pavement Condition Index | 66 | 70 |')
  assert.deepEqual(changes(plan, moved), ['added - → 2025', 'dropped 2024 → -', 'raised 2026 → 2027'])
  // Swapped, the same pairs with the other direction.
  assert.deepEqual(changes(moved, plan), ['added - → 2024', 'dropped 2025 → -', 'lowered 2027 → 2026'])
})

test('a bound in a table cell gives the qualifier the same words give in running text (a ceiling the figure may reach is "at most"; "≤" in a Chinese table is 以下)', () => {
  const cells = (rows: string[]) => extractTargets(outline(['# Plan 2025', '', '## Goals', '', '| Measure | 2025 Target |', '|---|---|', ...rows].join('\n'), 'p.md')).map((x) => [x.metric, x.value, x.qualifier])
  assert.deepEqual(cells(['| Bus punctuality | ≥ 90% |', '| Complaints open | at most 5% |', '| Trees planted | over 12,000 |', '| Response time | under 8 minutes |']), [
    ['Bus punctuality', 90, 'at least'],
    ['Complaints open', 5, 'at most'],
    ['Trees planted', 12000, 'more than'],
    ['Response time', 8, 'below'],
  ])
  assert.deepEqual(cells(['| 单位GDP能耗 | 不超过3% |', '| 城镇新增就业 | 不少于5万人 |', '| 新建学校 | 约12所 |']), [
    ['单位GDP能耗', 3, '以下'],
    ['城镇新增就业', 5, '不少于'],
    ['新建学校', 12, '约'],
  ])
  assert.deepEqual(cells(['| 细颗粒物浓度（微克/立方米） | ≤28 |', '| 优良天数比例（%） | ≥85 |']), [
    ['细颗粒物浓度', 28, '以下'],
    ['优良天数比例', 85, '以上'],
  ])
  // In running text too: 不超过 is a ceiling, though it ends with 超过.
  const text = extractTargets(outline(['2025年计划', '', '一、目标', '', '单位地区生产总值能耗增长不超过3%，城镇新增就业不低于5万人，新增贷款超过100亿元。'].join('\n')))
  assert.deepEqual(text.map((x) => [x.value, x.qualifier]), [[3, '以下'], [5, '不低于'], [100, '超过']])
})

test('Chinese ratios to the plan and gaps are of the indicator before them, and so is the growth after them; a goal restated alone in a review is that year\'s goal', () => {
  const o = outline(['2024年工作总结和2025年工作计划', '', '一、2024年工作总结',
    '实际利用外资1.08亿美元，完成年度目标的108%，同比增长12.5%。社会消费品零售总额增长5.2%，低于预期目标0.8个百分点。签约项目开工率仍低于70%的目标。地区生产总值增长6.8%，高于年初预期目标0.3个百分点。固定资产投资下降3.1%，未完成年初确定的增长5%的目标。'].join('\n'))
  assert.deepEqual(
    extractTargets(o).map((x) => [x.metric, x.value, x.unit, x.measure, x.qualifier, x.role, x.period]),
    [
      ['实际利用外资', 1.08, '亿美元', 'amount', null, 'actual', '2024'],
      ['实际利用外资完成率', 108, '%', 'share', null, 'actual', '2024'],
      ['实际利用外资', 12.5, '%', 'growth', null, 'actual', '2024'],
      ['社会消费品零售总额', 5.2, '%', 'growth', null, 'actual', '2024'],
      ['社会消费品零售总额低于预期', 0.8, '个百分点', 'growth', null, 'actual', '2024'],
      ['签约项目开工率', 70, '%', 'share', null, 'target', '2024'],
      ['地区生产总值', 6.8, '%', 'growth', null, 'actual', '2024'],
      ['地区生产总值高于年初预期', 0.3, '个百分点', 'growth', null, 'actual', '2024'],
      // A goal beside a fall that says its own change keeps its own sign.
      ['固定资产投资', -3.1, '%', 'growth', null, 'actual', '2024'],
      ['固定资产投资', 5, '%', 'growth', null, 'target', '2024'],
    ],
  )
})

test('Chinese measure words 起, 份, 期, 家次 count (not after a Chinese numeral: 一起, 二期); a threshold that defines the next count is no figure', () => {
  assert.deepEqual(zh('开展电商培训41期，受理补贴申请1.2万份，发生事故2起，走访企业200家次以上'), [[41, '期', null, false], [1.2, '万份', null, false], [2, '起', null, false], [200, '家次', '以上', false]])
  assert.deepEqual(zh('一起抓落实，推进二期工程'), [])
  assert.deepEqual(zh('办理时限平均压缩60%以上'), [[60, '%', '以上', true]])
  assert.deepEqual(zh('年零售额5000万元以上的仅有21家，超过1亿元的企业仅3家'), [[21, '家', null, false], [3, '家', null, false]])
  // A figure before 的 that names no count after it stays: "增长6%的预期目标", "总投资400亿元的航空航天城、…".
  assert.deepEqual(zh('低于增长6%的预期目标').length, 1)
  assert.deepEqual(zh('总投资400亿元的航空航天城、总投资185亿元的零碳产业园').length, 2)
})

test('a performance record set out line by line ("Measure 2.1 …", "Target  At least 90 per cent", "Result  84 per cent") is named by its measure line', () => {
  const report = outline(
    ['Sample Annual Report 2024', '', '1. Licensing', 'We deliver the program across all regions and report on it each year to the minister.', '',
      'Measure 2.1    Percentage of licence applications decided within 28 days', 'Target         At least 90 per cent', 'Result         84 per cent', 'Status         Not achieved', '',
      'Measure 2.2    Compliance audits completed', 'Target         250', 'Result         262', 'Status         Achieved'].join('\n'),
    'r.txt',
  )
  assert.deepEqual(
    extractTargets(report).map((x) => [x.metric, x.value, x.unit, x.qualifier, x.role]),
    [
      ['Percentage of licence applications decided within 28 days', 90, '%', 'at least', 'target'],
      ['Percentage of licence applications decided within 28 days', 84, '%', null, 'actual'],
      ['Compliance audits completed', 250, '', null, 'target'],
      ['Compliance audits completed', 262, '', null, 'actual'],
    ],
  )
  // A record's figure is read as one in a sentence: a reduction is a fall, not a share below zero.
  const cut = outline(['Sample Annual Report 2024', '', '1. Emissions', '', 'Measure 3.1    Emissions from our fleet', 'Target         A reduction of 10–15 per cent', 'Result         A reduction of 12 per cent'].join('\n'), 'c.txt')
  assert.deepEqual(extractTargets(cut).map((x) => [x.value, x.high, x.measure, x.role]), [
    [-10, -15, 'growth', 'target'],
    [-12, undefined, 'growth', 'actual'],
  ])
  // A measure's number opening a table row is its label, not a figure.
  assert.deepEqual(findEnQuantities('1.1 Percentage of requests met'), [])
})

test('an English goal named only as a goal ("our FY2025 target is 6.2 minutes") is of the section\'s indicator in its unit; a goal beside a result may give its own year', () => {
  const report = outline(['Performance Report FY2024', '', '## Response times', '',
    'Average response time to priority calls improved to 6.4 minutes, beating our FY2024 target of 6.8 minutes.', '',
    'Looking ahead: our FY2025 target is 6.2 minutes. We are tightening the FY2026 goal from under 6 minutes to 5.8 minutes.', '',
    '## Fleet', '', 'Electric vehicles now make up 19 percent of the fleet, against a goal of 40 percent by FY2026. The FY2025 goal is 25 minutes.'].join('\n'), 'r.md')
  assert.deepEqual(extractTargets(report).map((x) => [x.metric, x.value, x.role, x.period]), [
    ['Average response time to priority calls', 6.4, 'actual', '2024'],
    ['Average response time to priority calls', 6.8, 'target', '2024'],
    ['Average response time to priority calls', 6.2, 'target', '2025'],
    ['Average response time to priority calls', 5.8, 'target', '2026'],
    ['Electric vehicles', 19, 'actual', '2024'],
    ['Electric vehicles', 40, 'target', '2026'],
    // No indicator of the section is in minutes: the goal keeps the name it has.
    ['FY2025 goal', 25, 'target', '2025'],
  ])
})

test('English goals beside results in brackets or as a standard; "not more than" bounds; money paid to a count; a file size is no figure', () => {
  const report = outline(['Annual Report 2024/25', '', '## Performance', '', '- Faster Diagnosis Standard: 78.1% (target 77%)', '',
    '12-hour waits were 2.4 per cent of attendances (target: less than 2%).', '', 'We achieved 71.3% against the 76% standard.'].join('\n'), 'r.md')
  assert.deepEqual(extractTargets(report).map((x) => [x.value, x.qualifier, x.role]), [
    [78.1, null, 'actual'], [77, null, 'target'], [2.4, null, 'actual'], [2, 'below', 'target'], [71.3, null, 'actual'], [76, null, 'target'],
  ])
  const en = (x: string) => findEnQuantities(x).map((q) => [q.value, q.high, q.unit, q.qualifier])
  assert.deepEqual(en('reduce overpayments to not more than $150 million'), [[150, undefined, '$ million', 'at most']])
  assert.deepEqual(en('The department paid a grant of $2,000 to 9,870 apprentices.'), [[2000, undefined, '$', null], [9870, undefined, 'apprentices', null]])
  assert.deepEqual(en('PDF version (1.8 MB)'), [])
})

test('a Markdown title at the level of the parts is the title; in a fiscal-year report "by March 2026" is 2025-26; "Looking ahead" sets goals', () => {
  const report = outline(['# Annual Report 2024/25', '', '# Performance report', '', '## Workforce', '', 'The vacancy rate fell to 6.8% in December 2024.', '',
    '## Looking ahead to 2025/26', '', 'Our Annual Plan 2025/26 commits us to:', '', '- 78% of A&E attendances within four hours by March 2026;', '- efficiency savings of £21.5m.'].join('\n'), 'r.md')
  assert.equal(report.meta.title, 'Annual Report 2024/25')
  assert.deepEqual(headings(report), ['1 Performance report', '2 Workforce', '2 Looking ahead to 2025/26'])
  assert.deepEqual(extractTargets(report).map((x) => [x.metric, x.value, x.role, x.period]), [
    ['vacancy rate', 6.8, 'actual', '2024-25'],
    ['A&E attendances within four hours', 78, 'target', '2025-26'],
    ['efficiency savings', 21.5, 'target', '2025-26'],
  ])
})

test('a year set before its figure ("Residents satisfied: 2024 – 78%") is the figure\'s year, not a range nor part of its name', () => {
  const report = outline(['Annual Report 2024', '', '## Satisfaction', '', 'Residents satisfied: 2024 – 78%', '', 'Staff engaged: 2023 – 64%, 2024 – 69%.', '', 'We will build 2000-2500 homes by 2026.'].join('\n'), 'r.md')
  assert.deepEqual(extractTargets(report).map((x) => [x.metric, x.value, x.high, x.period]), [
    ['Residents satisfied', 78, undefined, '2024'],
    ['Staff engaged', 64, undefined, '2023'],
    ['Staff engaged', 69, undefined, '2024'],
    ['build homes', 2000, 2500, '2026'],
  ])
})

test('English goals set beside results with the figure before the word ("above the 75 percent target"); floors, parts of a whole and levels held', () => {
  const report = outline(['Annual Performance Report 2024', '', '## Service', '',
    '311 closed 78 percent of service requests on time, above the 75 percent target.', '',
    'The index held at 65, meeting the target.'].join('\n'), 'r.md')
  assert.deepEqual(extractTargets(report).map((x) => [x.metric, x.value, x.role, x.period]), [
    ['closed service requests on time', 78, 'actual', '2024'],
    ['closed service requests on time', 75, 'target', '2024'],
    ['index', 65, 'actual', '2024'],
  ])
  const plan = outline(['Plan 2025', '', '## Fleet', '', '- Maintain reserves at 17 percent, and never below 15 percent.', '- Electric vehicles now make up 19 percent of the fleet.'].join('\n'), 'p.md')
  assert.deepEqual(extractTargets(plan).map((x) => [x.metric, x.value, x.measure, x.qualifier, x.role]), [
    ['reserves', 17, 'share', null, 'target'],
    ['reserves', 15, 'share', 'at least', 'target'],
    ['Electric vehicles', 19, 'share', null, 'actual'],
  ])
})

test('"7 of the 8 jurisdictions" counts 7 jurisdictions, the 8 is the whole; "we hired" tells a result, "calls answered within 30 seconds" a measure', () => {
  assert.deepEqual(findEnQuantities('Agreements are in place with 7 of the 8 jurisdictions.').map((q) => [q.value, q.unit]), [[7, 'jurisdictions']])
  assert.deepEqual(findEnQuantities('We published 1,274 of 1,448 data sets on time.').map((q) => [q.value, q.unit]), [[1274, 'data sets']])
  // A service's phone number names it: "911 calls", "311 requests".
  assert.deepEqual(findEnQuantities('Answer 90 percent of 911 calls within 15 seconds.').map((q) => q.value), [90, 15])
  const report = outline(['Annual Performance Report 2024', '', '## Policing', '', 'We hired 15 of the 24 additional sworn officers planned.'].join('\n'), 'r.md')
  assert.deepEqual(extractTargets(report).map((x) => [x.value, x.unit, x.role]), [[15, 'sworn officers', 'actual']])
  const plan = outline(['Annual Plan 2024', '', '2. Customers', '', '(i) 95% of calls answered within 30 seconds;'].join('\n'), 'p.txt')
  assert.deepEqual(extractTargets(plan).map((x) => [x.value, x.role]), [[95, 'target']])
})

test('a figure named by one counted noun alone ("148,200 residents") pairs only within linked sections', () => {
  const plan = extractTargets(outline(['Strategic Plan 2024', '', '## About', '', 'Riverton is a city of 148,200 residents.', '', '## Safety', '', 'We will train 1,200 residents in first aid.'].join('\n'), 'p.md'))
  const report = extractTargets(outline(['Annual Report 2024', '', '## Safety', '', 'We trained 1,046 residents in first aid.'].join('\n'), 'r.md'))
  const about = plan[0].section
  const linked = (a: string | null) => a !== about
  const pairs = compareTargets(plan, report, linked).filter((c) => c.old && c.new).map((c) => [c.old!.value, c.new!.value, c.status])
  assert.deepEqual(pairs, [[1200, 1046, 'missed']])
})

test('review: rules of this session that must not fire on ordinary text', () => {
  assert.deepEqual(zh('改造面积200万平方米的老旧小区全部达标').map((q) => q[0]), [200])
  assert.deepEqual(zh('开工建设总投资50亿元的市民中心二期工程').map((q) => q[0]), [50])
  assert.deepEqual(findEnQuantities('We will build 2000-2500 homes.').map((q) => [q.value, q.high, q.unit]), [[2000, 2500, 'homes']])
  assert.deepEqual(findEnQuantities('Section 106 of the 1990 Town and Country Planning Act'), [])
  assert.deepEqual(findEnQuantities('Chapter 4 of the 2024 report sets out the plan.'), [])
  const roles = (text: string, path = 'p.md') => extractTargets(outline(['Annual Plan 2025', '', '## Services', '', text].join('\n'), path)).map((x) => x.role)
  assert.deepEqual(roles('The service exceeded its target for 2024 with 1,200 inspections.'), ['actual'])
  assert.deepEqual(roles('Renewables are expected to make up 40 percent of generation.'), ['target'])
  assert.deepEqual(roles('The council resolved to plant 10,000 trees.'), ['target'])
  assert.deepEqual(extractTargets(outline(['Annual Plan 2025', '', '## Planning', '', 'Measures: 85% of planning applications decided within 8 weeks.'].join('\n'), 'p.md')).map((x) => x.value), [85])
  const table = extractTargets(outline(['# Plan', '', '## Health', '', '| Measure | 2024 Target |', '|---|---|', '| Falls in hospital per 1,000 bed days | 3.2 |', '| Reduction in GHG emissions (%) | 40 |'].join('\n'), 'p.md'))
  assert.deepEqual(table.map((x) => [x.metric, x.value]), [['Falls in hospital per 1,000 bed days', 3.2], ['GHG emissions', -40]])
  const zhTime = extractTargets(outline(['2025年计划', '', '一、任务', '投诉处理平均时长缩短至3个工作日以内。'].join('\n')))
  assert.equal(zhTime[0].lowerIsBetter, true)
})

test('workforce and patient-safety indicators are better lower: a table row with no verb still says so', async () => {
  const { lowerIsBetter } = await import('../src/targets/synonyms.js')
  for (const name of ['Vacancy rate', 'Agency spend', 'Staff turnover', 'C. difficile infections', 'Patients waiting over 65 weeks', '12-hour waits', 'Falls per 1,000 bed days', 'Stillbirth rate', 'Cancelled operations']) assert.equal(lowerIsBetter(name), true, name)
  for (const name of ['Town centre footfalls', 'Vacant homes brought back into use', 'Complaints resolved in 25 days', 'Staff engagement score']) assert.equal(lowerIsBetter(name), false, name)
})

test('spending tables: a "Resource" column names the rows (it is no source); authorities available are what a budget allows', () => {
  const page = outline(['<main><h1>2024–25 Departmental Results Report</h1><h2>Resources</h2>',
    '<table><thead><tr><th>Resource</th><th>Planned</th><th>Actual</th></tr></thead><tbody><tr><td>Spending</td><td>$842,315,400</td><td>$806,520,775</td></tr></tbody></table>',
    '<h2>Spending</h2><table><thead><tr><th>Core responsibility</th><th>2024–25 total authorities available for use</th><th>2024–25 actual spending (authorities used)</th></tr></thead>',
    '<tbody><tr><td>Benefits</td><td>851,000,000</td><td>806,520,775</td></tr></tbody></table></main>'].join('\n'), 'drr.html')
  assert.deepEqual(extractTargets(page).map((x) => [x.metric, x.value, x.role]), [
    ['Spending', 842315400, 'target'], ['Spending', 806520775, 'actual'], ['Benefits', 851000000, 'target'], ['Benefits', 806520775, 'actual'],
  ])
})

test('review: 十五分钟 and 第十五届 name no five-year plan; 岁 of an age group is no figure; "Three reasons are" counts nothing; <sup>th</sup> stays; a goal naming none takes a name only when one fits', async () => {
  const { fiveYearPlanYears } = await import('../src/targets/context.js')
  assert.deepEqual(fiveYearPlanYears('某区打造十五分钟便民生活圈三年行动计划'), [])
  assert.deepEqual(fiveYearPlanYears('某市第十五届人民代表大会第三次会议'), [])
  assert.deepEqual(fiveYearPlanYears('“十四五”规划纲要实施中期评估报告'), ['2021', '2025'])
  assert.deepEqual(zh('对年龄在65岁及以上的老年人发放补贴'), [])
  assert.deepEqual(findEnQuantities('Three reasons are behind this.'), [])
  const { ingestText } = await import('../src/ingest/index.js')
  assert.deepEqual(ingestText('<p>our 20<sup>th</sup> year; 12,500<sup>2</sup> apprentices</p>', 'a.html').blocks.map((b) => b.text), ['our 20th year; 12,500 apprentices'])
  const report = outline(['Annual Report 2024', '', '## Service', '', 'Resident satisfaction was 78%. Staff turnover was 12%. Our target is 80%.', '',
    'Online transactions rose to 66%, short of our 70% goal; in 2025 we aim for 75%.'].join('\n'), 'r.md')
  assert.deepEqual(extractTargets(report).map((x) => x.metric), ['Resident satisfaction', 'Staff turnover', 'target', 'Online transactions', 'Online transactions', 'Online transactions'])
  // A total over a plan's years in brackets is in the row's unit (a rate's, in points).
  const plan = outline(['某市国民经济和社会发展第十四个五年规划纲要', '', '一、主要指标', '',
    '类别      指标                        2020年   2025年    年均增长/累计   属性',
    '民生福祉  1.城镇新增就业（万人）      —        —         〔50〕          预期性',
    '          2.森林覆盖率（%）           43       45        〔2〕           约束性'].join('\n'), 'p.txt')
  assert.deepEqual(extractTargets(plan).map((x) => [x.metric, x.value, x.unit, x.measure]), [
    ['城镇新增就业', 50, '万人', 'amount'], ['森林覆盖率', 43, '%', 'share'], ['森林覆盖率', 45, '%', 'share'], ['森林覆盖率', 2, '个百分点', 'growth'],
  ])
})

test('an HTML plan table whose category spans rows (rowspan) keeps each row\'s cells in their columns', () => {
  const page = outline('<h1>某市“十四五”规划纲要</h1><h2>主要指标</h2><table><tr><th>类别</th><th>指标</th><th>2020年</th><th>2025年</th></tr><tr><td rowspan="2">民生福祉</td><td>城镇调查失业率（%）</td><td>5.2</td><td>＜5.5</td></tr><tr><td>人均预期寿命（岁）</td><td>78.5</td><td>79.5</td></tr></table>', 'p.html')
  assert.deepEqual(extractTargets(page).map((x) => [x.metric, x.value, x.role, x.period]), [
    ['城镇调查失业率', 5.2, 'actual', '2020'], ['城镇调查失业率', 5.5, 'target', '2025'], ['人均预期寿命', 78.5, 'actual', '2020'], ['人均预期寿命', 79.5, 'target', '2025'],
  ])
})

test('Indian figures: stacked scales (₹8.42 lakh crore), Rs. and ₹ one currency, "cover" no "over", a rate per 1,000 one figure', async () => {
  const { toBase, compatibleUnits } = await import('../src/targets/units.js')
  const en = (s: string) => findEnQuantities(s).map((q) => [q.value, q.unit, q.qualifier])
  assert.deepEqual(en('GSDP is estimated at ₹8.42 lakh crore.'), [[8.42, '₹ lakh crore', null]])
  assert.deepEqual(toBase(8.42, '₹ lakh crore'), { value: 8.42e12, unit: '₹' })
  assert.equal(compatibleUnits('Rs crore', '₹ crore'), true)
  assert.deepEqual(toBase(1, 'Rs crore'), toBase(1, '₹ crore'))
  assert.deepEqual(en('we will cover 25 lakh farmers'), [[25, 'lakh farmers', null]])
  assert.deepEqual(en('we will recover 300 vehicles, over 40 buses'), [[300, 'vehicles', null], [40, 'buses', 'more than']])
  assert.deepEqual(en('Infant mortality fell to 24 per 1,000 live births.'), [[24, 'per 1,000 live births', null]])
})

test('English cuts from a base year: "52% below 2005 levels" is a fall as "by 30%" is, and "by 25% by 2030" has its deadline', () => {
  const o = outline(['# Climate Plan', '', '## 1. Emissions', '', "We will reduce the state's net emissions 52% below 2005 levels by 2030.", '',
    'We will reduce methane emissions from livestock by 30% by 2030.', '', 'We will cut industrial emissions by 35 percent below 2005 levels by 2030.', '',
    'Satisfaction rose from 62 per cent in 2023 to 68 per cent.'].join('\n'), 'p.md')
  assert.deepEqual(extractTargets(o).map((x) => [x.metric, x.value, x.measure, x.period]), [
    ["state's net emissions", -52, 'growth', '2030'],
    ['methane emissions from livestock', -30, 'growth', '2030'],
    ['industrial emissions', -35, 'growth', '2030'],
    // The year after where a change starts is that start's, not the end's.
    ['Satisfaction', 62, 'share', '2023'],
    ['Satisfaction', 68, 'share', null],
  ])
})

test('a plan named for a year well after it was published, or for a span of years, sets goals for the years before it; "has already cut" is a result', () => {
  const plan = (title: string, byline: string) =>
    outline([`<html><body><h1>${title}</h1><p class="meta">${byline}</p>`, '<h2>1 Electricity</h2>',
      '<p>We will retire the remaining 2,100 MW of coal-fired capacity by 2028 and reach 85% renewable electricity by 2030.</p>',
      '<p>Cascadia has already cut its net emissions by 13 per cent since 2005.</p></body></html>'].join(''), 'p.html')
  const read = (o: ReturnType<typeof outline>) => extractTargets(o).map((x) => [x.value, x.role, x.period])
  assert.deepEqual(read(plan('Cascadia Climate Action Plan 2030', 'Published 14 November 2023 · Department of Energy')), [
    [2100, 'target', '2028'],
    [85, 'target', '2030'],
    [-13, 'actual', '2022'],
  ])
  assert.deepEqual(read(plan('Cascadia Climate Strategy 2025–2035', 'Department of Energy')).map((x) => x[1]), ['target', 'target', 'actual'])
})

test('two indicators however alike their names: 全市 and 市本级 figures, surveyed and registered unemployment', () => {
  assert.ok(metricSimilarity('全市一般公共预算收入', '市本级一般公共预算收入') < 0.5)
  assert.ok(metricSimilarity('一般公共预算收入', '区本级一般公共预算收入') < 0.5)
  assert.ok(metricSimilarity('城镇调查失业率', '城镇登记失业率') < 0.5)
  assert.equal(metricSimilarity('失业率', '城镇调查失业率'), 1)
  assert.equal(metricSimilarity('全区一般公共预算收入', '一般公共预算收入'), 1)
})

test('two reports for the same year (two districts\' plans) set no goal one recalls against the other\'s results; a plan against its execution report does', () => {
  const report = (place: string, review: string, plan: string) =>
    outline([`关于${place}2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划（草案）的报告`, '', '一、2024年计划执行情况', review, '二、2025年计划', plan].join('\n'))
  const a = report('临江区', '规模以上工业增加值增长7.2%，完成年初确定的增长7%的目标。固定资产投资增长3.5%。地区生产总值增长6.1%。', '地区生产总值增长6%左右，规模以上工业增加值增长7%，固定资产投资增长5%。')
  const b = report('北岭区', '规模以上工业增加值增长8.3%。固定资产投资增长2.2%。地区生产总值增长5.8%。', '地区生产总值增长6.5%左右，规模以上工业增加值增长8%，固定资产投资增长5%。')
  const verdicts = (x: typeof a, y: typeof a) => compareTargets(extractTargets(x), extractTargets(y), () => true).filter((c) => /met|exceeded|missed/.test(c.status))
  assert.deepEqual(verdicts(a, b), [])
  const plan2024 = outline(['关于临江区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划（草案）的报告', '', '一、2024年计划', '规模以上工业增加值增长7%，固定资产投资增长5%。'].join('\n'))
  assert.deepEqual(verdicts(plan2024, a).map((c) => [c.metric, c.status]), [['规模以上工业增加值', 'exceeded'], ['固定资产投资', 'missed']])
})

test('a table\'s unit set on a line above it ("单位：万元", "(₹ crore)"); "完成预算%" is how much of its plan was reached, "比上年增长%" a growth', () => {
  const zh = outline(['<html><body><h1>关于某市2024年预算执行情况和2025年预算草案的报告</h1><h2>一、2024年预算执行情况</h2>', '<p>单位：万元</p><table>',
    '<tr><td>项目</td><td>预算数</td><td>执行数</td><td>完成预算%</td><td>比上年增长%</td></tr>',
    '<tr><td>一般公共预算收入</td><td>3700000</td><td>3729126</td><td>100.8</td><td>4.7</td></tr></table></body></html>'].join(''), 'b.html')
  assert.deepEqual(extractTargets(zh).map((x) => [x.metric, x.value, x.unit, x.measure, x.role]), [
    ['一般公共预算收入', 3700000, '万元', 'amount', 'target'],
    ['一般公共预算收入', 3729126, '万元', 'amount', 'actual'],
    ['一般公共预算收入完成率', 100.8, '%', 'share', 'actual'],
    ['一般公共预算收入', 4.7, '%', 'growth', 'actual'],
  ])
  const en = outline(['Budget Speech 2024-25', '', 'BUDGET ESTIMATES', '', '1. The estimates are summarised in the table below for the House to see.', '',
    '                          BUDGET AT A GLANCE', '                                                           (₹ crore)',
    'Revenue Receipts                   1,88,600             2,05,300', 'Capital Outlay                       36,950               42,500'].join('\n'), 's.txt')
  assert.deepEqual(extractTargets(en).map((x) => [x.value, x.unit]), [[188600, '₹ crore'], [205300, '₹ crore'], [36950, '₹ crore'], [42500, '₹ crore']])
})

test('money named by its purpose after the noun of a verb: "an allocation of ₹450 crore for tourism infrastructure"', () => {
  const o = outline(['Budget Speech 2024-25', '', 'TOURISM', '', '2. I propose an allocation of ₹450 crore for tourism infrastructure in 2024-25.', '', 'HEALTH', '', '3. A provision of Rs. 120 crore is made for district hospitals.'].join('\n'), 's.txt')
  assert.deepEqual(extractTargets(o).map((x) => [x.metric, x.value, x.unit]), [['tourism infrastructure', 450, '₹ crore'], ['district hospitals', 120, 'Rs crore']])
})

test('carbon dioxide equivalent glued to its scale ("113.0 MtCO2e", "5 MtCO₂e") is a unit in tonnes, its 2 no figure', async () => {
  const { toBase } = await import('../src/targets/units.js')
  const en = (s: string) => findEnQuantities(s).map((q) => [q.value, q.unit])
  assert.deepEqual(en('In 2019 the state emitted 113.0 MtCO2e, and industry 14.2 MtCO₂e.'), [[113, 'MtCO2e'], [14.2, 'MtCO2e']])
  assert.deepEqual(en('Remove 5 ktCO2-eq a year.'), [[5, 'ktCO2e']])
  assert.deepEqual(toBase(56.5, 'MtCO2e'), toBase(56.5, 'million tonnes'))
})

test('English results: "we added 1,350 MW … against the target of 1,200 MW", "have been enrolled", "has come down to", ", a growth of 7.8 per cent" leaning on its sentence', () => {
  const o = outline(['Budget Speech 2025-26', '', 'ECONOMY', '',
    '1. GSDP at current prices for 2024-25 is estimated at Rs. 9.18 lakh crore, a growth of 7.8 per cent.', '',
    '2. We added 1,350 MW of solar capacity in 2024-25 against the target of 1,200 MW.', '',
    '3. Under the scheme, 1.08 crore families have been enrolled, against our target of 1.2 crore.', '',
    '4. The Infant Mortality Rate has come down to 22 per 1,000 live births.'].join('\n'), 's.txt')
  assert.deepEqual(extractTargets(o).map((x) => [x.metric, x.value, x.unit, x.role]), [
    ['GSDP at current prices', 9.18, 'Rs lakh crore', 'actual'],
    ['GSDP at current prices', 7.8, '%', 'actual'],
    ['solar capacity', 1350, 'mw', 'actual'],
    ['solar capacity', 1200, 'mw', 'target'],
    ['families', 1.08, 'crore families', 'actual'],
    ['families', 1.2, 'crore', 'target'],
    ['Infant Mortality Rate', 22, 'per 1,000 live births', 'actual'],
  ])
  assert.equal(extractTargets(o)[1].period, '2024-25')
})

test('Chinese: 分别 after figures of two indicators gives each its own; 不高于 is a ceiling, no part of the name; "超10亿元企业" sorts what is counted', () => {
  const o = outline(['2024年工作总结', '', '一、2024年执行情况',
    '年末金融机构本外币各项存款余额1286亿元，贷款余额964亿元，分别增长6.3%和7.9%。细颗粒物年均浓度不高于31微克/立方米。推动年产值超10亿元企业达到11家。'].join('\n'))
  assert.deepEqual(extractTargets(o).map((x) => [x.metric, x.value, x.unit, x.qualifier]), [
    ['年末金融机构本外币各项存款余额', 1286, '亿元', null],
    ['贷款余额', 964, '亿元', null],
    ['年末金融机构本外币各项存款余额', 6.3, '%', null],
    ['贷款余额', 7.9, '%', null],
    ['细颗粒物年均浓度', 31, '微克/立方米', '以下'],
    ['推动年产值超10亿元企业', 11, '家', null],
  ])
})

test('every form of a falling verb makes a fall: "will have fallen by 40%", "will have dropped 10%", "is falling by 5%"', () => {
  const o = outline(['# Plan 2025', '', '## Climate', '', 'By 2030 emissions will have fallen by 40% from 2019 levels.', '', 'Car journeys will have dropped 10% by 2028.', '',
    'The share of waste sent to landfill is falling by 5% a year.', '', 'Emissions from the fleet rose by 4%.'].join('\n'), 'p.md')
  assert.deepEqual(extractTargets(o).map((x) => [x.metric, x.value]), [['emissions', -40], ['Car journeys', -10], ['share of waste sent to landfill', -5], ['Emissions from the fleet', 4]])
})

test('words for a half and a double: "halve the number of people sleeping rough", "cut food waste by half" are falls of 50%; "doubled from ₹5 lakh to ₹10 lakh" adds no figure; "Baseline (2019)" is no unit', () => {
  const en = (s: string) => findEnQuantities(s).map((q) => [q.value, q.unit, q.negative])
  assert.deepEqual(en('We will cut food waste by half by 2030.'), [[50, '%', true]])
  assert.deepEqual(en('The cover will be doubled from ₹5 lakh to ₹10 lakh.'), [[10, '₹ lakh', false]])
  const o = outline(['Housing Plan 2024', '', '## Rough sleeping', '', 'We will halve the number of people sleeping rough by the end of 2025.', '',
    '| Target | Baseline (2019) | 2030 goal |', '|---|---|---|', '| Homes retrofitted | 60,000 | 120,000 |'].join('\n'), 'p.md')
  assert.deepEqual(extractTargets(o).map((x) => [x.metric, x.value, x.unit]), [['number of people sleeping rough', -50, '%'], ['Homes retrofitted', 60000, ''], ['Homes retrofitted', 120000, '']])
})

test('a fall\'s floor (压减5%以上) is met by a deeper fall', () => {
  const plan = outline(['关于某市2023年预算执行情况和2024年预算草案的报告', '', '二、2024年财政重点工作', '党政机关一般性支出压减5%以上。'].join('\n'))
  const report = outline(['关于某市2024年预算执行情况和2025年预算草案的报告', '', '一、2024年预算执行情况', '党政机关一般性支出压减5.3%。'].join('\n'))
  const verdict = compareTargets(extractTargets(plan), extractTargets(report), () => true).find((c) => c.old && c.new && c.old.role !== c.new.role)
  assert.equal(verdict?.status, 'exceeded')
})

test('review: commitments in the present perfect stay goals; 分别 after an indicator of its own keeps it; a threshold needs its marker; "by half an hour" and "from 2025 to 2030" are no halves or spans of figures', () => {
  const o = outline(['Budget Speech 2025-26', '', 'HEALTH', '', '1. We have allocated ₹450 crore for district hospitals next year.', '', '2. The scheme has been designed to reach 2 lakh farmers.'].join('\n'), 's.txt')
  assert.deepEqual(extractTargets(o).map((x) => x.role), ['target', 'target'])
  const zh = outline(['2024年工作总结', '', '一、2024年执行情况', '城镇居民人均可支配收入5.2万元，农村居民人均可支配收入2.3万元，恩格尔系数分别为28%和32%。完成10亿元项目投资。'].join('\n'))
  assert.deepEqual(extractTargets(zh).map((x) => [x.metric, x.value]).slice(2), [['恩格尔系数', 28], ['恩格尔系数', 32], ['项目投资', 10]])
  assert.deepEqual(findEnQuantities('We will reduce waiting times by half an hour.').filter((q) => q.value === 50), [])
  assert.deepEqual(findEnQuantities('We will double capacity from 2025 to 2030.').map((q) => [q.value, q.unit]), [[2, 'times']])
})

test('review: a report and plan for a span named with a year ("Annual Report 2023 and Corporate Plan 2024–2028") dates results by its report year', () => {
  const o = outline(['<html><body><h1>Annual Report 2023 and Corporate Plan 2024–2028</h1><p>Published 1 March 2024</p>', '<h2>1 Trees</h2><p>We planted 4,000 trees.</p></body></html>'].join(''), 'r.html')
  assert.equal(extractTargets(o)[0].period, '2023')
})

test('review: a table\'s unit "(₹ in crore)" is ₹ crore, and not a counting column\'s', () => {
  const o = outline(['<html><body><h1>Budget 2024-25</h1><h2>Schemes</h2><p>(₹ in crore)</p><table>', '<tr><th>Scheme</th><th>Number of projects</th><th>BE 2024-25</th></tr>',
    '<tr><td>Roads</td><td>12</td><td>4,500</td></tr></table></body></html>'].join(''), 'b.html')
  assert.deepEqual(extractTargets(o).map((x) => [x.value, x.unit]), [[12, ''], [4500, '₹ crore']])
})

test('a results bulletin (环境状况公报) restating last year\'s goals in brackets: the goals are goals, checked against the results, and "2项目标" is no figure', () => {
  const old = outline(['2023年某市生态环境状况公报', '', '一、环境空气质量', '全市优良天数比例为82.5%，重污染天数2天，达到考核要求。', '二、2024年主要目标', '2024年，全市主要目标是：优良天数比例达到83%以上，重污染天数控制在2天以内。'].join('\n'))
  const now = outline(['2024年某市生态环境状况公报', '', '一、环境空气质量', '全市优良天数比例平均为80.9%，同比下降1.6个百分点，未完成83%以上的年度目标；重污染天数3天。',
    '二、2024年度目标任务完成情况', '优良天数比例（83%以上）、重污染天数（2天以内）2项目标未完成；全面完成省下达的PM2.5浓度控制在33微克/立方米以内的年度目标任务。'].join('\n'))
  assert.equal(documentRole(now.meta.title), 'actual')
  const figures = (o: typeof old) => extractTargets(o).map((x) => [x.metric, x.value, x.role, x.period].join(' '))
  // (达到考核要求 in a results bulletin says nothing of a goal.)
  assert.deepEqual(figures(old), ['优良天数比例 82.5 actual 2023', '重污染天数 2 actual 2023', '优良天数比例 83 target 2024', '重污染天数 2 target 2024'])
  assert.deepEqual(figures(now), ['优良天数比例 80.9 actual 2024', '优良天数比例 -1.6 actual 2024', '优良天数比例 83 target 2024', '重污染天数 3 actual 2024',
    '优良天数比例 83 target 2024', '重污染天数 2 target 2024', 'PM2.5浓度 33 target 2024'])
  const verdicts = compareTargets(extractTargets(old), extractTargets(now), () => true).filter((c) => ['met', 'missed', 'exceeded'].includes(c.status)).map((c) => `${c.status} ${c.metric} ${c.old!.value} → ${c.new!.value}`)
  assert.deepEqual(verdicts.sort(), ['missed 优良天数比例 83 → 80.9', 'missed 重污染天数 2 → 3'])
})

test('an environment bulletin: decibels, index values without a unit, a mean over 8 hours, grades, standards columns and change columns', () => {
  const o = outline(['<html><body><h1>2023年某市生态环境状况公报</h1><h2>一、大气环境</h2>',
    '<p>臭氧（O3）日最大8小时平均第90百分位浓度为158微克/立方米。生态质量类型为二类，生态质量指数（EQI）为63.5，降水pH年均值为5.86。</p>',
    '<p>昼间区域声环境平均等效声级为54.2分贝。受污染耕地安全利用率达到93%。</p>',
    '<table><tr><td>污染物</td><td>2023年</td><td>变化幅度（%）</td><td>二级标准</td></tr><tr><td>PM2.5（μg/m3）</td><td>31</td><td>-6.1</td><td>35</td></tr></table>',
    '</body></html>'].join('\n'), 'b.html')
  assert.deepEqual(extractTargets(o).map((x) => [x.metric, x.value, x.unit, x.measure, x.lowerIsBetter]), [
    ['臭氧（O3）日最大8小时平均第90百分位浓度', 158, '微克/立方米', 'amount', true],
    ['生态质量指数（EQI）', 63.5, '', 'amount', false],
    ['降水pH年均值', 5.86, '', 'amount', false],
    ['昼间区域声环境平均等效声级', 54.2, '分贝', 'amount', true],
    // (A safe-use rate of polluted land is better higher.)
    ['受污染耕地安全利用率', 93, '%', 'share', false],
    ['PM2.5', 31, 'μg/m3', 'amount', true],
    ['PM2.5', -6.1, '%', 'growth', true],
  ])
})

test('sustainability reports: "reduce emissions 50% by 2030" is a cut as "by 60%" is, so tightening it deepens the cut; "down from 182,000 tCO2e" is the year before', () => {
  const report = (year: number, goal: string, result: string) => extractTargets(outline([`# Sustainability Report ${year}`, '', '## Climate', '', `Our target is to reduce absolute Scope 1 and 2 emissions ${goal} by 2030 from a 2019 baseline.`, '', result].join('\n'), 'r.md'))
  const old = report(2023, '50%', 'Scope 3 emissions were 182,000 tCO2e.')
  const now = report(2024, 'by 60%', 'Scope 3 emissions were 176,500 tCO2e, down from 182,000 tCO2e.')
  assert.deepEqual(old.map((x) => [x.value, x.period]), [[-50, '2030'], [182000, '2023']])
  assert.deepEqual(now.map((x) => [x.value, x.period]), [[-60, '2030'], [176500, '2024'], [182000, '2023']])
  // (The year before, restated unchanged, pairs with itself: a figure of one year is compared with the same year's first.)
  const changes = compareTargets(old, now, () => true).map((c) => `${c.status} ${c.old?.value ?? '-'} ${c.old?.period ?? ''} → ${c.new?.value ?? '-'} ${c.new?.period ?? ''}`)
  assert.deepEqual(changes.sort(), ['added -  → 176500 2024', 'kept 182000 2023 → 182000 2023', 'lowered -50 2030 → -60 2030'])
})

test('a department\'s plan: a verb in brackets is no cut of the name, a threshold before a share is no figure, 批次 is a unit', () => {
  const o = outline(['2025年工作计划', '', '一、主要目标', '', '新建（改造提升）高标准农田2万亩，集体经营性收入10万元以上的村占比达到70%，抽检农产品1200批次。'].join('\n'))
  assert.deepEqual(extractTargets(o).map((x) => [x.metric, x.value, x.unit]), [['新建（改造提升）高标准农田', 2, '万亩'], ['集体经营性收入10万元以上的村', 70, '%'], ['抽检农产品', 1200, '批次']])
})

test('a goal as it was, in brackets beside the new one ("by 60% by 2030 (previously 50%)"), is no figure of the report', () => {
  const o = outline(['# Sustainability Report 2024', '', '## Climate', '', 'We will reduce Scope 1 and 2 emissions by 60% by 2030 from a 2019 baseline (previously 50%).'].join('\n'), 'r.md')
  assert.deepEqual(extractTargets(o).map((x) => [x.value, x.period]), [[-60, '2030']])
})

test('review: the new rules stay in their place — a cut verb earlier in a clause, 达标 in a polluted city\'s name, results said to reach their goals, another indicator\'s goal, a dated sentence, 不得 bounds', () => {
  const en = extractTargets(outline(['# Annual Report 2024', '', '## Results', '', 'We cut red tape and grew exports 12% in 2024.', '', 'Lower emission buses now make up 40% of the fleet.', '',
    'In 2022 emissions were 170 kt, down from 182 kt.'].join('\n'), 'r.md'))
  assert.deepEqual(en.map((x) => [x.value, x.period]), [[12, '2024'], [40, '2024'], [170, '2022'], [182, '2022']])
  const zh = extractTargets(outline(['2024年工作总结', '', '一、主要指标', '', '全市优良天数比例87.2%、PM2.5平均浓度28微克/立方米等指标均达到省下达的年度目标。',
    '全市地区生产总值增长5.8%，城镇新增就业1.2万人，城乡居民人均可支配收入增长6%的目标如期实现。', '未达标城市PM2.5浓度为38微克/立方米，单位能耗不得超过0.5吨标准煤，森林覆盖率不得低于40%。'].join('\n')))
  // (Results said to reach their goals stay results; the 6% is the income's goal, not GDP's; 达标 in a name says nothing of its direction.)
  assert.deepEqual(zh.map((x) => [x.value, x.role]), [[87.2, 'actual'], [28, 'actual'], [5.8, 'actual'], [1.2, 'actual'], [6, 'target'], [38, 'actual'], [0.5, 'actual'], [40, 'actual']])
  assert.equal(zh[4].metric, '城乡居民人均可支配收入')
  assert.deepEqual(zh.slice(5).map((x) => [x.metric, x.qualifier, x.lowerIsBetter]), [['未达标城市PM2.5浓度', null, true], ['单位能耗', '以下', true], ['森林覆盖率', '不低于', false]])
})

test('a federal performance table as pdftotext gives it: years over Actual/Target on two lines, measure names wrapped above their figures, a (↓) arrow, a contents list with dot leaders', () => {
  const text = [
    'FY 2024 Annual Performance Plan',
    '',
    '                                        Table of Contents',
    '',
    'Strategic Goal 1: Deliver Timely Benefits ....................................... 4',
    '   Strategic Objective 1.1: Process Claims Promptly ............................. 4',
    'Management Objective: Modernize Operations ...................................... 9',
    '',
    'Strategic Goal 1: Deliver Timely Benefits',
    '',
    'Claims are decided by examiners in district offices across the country every day.',
    '',
    'Table 1. Performance Goal 1.1.1 Measures',
    '',
    '                                            FY 2022     FY 2023     FY 2024',
    ' Performance Measure                         Actual      Target      Target',
    ' Average number of days to process an',
    ' initial claim (↓)                              118         105          95',
    ' Percent of claims filed electroni-',
    ' cally                                          57%         62%         70%',
    ' Customer satisfaction score                     69          70          72',
    '',
    'Table 2. Performance Goal 1.1.2 Measures',
    '',
    '                                            FY 2023     FY 2024',
    ' Performance Measure                         Actual      Target',
    ' Payment error rate                            5.4%        4.5%',
  ].join('\n')
  const plan = outline(text, 'app.txt')
  // The contents entries are no sections; nor are the table's header lines.
  assert.deepEqual(headings(plan), ['1 Strategic Goal 1: Deliver Timely Benefits'])
  assert.deepEqual(
    extractTargets(plan).map((x) => [x.metric, x.value, x.unit, x.role, x.period, x.lowerIsBetter]),
    [
      ['Average number of days to process an initial claim', 118, '', 'actual', '2022', true],
      ['Average number of days to process an initial claim', 105, '', 'target', '2023', true],
      ['Average number of days to process an initial claim', 95, '', 'target', '2024', true],
      ['Percent of claims filed electronically', 57, '%', 'actual', '2022', false],
      ['Percent of claims filed electronically', 62, '%', 'target', '2023', false],
      ['Percent of claims filed electronically', 70, '%', 'target', '2024', false],
      ['Customer satisfaction score', 69, '', 'actual', '2022', false],
      ['Customer satisfaction score', 70, '', 'target', '2023', false],
      ['Customer satisfaction score', 72, '', 'target', '2024', false],
      ['Payment error rate', 5.4, '%', 'actual', '2023', false],
      ['Payment error rate', 4.5, '%', 'target', '2024', false],
    ],
  )
})

test('a Chinese plan table from a PDF: a header spread a character at a time, labels wrapped under numbered rows or hanging above their figures, a label running into the next column', () => {
  // Cells set at display columns (a Chinese character takes two), as pdftotext -layout places them.
  const line = (...cells: [number, string][]) => cells.reduce((acc, [at, cell]) => acc + ' '.repeat(acc ? Math.max(1, at - displayWidth(acc)) : at) + cell, '')
  const plan = outline(
    [
      '“十四五”规划纲要',
      '',
      '专栏1  主要指标',
      line([0, '类别'], [10, '指'], [18, '标'], [44, '2020年'], [53, '2025年'], [62, '年均增长'], [75, '属性']),
      line([62, '/〔累计〕']),
      line([0, '创新驱动'], [10, '1.研发经费投入强度（%）'], [44, '2.1'], [53, '2.8'], [62, '〔0.7〕'], [75, '预期性']),
      line([10, '2.每万人口高价值发明专利拥有量'], [44, '6.3'], [53, '12'], [62, '〔5.7〕'], [75, '预期性']),
      line([10, '（件）']),
      line([10, '3.数字经济核心产业增加值占地区']),
      line([12, '生产总值比重（%）'], [44, '7.5'], [53, '10'], [62, '〔2.5〕'], [75, '预期性']),
      // A label filling its column runs into the figure, with no space or one.
      line([0, '民生福祉'], [10, '4.劳动年龄人口平均受教育年限（年）10.8'], [53, '11.3'], [62, '〔0.5〕'], [75, '约束性']),
      line([10, '5.居民人均可支配收入实际增长（%） 5.2'], [53, '—'], [62, '6.5左右'], [75, '预期性']),
    ].join('\n'),
    'plan.txt',
  )
  assert.deepEqual(
    extractTargets(plan).map((x) => [x.metric, x.value, x.unit, x.measure, x.role, x.period]),
    [
      ['研发经费投入强度', 2.1, '%', 'share', 'actual', '2020'],
      ['研发经费投入强度', 2.8, '%', 'share', 'target', '2025'],
      ['研发经费投入强度', 0.7, '个百分点', 'growth', 'target', '2025'],
      ['每万人口高价值发明专利拥有量', 6.3, '件', 'amount', 'actual', '2020'],
      ['每万人口高价值发明专利拥有量', 12, '件', 'amount', 'target', '2025'],
      ['每万人口高价值发明专利拥有量', 5.7, '件', 'amount', 'target', '2025'],
      ['数字经济核心产业增加值占地区生产总值比重', 7.5, '%', 'share', 'actual', '2020'],
      ['数字经济核心产业增加值占地区生产总值比重', 10, '%', 'share', 'target', '2025'],
      ['数字经济核心产业增加值占地区生产总值比重', 2.5, '个百分点', 'growth', 'target', '2025'],
      ['劳动年龄人口平均受教育年限', 10.8, '年', 'amount', 'actual', '2020'],
      ['劳动年龄人口平均受教育年限', 11.3, '年', 'amount', 'target', '2025'],
      ['劳动年龄人口平均受教育年限', 0.5, '年', 'amount', 'target', '2025'],
      ['居民人均可支配收入', 5.2, '%', 'growth', 'actual', '2020'],
      ['居民人均可支配收入', 6.5, '%', 'growth', 'target', '2025'],
    ],
  )
})

test('a performance statement as pdftotext gives it: rows apart by blank lines, group names between them, labels wrapped above or below their figures, a Notes column, a footer with a bar before its page number', () => {
  const text = [
    'Service Delivery Statements 2023–24',
    '',
    'Housing Services',
    '',
    'The department allocates and manages social housing across the state for those in greatest need.',
    '',
    '                                                                 2022–23        2022–23        2023–24',
    ' Service standards                                     Notes    Target/Est.    Est. Actual    Target/Est.',
    ' Effectiveness measures',
    ' Percentage of customers satisfied with services        2          85%            81%            85%',
    ' provided by Housing Service Centres',
    '',
    ' Percentage of homelessness services clients who',
    ' exited to stable accommodation                         3          70%            66%            70%',
    '',
    ' Efficiency measures',
    ' Average cost of managing social housing per tenancy    4        $4,100         $4,262         $4,350',
    '',
    '                                       Service Delivery Statements 2023–24  |  Page 2',
  ].join('\n')
  const doc = ingestText(text, 'sds.txt')
  assert.ok(doc.removed.some((r) => r.reason === 'page footer' && r.text.endsWith('Page 2')))
  assert.deepEqual(
    extractTargets(readOutline(doc)).map((x) => [x.metric, x.value, x.unit, x.role, x.period]),
    [
      ['Percentage of customers satisfied with services provided by Housing Service Centres', 85, '%', 'target', '2022-23'],
      ['Percentage of customers satisfied with services provided by Housing Service Centres', 81, '%', 'actual', '2022-23'],
      ['Percentage of customers satisfied with services provided by Housing Service Centres', 85, '%', 'target', '2023-24'],
      ['Percentage of homelessness services clients who exited to stable accommodation', 70, '%', 'target', '2022-23'],
      ['Percentage of homelessness services clients who exited to stable accommodation', 66, '%', 'actual', '2022-23'],
      ['Percentage of homelessness services clients who exited to stable accommodation', 70, '%', 'target', '2023-24'],
      ['Average cost of managing social housing per tenancy', 4100, '$', 'target', '2022-23'],
      ['Average cost of managing social housing per tenancy', 4262, '$', 'actual', '2022-23'],
      ['Average cost of managing social housing per tenancy', 4350, '$', 'target', '2023-24'],
    ],
  )
  // An average cost is better lower; a share of satisfied customers is not.
  assert.deepEqual(
    [...new Set(extractTargets(readOutline(doc)).map((x) => `${x.metric.slice(0, 12)} ${x.lowerIsBetter}`))],
    ['Percentage o false', 'Average cost true'],
  )
})

test('an English goal from a level of an earlier year ("from 24% in 2020 to 30% by 2040"): the starting level is a result of its year', () => {
  const plan = outline(['Climate Action Plan 2021', '', '## Urban forest', '', 'We will increase tree canopy cover from 24% in 2020 to 30% by 2040.'].join('\n'), 'plan.md')
  assert.deepEqual(
    extractTargets(plan).map((x) => [x.metric, x.value, x.role, x.period]),
    [
      ['tree canopy cover', 24, 'actual', '2020'],
      ['tree canopy cover', 30, 'target', '2040'],
    ],
  )
})

test('review: two tables with a caption between stay apart; a group name or a numbered heading between rows names no row; a marked header row is not merged with a first row of words; dealt-with words stay tied to their verb', () => {
  const read = (text: string, path = 'plan.txt') => extractTargets(outline(text, path)).map((x) => [x.metric, x.value, x.role, x.period])
  assert.deepEqual(
    read(['关于2024年国民经济和社会发展计划的报告', '', '表1  经济发展指标', '指标名称                    单位      2023年完成    2024年目标', '地区生产总值增长            %         5.6           5.5左右', '',
      '表2  民生保障指标', '指标名称                    单位      2022年        2023年', '城镇新增就业                万人      1.2           1.3'].join('\n')),
    [['地区生产总值', 5.6, 'actual', '2023'], ['地区生产总值', 5.5, 'target', '2024'], ['城镇新增就业', 1.2, 'actual', '2022'], ['城镇新增就业', 1.3, 'actual', '2023']],
  )
  assert.deepEqual(
    read(['Housing Service Annual Report 2023', '', 'Measure                               Actual     Target', 'Households helped into work           120        150', 'Efficiency measures', 'Average cost per home built ($)       210        200'].join('\n')).map((x) => x[0]),
    ['Households helped into work', 'Households helped into work', 'Average cost per home built', 'Average cost per home built'],
  )
  assert.deepEqual(
    read(['Westbrook Council Plan 2024 Scorecard', '', 'Measure                               2023       2024', '1. Housing', 'Homes built                           450        500', 'Affordable homes delivered            120        150'].join('\n')).map((x) => x[0]),
    ['Homes built', 'Homes built', 'Affordable homes delivered', 'Affordable homes delivered'],
  )
  assert.deepEqual(
    read(['关于2024年计划的报告', '', '指标名称                    单位      2023年完成    2024年目标', '地区生产总值增长            %         5.6           5.5左右', '新型基础设施', '5G基站数                    个        3200          4000'].join('\n')).map((x) => x[0]),
    ['地区生产总值', '地区生产总值', '5G基站数', '5G基站数'],
  )
  assert.deepEqual(
    read(['# Performance', '', '| Measure | 2023/24 target | 2024/25 target |', '|---|---|---|', '| Adopt the new local plan | Achieved | Achieved |', '| Homes built | 450 | 500 |'].join('\n'), 'plan.md'),
    [['Homes built', 450, 'target', '2023-24'], ['Homes built', 500, 'target', '2024-25']],
  )
  assert.deepEqual(['Preventable deaths', 'Waiting list for support', 'Clients who exited to stable accommodation', 'Average cost of housing support per household'].map(lowerIsBetter), [true, true, false, true])
})

test('review: a line with a count after a bar is content, not a page footer; an English line ending in a number does not run into a year on the next line', () => {
  const doc = ingestText(['Westbrook Council Annual Report 2023', '', 'Complaints answered within 10 days | 412/450', 'Service Delivery Statements 2023–24  |  Page 2'].join('\n'), 'report.txt')
  assert.deepEqual(doc.removed.map((r) => r.reason), ['page footer'])
  const lines = ['The number of joint research projects with our partner in Suzhou (苏州) rose to 15.', '2023 also saw 20 staff exchanges completed.']
  assert.ok(ingestText(['International Report 2023', '', ...lines].join('\n'), 'r.txt').blocks.every((b) => !b.text.includes('15.2023')))
})

test('an A-share annual report and a county plan: "单位：万元 币种：人民币" above a table, 本期 and 上年同期 columns, a 增减 column; 城乡居民…分别 is towns then countryside; a count in a heading is no year', () => {
  const report = outline(
    ['华辰建设集团股份有限公司2024年年度报告', '', '一、主要会计数据', '', '单位：万元 币种：人民币',
      '科目 本期数 上年同期数 变动比例（%）', '营业收入 1,273,046.52 1,192,018.37 6.80'].join('\n'),
    'annual.txt',
  )
  assert.deepEqual(
    extractTargets(report).map((x) => [x.metric, x.value, x.unit, x.measure, x.role, x.period]),
    [
      ['营业收入', 1273046.52, '万元', 'amount', 'actual', '2024'],
      ['营业收入', 1192018.37, '万元', 'amount', 'actual', '2023'],
      ['营业收入', 6.8, '%', 'growth', 'actual', '2024'],
    ],
  )
  const plan = outline(
    ['关于2025年国民经济和社会发展计划的报告', '', '一、主要预期目标', '', '城乡居民人均可支配收入分别增长5.5%和7%。', '', '专栏1  十件民生实事', '', '1.新增中小学学位2000个。'].join('\n'),
    'plan.txt',
  )
  assert.deepEqual(
    extractTargets(plan).map((x) => [x.metric, x.value, x.period]),
    [
      ['城镇居民人均可支配收入', 5.5, '2025'],
      ['农村居民人均可支配收入', 7, '2025'],
      ['新增中小学学位', 2000, '2025'],
    ],
  )
})

test('a heading\'s year is a year followed by a full stop or comma, but not a count ("2000个", "2000 trees", "2,000")', () => {
  assert.deepEqual(
    ['Annual Report 2024.', 'Results in 2023, and plans for 2025', '2023年工作回顾', '1.新增中小学学位2000个', 'Plant 2000 trees', 'Build 2,000 homes', '2000.5 hectares restored'].map(headingYear),
    ['2024', '2023', '2023', undefined, undefined, undefined, undefined],
  )
})

test('a progress report\'s updated goals: "Raised: … 70% by 2030" is a goal of 2030 though announced in the past tense; "Retired: the 75% … goal" is no goal of the report', () => {
  const report = outline(['# Progress Report 2024', '', '## Updated goals', '', '- **Raised:** community renewable electricity 70% by 2030 (was 60%).', '- **Retired:** the 75% landfill diversion goal.'].join('\n'), 'progress.md')
  assert.deepEqual(extractTargets(report).map((x) => [x.metric, x.value, x.role, x.period]), [['community renewable electricity', 70, 'target', '2030']])
})

test('a Chinese level with a minus sign is below zero, and the sign is no part of its name: "现金流量净额为-5.23亿元", "自然增长率为-0.42‰"', () => {
  const report = outline(['2024年年度报告', '', '一、经营情况', '', '报告期内，经营活动产生的现金流量净额为-5.23亿元。全年人口自然增长率为-0.42‰。'].join('\n'), 'annual.txt')
  assert.deepEqual(extractTargets(report).map((x) => [x.metric, x.value, x.unit]), [['经营活动产生的现金流量净额', -5.23, '亿元'], ['人口自然增长率', -0.42, '‰']])
})

test('"到“十四五”期末" sets its figures in the plan\'s last year, 2025', () => {
  const plan = outline(['华辰建设2023年年度报告', '', '（二）公司发展战略', '', '到“十四五”期末，公司营业收入力争达到150亿元，科技创新投入强度不低于3.5%。'].join('\n'), 'annual.txt')
  assert.deepEqual(extractTargets(plan).map((x) => [x.metric, x.value, x.role, x.period]), [['公司营业收入', 150, 'target', '2025'], ['科技创新投入强度', 3.5, 'target', '2025']])
})

test('a total and a year\'s addition are two indicators (总数 / 新增, 总投资 / 完成投资); a plan\'s "年度计划投资" meets its "完成投资"; an eased cut says so', () => {
  const old = outline(
    ['一、2023年工作回顾', '', '高新技术企业总数达到46家。单位地区生产总值能耗下降3.1%。', '', '二、2024年重点工作', '', '全年实施重点项目120个，总投资350亿元，年度计划投资130亿元。单位地区生产总值能耗下降3%。'].join('\n'),
    'old.txt',
  )
  const next = outline(
    ['一、2024年工作回顾', '', '全年实施重点项目126个，完成投资138亿元。新增高新技术企业12家。单位地区生产总值能耗下降3.2%。', '', '二、2025年重点工作', '', '全年实施重点项目135个，总投资420亿元，年度计划投资150亿元。单位地区生产总值能耗下降2.5%左右。'].join('\n'),
    'new.txt',
  )
  const changes = compareTargets(extractTargets(old), extractTargets(next), () => true)
  const line = (c: (typeof changes)[number]) => `${c.old ? `${c.old.metric} ${c.old.value}` : '—'} → ${c.new ? `${c.new.metric} ${c.new.value}` : '—'} ${c.note ?? c.status}`
  const lines = changes.map(line)
  for (const expected of [
    '高新技术企业总数 46 → — dropped',
    '— → 新增高新技术企业 12 added',
    '年度计划投资 130 → 完成投资 138 exceeded · gap +8亿元',
    '总投资 350 → 总投资 420 raised',
    '单位地区生产总值能耗 -3 → 单位地区生产总值能耗 -2.5 raised · worse · cut eased',
    '单位地区生产总值能耗 -3.1 → 单位地区生产总值能耗 -3.2 lowered · better · cut deepened',
  ]) assert.ok(lines.includes(expected), `${expected}\n  not in\n${lines.join('\n')}`)
  assert.ok(!changes.some((c) => c.old?.metric === '总投资' && c.new?.metric === '完成投资'), 'a total set against a year\'s outlay')
})

test('a Chinese plan\'s draft: "…“十五五”生态环境保护规划（征求意见稿）" is a five-year plan whose goals are of 2030; a "2025年现状值" column holds results', () => {
  const draft = outline(
    ['XX市“十五五”生态环境保护规划（征求意见稿）', '', '第三章 深入打好蓝天保卫战', '', '强化施工扬尘管控，城市道路机械化清扫率达到85%，秸秆综合利用率稳定在93%以上。', '', '表1  主要指标',
      '序号\t指标\t2025年现状值\t2030年目标值\t属性', '1\t地表水达到或好于Ⅲ类水体比例（%）\t82.6\t85\t约束性', '2\t重污染天数（天）\t3\t≤2\t约束性'].join('\n'),
    'draft.txt',
  )
  assert.deepEqual(extractTargets(draft).map((x) => [x.metric, x.value, x.qualifier, x.role, x.period]), [
    ['城市道路机械化清扫率', 85, null, 'target', '2030'],
    ['秸秆综合利用率', 93, '以上', 'target', '2030'],
    ['地表水达到或好于Ⅲ类水体比例', 82.6, null, 'actual', '2025'],
    ['地表水达到或好于Ⅲ类水体比例', 85, null, 'target', '2030'],
    ['重污染天数', 3, null, 'actual', '2025'],
    ['重污染天数', 2, '以下', 'target', '2030'],
  ])
})

test('Chinese figures: a hedge after a falling word ("下降约7%"), a change by an amount to a level ("增加1,000张至11,000张"), two magnitudes ("13万6千个"), years in Chinese digits', () => {
  const report = outline(
    ['关于2024年计划执行情况的报告', '', '一、执行情况', '', '住宅价格下降约7%。长者服务券数量增加1,000张至11,000张。公营房屋落成量约13万6千个。城镇新增就业1万2千人。增长6%至7%。', '', '二〇二三年地区生产总值增长5.2%。'].join('\n'),
    'report.txt',
  )
  assert.deepEqual(extractTargets(report).map((x) => [x.metric, x.value, x.high, x.unit, x.period]), [
    ['住宅价格', -7, undefined, '%', '2024'],
    ['长者服务券数量', 1000, undefined, '张', '2024'],
    ['长者服务券数量', 11000, undefined, '张', '2024'],
    ['公营房屋落成量', 13.6, undefined, '万个', '2024'],
    ['城镇新增就业', 1.2, undefined, '万人', '2024'],
    ['增长', 6, 7, '%', '2024'],
    ['地区生产总值', 5.2, undefined, '%', '2023'],
  ])
  assert.equal(arabicYears('二〇二四至二五年度的综合赤字，一九九八年，十二〇二四年'), '2024-25年度的综合赤字，1998年，十二〇二四年')
})

test('a five-year plan\'s title names no year of its vision ("…和二〇三五年远景目标纲要"); its review\'s goals named beside results are the plan\'s, for its last year', () => {
  const plan = outline(['江临市国民经济和社会发展第十四个五年规划', '和二〇三五年远景目标纲要', '', '一、主要目标', '', '常住人口城镇化率达到68%。', '', '二、远景目标', '', '展望二〇三五年，地区生产总值力争达到8000亿元。'].join('\n'), 'plan.txt')
  assert.deepEqual(extractTargets(plan).map((x) => [x.value, x.role, x.period]), [[68, 'target', '2025'], [8000, 'target', '2035']])
  const review = outline(['江临市国民经济和社会发展第十四个五年规划', '和二〇三五年远景目标纲要实施中期评估报告', '', '2023年9月', '', '一、进展情况', '', '每千人口托位数为2.3个，距4.5个的目标差距较大。'].join('\n'), 'review.txt')
  assert.deepEqual(extractTargets(review).map((x) => [x.value, x.role, x.period]), [[2.3, 'actual', '2023'], [4.5, 'target', '2025']])
})

test('a report on how it did: "What we said we would do" heads a restated goal, "What we did" the result, and the goal\'s bare count pairs with the counted result ("44" and "47 falls")', () => {
  const plan = outline(['Quality Account 2023/24', '', '2.2 Our priorities for 2024/25', '', 'Priority 1: Falls', 'We will reduce falls with harm to no more than 44 in 2024/25.'].join('\n'), 'old.txt')
  const report = outline(
    ['Quality Account 2024/25', '', '2.1 Looking back at our 2024/25 priorities', '', 'Priority 1: Falls', 'What we said we would do', 'Reduce falls with harm to no more than 44 in 2024/25.', 'What we did', 'There were 47 falls with harm in 2024/25.', 'Status: Not achieved'].join('\n'),
    'new.txt',
  )
  assert.deepEqual(extractTargets(report).map((x) => [x.metric, x.value, x.qualifier, x.role, x.period]), [
    ['falls with harm', 44, 'at most', 'target', '2024-25'],
    ['falls', 47, null, 'actual', '2024-25'],
  ])
  const changes = compareTargets(extractTargets(plan), extractTargets(report), () => true)
  assert.deepEqual(changes.filter((c) => c.old && c.new).map((c) => [c.status, c.old!.value, c.new!.value]), [['kept', 44, 44], ['missed', 44, 47]])
})

test('English asides in brackets: "(target 80%, Green)" leaves the figure before a result; "(target 8.5; 2023/24: 9.8)" is one aside; "£3.6m of the £4.2m savings planned" is a result and its goal', () => {
  const report = outline(
    ['# Annual Performance Report 2024/25', '', '## Results', '', 'We answered 80.0% of calls within 60 seconds (target 80%, Green).', '', 'Sickness absence fell to 8.4 days per FTE (target 8.5; 2023/24: 9.8).', '', 'We delivered £3.6m of the £4.2m savings planned for 2024/25.'].join('\n'),
    'report.md',
  )
  assert.deepEqual(extractTargets(report).map((x) => [x.metric, x.value, x.unit, x.role]), [
    ['answered calls', 80, '%', 'actual'],
    ['answered calls', 80, '%', 'target'],
    ['Sickness absence', 8.4, 'days', 'actual'],
    ['Sickness absence', 8.5, 'days', 'target'],
    ['savings', 3.6, '£ million', 'actual'],
    ['savings', 4.2, '£ million', 'target'],
  ])
})

test('English falls: "by a further 10%", "a 4% reduction", "a 25% reduction in emissions", "by a further £2m"; "a 9% increase" is a change', () => {
  const report = outline(
    ['# Quality Account 2024/25', '', '## Results', '', 'There were 47 falls in 2024/25, a 4% reduction.', '', 'Visits rose to 5,200, a 9% increase.', '', '## Priorities for 2025/26', '',
      'Reduce falls with harm by a further 10% in 2025/26.', '', 'Achieve a 25% reduction in emissions in 2025/26.', '', 'We will reduce agency costs by a further £2m in 2025/26.'].join('\n'),
    'report.md',
  )
  assert.deepEqual(extractTargets(report).map((x) => [x.metric, x.value, x.unit, x.measure, x.role]), [
    ['falls', 47, 'falls', 'amount', 'actual'],
    ['falls', -4, '%', 'growth', 'actual'],
    ['Visits', 5200, '', 'amount', 'actual'],
    ['Visits', 9, '%', 'growth', 'actual'],
    ['falls with harm', -10, '%', 'growth', 'target'],
    ['emissions', -25, '%', 'growth', 'target'],
    ['agency costs', -2, '£ million', 'growth', 'target'],
  ])
})

test('a box drawn as a one-cell HTML table ("专栏1 …" round its projects) is read as the text it holds', () => {
  const html = ['<html><body><h1>XX市“十五五”生态环境保护规划</h1>', '<h2>第三章 深入打好蓝天保卫战</h2>', '<p>到2030年，城市道路机械化清扫率达到90%。</p>',
    '<table border="1"><tr><td><p><strong>专栏1 大气污染防治重点工程</strong></p><p>1.挥发性有机物治理工程：完成150家企业源头替代。</p><p>2.清洁取暖工程：完成农村清洁取暖改造3.5万户。</p></td></tr></table>', '</body></html>'].join('\n')
  assert.deepEqual(extractTargets(outline(html, 'plan.html')).map((x) => [x.value, x.unit]), [[90, '%'], [150, '家'], [3.5, '万户']])
})

test('a plan\'s goal for its last year is not lowered by its first year\'s goal in the later report ("1,000 homes by 2028" and "a target of 220" in 2024/25); the same figure for another year may still be kept', () => {
  const plan = outline(['# Council Plan 2024–2028', '', '## Homes', '', 'In 2023/24 we delivered 180 new affordable homes.', '', 'We will deliver 1,000 new affordable homes by 2028.', '', 'We will plant 1,500 street trees by 2028.'].join('\n'), 'plan.md')
  const report = outline(['# Annual Performance Report 2024/25', '', '## Homes', '', 'We delivered 236 new affordable homes in 2024/25 against a target of 220.', '', 'Our goal for 2025/26 is to plant 1,500 street trees.'].join('\n'), 'report.md')
  const changes = compareTargets(extractTargets(plan), extractTargets(report), () => true)
  const pairs = changes.filter((c) => c.old && c.new && c.old.role === 'target' && c.new.role === 'target').map((c) => [c.status, c.old!.value, c.new!.value])
  assert.deepEqual(pairs, [['kept', 1500, 1500]])
})

test('pandoc\'s grid and simple tables (a Word report converted to Markdown) are read as tables, a cell\'s lines joined, columns kept apart', () => {
  const grid = ['# KPIs', '', '+------------------+-----------+-----------+-----------+', '| Measure          | Baseline  | Target    | Actual    |', '|                  | 2023/24   | 2024/25   | 2024/25   |',
    '+==================+===========+===========+===========+', '| Net additional   | 184       | 220       | 236       |', '| affordable homes |           |           |           |', '+------------------+-----------+-----------+-----------+', '', 'Text after.'].join('\n')
  const simple = ['# KPIs', '', '  Measure                           Baseline 2023/24   Target 2024/25   Actual 2024/25', '  --------------------------------- ------------------ ---------------- ----------------',
    '  Net additional affordable homes   184                220              236', '  --------------------------------- ------------------ ---------------- ----------------', '', 'Text after.'].join('\n')
  for (const text of [grid, simple]) {
    const report = outline(text, 'kpis.md')
    assert.deepEqual(extractTargets(report).map((x) => [x.metric, x.value, x.role, x.period]), [
      ['Net additional affordable homes', 184, 'actual', '2023-24'],
      ['Net additional affordable homes', 220, 'target', '2024-25'],
      ['Net additional affordable homes', 236, 'actual', '2024-25'],
    ])
    assert.equal(report.flat.at(-1)!.paragraphs.at(-1)!.text, 'Text after.')
  }
})

test('in a Chinese plan, how things stand is no goal: "国土面积1.2万平方公里", "收集率仅为70%", and figures under "面临的形势与挑战"', () => {
  const plan = outline(['XX市“十五五”生态环境保护规划', '', '前言', '', '本规划范围为XX市全域，国土面积1.2万平方公里，规划期为2026—2030年。', '', '第二节 面临的形势与挑战', '',
    '夏季臭氧超标天数占全年超标天数的60%以上。', '', '第三节 主要目标', '', '城市生活污水集中收集率仅为70%，到2030年达到85%以上。'].join('\n'), 'plan.txt')
  assert.deepEqual(extractTargets(plan).map((x) => [x.value, x.role, x.period]), [[1.2, 'actual', '2025'], [60, 'actual', '2025'], [70, 'actual', '2025'], [85, 'target', '2030']])
})

test('a part headed "Priorities for improvement and statements of assurance" reports results: assurance outweighs priorities; a sub-section of priorities still sets goals', () => {
  const report = outline(['Quality Account 2024/25', '', 'Part 2: Priorities for improvement and statements of assurance from the board', '',
    '2.1 Statements of assurance', 'The trust took part in 58 national clinical audits.', '', '2.2 Our priorities for 2025/26', 'Reduce falls with harm to no more than 40.'].join('\n'), 'qa.txt')
  assert.deepEqual(extractTargets(report).map((x) => [x.value, x.role]), [[58, 'actual'], [40, 'target']])
})

test('review: "增长5%至15%" stays a range; "Our targets" over a list sets no goals after it; a Latin label in a Chinese table reads 以下; "重点项目年度计划投资" meets "重点项目完成投资"; "below 18" is missed at 18', () => {
  const zh = outline(['沈阳市2024年计划', '', '一、主要目标', '', '规上工业增加值增长5%至15%。', '', '| 指标 | 2025年目标 |', '|---|---|', '| COD | ＜5 |'].join('\n'), 'plan.md')
  assert.deepEqual(extractTargets(zh).map((x) => [x.value, x.high, x.qualifier]), [[5, 15, null], [5, undefined, '以下']])
  const en = outline(['Annual Report 2024', '', '1. Housing', '', 'Our targets', '', 'We will deliver 220 new homes in 2024/25.', '', 'The year in numbers', '', 'Average re-let time of 32 days.'].join('\n'), 'report.txt')
  assert.deepEqual(extractTargets(en).map((x) => [x.value, x.role]), [[220, 'target'], [32, 'actual']])
  const plan = extractTargets(outline(['2024年计划', '', '一、主要目标', '', '重点项目年度计划投资1300亿元。'].join('\n'), 'plan.txt'))
  const report = extractTargets(outline(['2024年计划执行情况', '', '一、执行情况', '', '重点项目完成投资1350亿元。'].join('\n'), 'report.txt'))
  assert.deepEqual(compareTargets(plan, report, () => true).filter((c) => c.old && c.new).map((c) => [c.status, c.old!.value, c.new!.value]), [['exceeded', 1300, 1350]])
  const [goal] = extractTargets(outline(['# Plan 2024', '', '## Waits', '', 'Patients will wait below 18 weeks in 2024.'].join('\n'), 'w.md'))
  assert.deepEqual([goal.value, goal.qualifier, goal.role], [18, 'below', 'target'])
  const status = (qualifier: string) => compareTargets([{ ...goal, qualifier }], [{ ...goal, qualifier: null, role: 'actual' }], () => true).find((c) => c.old && c.new)?.status
  assert.deepEqual([status('below'), status('at most')], ['missed', 'met'])
})

test('a fiscal year in Chinese running text ("2022-23年度", "二〇二二至二三年度") dates its figures and is no part of their name', () => {
  const report = outline(['某市2024年预算报告', '', '一、执行情况', '', '2022-23年度财政收入增长3%。二〇二二至二三年度财政支出增长4%。'].join('\n'), 'budget.txt')
  assert.deepEqual(extractTargets(report).map((x) => [x.metric, x.period]), [['财政收入', '2022-23'], ['财政支出', '2022-23']])
})

test('pandoc\'s multiline tables (between full rules, rows apart by blank lines, a label on two lines) are read as tables', () => {
  const md = ['# KPI scorecard', '', '  ------------------------------------------------------------------', '  KPI                       Baseline 2023/24   Target 2024/25   Actual 2024/25',
    '  ------------------------- ------------------ ---------------- ----------------', '  Net additional            184                220              236', '  affordable homes', '',
    '  Missed bins per 100,000   62                 50               71', '  ------------------------------------------------------------------', '', 'Text after.'].join('\n')
  assert.deepEqual(extractTargets(outline(md, 'kpi.md')).map((x) => [x.metric, x.value, x.role]), [
    ['Net additional affordable homes', 184, 'actual'], ['Net additional affordable homes', 220, 'target'], ['Net additional affordable homes', 236, 'actual'],
    ['Missed bins per 100,000', 62, 'actual'], ['Missed bins per 100,000', 50, 'target'], ['Missed bins per 100,000', 71, 'actual'],
  ])
})

test('second review: goals stay goals beside "在现有基础上" and under "当前面临的形势和…总体要求"; "提高0.5%至41.5%" is a change and a level; a 专栏 with a title row and a note row is a box; "Our targets" leads in; "remained below 18 weeks" meets "below 18 weeks"', () => {
  const plan = outline(['某市2024年国民经济和社会发展计划', '', '一、当前面临的形势和2024年工作总体要求', '', '2024年全市主要预期目标是：城镇新增就业12万人，在现有基础上新增养老机构100家。城镇化率目前为65%。', '',
    '二、2024年主要目标', '', '森林覆盖率提高0.5%至41.5%。地区生产总值增长5%至6%。'].join('\n'), 'plan.txt')
  assert.deepEqual(extractTargets(plan).map((x) => [x.value, x.high, x.role]), [[12, undefined, 'target'], [100, undefined, 'target'], [65, undefined, 'actual'], [0.5, undefined, 'target'], [41.5, undefined, 'target'], [5, 6, 'target']])
  const box = ['<html><body><h1>某市2024年国民经济和社会发展计划</h1><h2>一、主要目标</h2><p>地区生产总值增长5.5%左右。</p>',
    '<table><tr><th>专栏1 重大项目</th></tr><tr><td><p>新建学校20所，新增学位1.2万个。</p><p>改造老旧小区300个。</p></td></tr><tr><td>注：以上项目按年度计划推进。</td></tr></table></body></html>'].join('\n')
  assert.deepEqual(extractTargets(outline(box, 'plan.html')).map((x) => x.value), [5.5, 20, 1.2, 300])
  const en = outline(['# Annual Report 2024', '', '## Transport', '', 'Our targets', '', '- 200 new cycle stands'].join('\n'), 'report.md')
  assert.deepEqual(extractTargets(en).map((x) => [x.value, x.role]), [[200, 'target']])
  const [goal] = extractTargets(outline(['# Plan 2024', '', '## Waits', '', 'Patients will wait below 18 weeks in 2024.'].join('\n'), 'w.md'))
  assert.equal(compareTargets([goal], [{ ...goal, role: 'actual' }], () => true).find((c) => c.old && c.new)?.status, 'met')
})

test('a change by one rate to a level needs the level to dwarf the change: "下降1%至3%" and "提高0.5至1.5个百分点" are ranges', () => {
  const plan = outline(['关于2024年计划的报告', '', '一、主要目标', '', '单位能耗下降1%至3%。研发投入强度提高0.5至1.5个百分点。失业率降低0.2%至3.8%。'].join('\n'), 'plan.txt')
  assert.deepEqual(extractTargets(plan).map((x) => [x.value, x.high ?? null, x.unit]), [[-1, -3, '%'], [0.5, 1.5, '个百分点'], [-0.2, null, '%'], [3.8, null, '%']])
})

test('a Chinese unit per span of time is whole: "10万吨/日", "5万吨/年"; 100000吨/日 compares with 10万吨/日', () => {
  const plan = extractTargets(outline(['关于2024年计划的报告', '', '一、主要目标', '', '新增污水处理能力10万吨/日，危废处置能力5万吨/年。'].join('\n'), 'plan.txt'))
  assert.deepEqual(plan.map((x) => [x.metric, x.value, x.unit]), [['新增污水处理能力', 10, '万吨/日'], ['危废处置能力', 5, '万吨/年']])
  const report = extractTargets(outline(['关于2024年计划执行情况的报告', '', '一、执行情况', '', '新增污水处理能力100000吨/日。'].join('\n'), 'report.txt'))
  assert.deepEqual(compareTargets(plan, report, () => true).filter((c) => c.old && c.new).map((c) => c.status), ['met'])
})

test('an estimate marked beside a table figure ("30（预计）", "84.5(e)") is still the figure', () => {
  const table = outline(['XX市“十五五”生态环境保护规划', '', '第二章 主要目标', '', '| 指标 | 2025年现状值 | 2030年目标值 |', '|---|---|---|', '| 细颗粒物浓度（微克/立方米） | 30（预计） | ≤28 |', '| 优良天数比例（%） | 84.5(e) | 88 |'].join('\n'), 'plan.md')
  assert.deepEqual(extractTargets(table).map((x) => [x.value, x.role]), [[30, 'actual'], [28, 'target'], [84.5, 'actual'], [88, 'target']])
})
