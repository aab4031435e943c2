import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ingestText } from '../src/ingest/index.js'
import { readOutline } from '../src/outline/build.js'
import { matchLabel } from '../src/outline/labels.js'
import { extractTargets } from '../src/targets/extract.js'
import { headings, outline, sample } from './helpers.js'

test('Chinese numbering grammars and their levels, in order of first appearance', () => {
  const o = outline(['关于某区2024年计划的报告', '各位代表：', '受区政府委托，现将计划提请审议。',
    '第一部分 总体情况', '一、2023年计划执行情况', '（一）经济运行', '正文一。', '1.工业生产', '正文。', '（1）规上工业', '正文。', '①重点企业', '正文。',
    '(二)项目建设', '正文二。', '二、2024年主要任务', '正文三。'].join('\n'))
  assert.deepEqual(headings(o), ['1 第一部分 总体情况', '2 一、 2023年计划执行情况', '3 （一） 经济运行', '4 1. 工业生产', '5 （1） 规上工业', '6 ① 重点企业', '3 (二) 项目建设', '2 二、 2024年主要任务'])
  assert.equal(o.meta.title, '关于某区2024年计划的报告')
  assert.equal(o.meta.salutation, '各位代表：')
  assert.equal(o.preamble.length, 1)
})

test('levels follow the document, not a fixed table: 1. above （一） when it comes first', () => {
  const o = outline(['1.总体情况', '正文正文正文。', '（一）经济', '正文正文正文。', '2.主要任务', '正文正文正文。'].join('\n'))
  assert.deepEqual(headings(o), ['1 1. 总体情况', '2 （一） 经济', '1 2. 主要任务'])
})

test('run-in headings: label and text up to the first 。 on the line; the body stays in the section', () => {
  const o = outline(['一、执行情况', '（一）稳增长促发展，质量效益稳步提升。全区上下牢牢把握发展第一要务，地区生产总值增长6.5%。', '（二）扬优势蓄动能，主导产业加快发展。金融业增加值完成246亿元。'].join('\n'))
  const [, a, b] = o.flat
  assert.equal(a.title, '稳增长促发展，质量效益稳步提升')
  assert.equal(a.runIn, true)
  assert.equal(a.paragraphs[0].text, '全区上下牢牢把握发展第一要务，地区生产总值增长6.5%。')
  assert.equal(b.label, '（二）')
})

test('一是 opens a paragraph as a heading; 专栏 holds its items; a slip （2） after （一） stays at its level', () => {
  const o = outline(['一、工作回顾', '一是积极应对下行压力，经济实现平稳健康发展。我们全力稳住市场主体。', '二是着力强化科技创新引领。我们大力推进平台建设。',
    '二、主要任务', '（一）以产业升级为方向', '正文正文正文正文正文正文正文正文。', '专栏：2024年重点城建工程', '道路工程：新建牛心屯一路等9条道路。', '泵站工程：新建中德大街雨水泵站。', '（2）以培育新动能为支撑', '正文正文正文正文正文正文正文正文。'].join('\n'))
  assert.deepEqual(headings(o), ['1 一、 工作回顾', '2 一是 积极应对下行压力，经济实现平稳健康发展', '2 二是 着力强化科技创新引领', '1 二、 主要任务', '2 （一） 以产业升级为方向', '3 专栏： 2024年重点城建工程', '4 道路工程', '4 泵站工程', '2 （2） 以培育新动能为支撑'])
  assert.ok(o.flat[6].optional)
})

test('a 专栏 numbers its own items from 1 inside it; the outer list resumes after it; 一是…二是 in one paragraph is no heading', () => {
  const o = outline(['（二）加快建设现代化产业体系', '1.推动制造业高质量发展。实施重点技术改造项目1000个。', '2.大力发展数字经济。数字经济核心产业增加值增长10%以上。',
    '专栏1  2024年数字经济重点工程', '1.算力基础设施工程。新建数据中心标准机架2万个。', '2.5G网络覆盖工程。新建改造5G基站1.2万个。', '3.工业互联网赋能工程。新增上云企业5000家。',
    '3.增强科技创新能力。研发经费投入强度提高到2.3%。', '（三）保障措施', '一是加强统筹协调。健全重大项目推进机制。二是强化要素保障。争取中央预算内投资150亿元以上。'].join('\n'))
  assert.deepEqual(headings(o), ['1 （二） 加快建设现代化产业体系', '2 1. 推动制造业高质量发展', '2 2. 大力发展数字经济', '3 专栏1 2024年数字经济重点工程',
    '4 1. 算力基础设施工程', '4 2. 5G网络覆盖工程', '4 3. 工业互联网赋能工程', '2 3. 增强科技创新能力', '1 （三） 保障措施'])
  assert.equal(matchLabel('2.5G网络覆盖工程。')?.label, '2.')
  assert.equal(matchLabel('2.5%的增长'), undefined)
})

test('English: a date line is no numbered heading; an appendix stands at the top level wherever it comes', () => {
  const o = outline(['Annual Plan 2024', '1 January 2024 to 31 December 2024', '', 'PART A – OUR STRATEGY', '', '1. Introduction', '', 'This plan sets out what the Council will deliver in 2024 and how it will pay for it.', '',
    '1.1 Purpose of this plan', '', 'It translates the long-term ambitions of the strategy into commitments for the year.', '', 'APPENDIX A: GLOSSARY OF TERMS', '', 'KSI means killed or seriously injured on the roads of the city.'].join('\n'), 'plan.txt')
  assert.deepEqual(headings(o), ['1 PART A – OUR STRATEGY', '2 1. Introduction', '3 1.1 Purpose of this plan', '1 APPENDIX A: GLOSSARY OF TERMS'])
})

test('numbered tasks glued mid-line after a sentence are split into their own sections', () => {
  const o = outline(['（一）推进重大项目建设', '1.谋划一批。围绕产业链谋划项目。2.签约一批。全年签约亿元以上项目300个。3.开工一批。推动重大项目开工。'].join('\n'))
  assert.deepEqual(headings(o), ['1 （一） 推进重大项目建设', '2 1. 谋划一批', '2 2. 签约一批', '2 3. 开工一批'])
})

test('unnumbered topic sentences become optional sub-sections only when several siblings share the shape', () => {
  const body = '正文内容正文内容正文内容，正文内容正文内容。'
  const o = outline(['（一）产业转型升级步伐稳健', `工业生产保持较快增长。${body}`, `服务业迈上新台阶。${body}`, '（二）创新改革深入推进', `创新动能充分释放。${body}`].join('\n'))
  assert.deepEqual(headings(o), ['1 （一） 产业转型升级步伐稳健', '2 工业生产保持较快增长', '2 服务业迈上新台阶', '1 （二） 创新改革深入推进'])
  assert.ok(o.flat[1].optional && !o.flat[0].optional)
})

test('English: numbered, decimal, Roman, Part, ALL-CAPS and title-case headings; paragraph numbers and contents are not', () => {
  const prose = 'The agency delivered its programme on time and within budget, and it reports the results below in detail.'
  const o = outline(['Annual Plan 2024', 'CONTENTS', '1. Service delivery ........ 3', 'PART A', 'I. Overview', prose, '1. Service delivery', prose, '1.1 Drinking water', prose, '12.', prose, 'Customer Service and Community', prose, '2. We will replace 40 km of water mains and renew 12 pumping stations across the region.', prose].join('\n\n'), 'plan.txt')
  const h = headings(o)
  assert.deepEqual(h, ['1 PART A', '2 I. Overview', '3 1. Service delivery', '4 1.1 Drinking water', '5 Customer Service and Community'])
})

test('Markdown headings: a single top heading is the title; numbering in headings becomes the label', () => {
  const o = readOutline(ingestText(sample('en/riverside-2024-plan.md'), 'riverside-2024-plan.md'))
  assert.match(o.meta.title, /Annual Plan 2024/)
  const drinking = o.flat.find((s) => s.title === 'Drinking water')
  assert.ok(drinking)
  assert.equal(drinking.label, '1.1')
  assert.equal(drinking.level, 2)
  // A page that titles itself in an <h2> and uses no <h1>: that heading is the title too, unless it is numbered.
  const page = outline('<html><body><h2 class="detail-title">关于某市2024年预算执行情况和2025年预算草案的报告</h2><h3>一、2024年预算执行情况</h3><p>收入完成372.9亿元。</p><h3>二、2025年预算草案</h3><p>收入安排386亿元。</p></body></html>', 'p.html')
  assert.equal(page.meta.title, '关于某市2024年预算执行情况和2025年预算草案的报告')
  assert.deepEqual(headings(page), ['1 一、 2024年预算执行情况', '1 二、 2025年预算草案'])
  const numbered = outline('## 1. Introduction\n\nWe will plant trees.\n\n### 1.1 Scope\n\nAll wards.\n', 'n.md')
  assert.deepEqual(headings(numbered), ['1 1. Introduction', '2 1.1 Scope'])
})

test('a document without headings is one section', () => {
  const o = outline('地区生产总值增长6.5%。\n一般公共预算收入增长5%。\n')
  assert.equal(o.flat.length, 1)
  assert.equal(o.flat[0].paragraphs.length, 2)
})

test('labels: numbers that are not headings are left alone', () => {
  assert.equal(matchLabel('1.5%的增长'), undefined)
  assert.equal(matchLabel('2023年全区'), undefined)
  assert.equal(matchLabel('一是积极应对')?.style, 'zh-是')
  assert.equal(matchLabel('第三章 目标')?.style, 'zh-第章')
  assert.equal(matchLabel('(十二)民生')?.number, 12)
})

test('review regressions: language from text, short lines without headings, letters after A. B., figures are not labels', () => {
  const style = `<style>${'.x{color:red}'.repeat(400)}</style>`
  const page = readOutline(ingestText(`<html><head>${style}</head><body><h2>一、总体情况</h2><p>地区生产总值增长6%，新建学校5所。</p></body></html>`, 'p.html'))
  assert.equal(page.lang, 'zh')
  const plain = outline('关于2024年计划的报告\n新建学校5所\n新增就业3000人\n改造小区20个\n')
  assert.equal(plain.flat.length, 1)
  assert.deepEqual(plain.flat[0].paragraphs.map((p) => p.text), ['新建学校5所', '新增就业3000人', '改造小区20个'])
  const prose = 'The agency will spend the money on the works listed below, in the order given here.'
  const letters = outline(['A. Water', prose, 'B. Parks', prose, 'C. Roads', prose].join('\n\n'), 'l.txt')
  assert.deepEqual(headings(letters), ['1 A. Water', '1 B. Parks', '1 C. Roads'])
  assert.equal(matchLabel('2.5亿元资金用于改造'), undefined)
  assert.equal(matchLabel('3.2万户居民受益'), undefined)
})

test('a label alone on its line ("Part 1", "第一章") takes the short line after it as its title', () => {
  const body = 'We will deliver the program across all regions and report on it each year to the minister and parliament.'
  const en = outline(['Sample Plan 2024', '', 'Part 1', 'Our purpose', body, '', 'Part 2', 'Key activities', body, '', 'Part 3', 'CAPABILITY', body].join('\n'), 'p.txt')
  assert.deepEqual(headings(en), ['1 Part 1 Our purpose', '1 Part 2 Key activities', '1 Part 3 CAPABILITY'])
  assert.ok(en.flat.every((s) => s.paragraphs.map((p) => p.text).join('\n') === body))
  const zh = outline(['某市条例', '', '第一章', '总则', '第一条 为了规范管理，制定本条例。', '第二章', '管理职责', '第二条 市人民政府负责本条例的实施。'].join('\n'))
  assert.deepEqual(headings(zh).filter((h) => h.startsWith('1 ')), ['1 第一章 总则', '1 第二章 管理职责'])
  // A sentence after the label is its text, not its title.
  const plain = outline(['Sample Plan 2024', '', 'Part 1', body, '', 'Part 2', body].join('\n'), 'p.txt')
  assert.deepEqual(headings(plain), ['1 Part 1', '1 Part 2'])
  // "Key activity 1:" is such a label too, its title in sentence case.
  const ka = outline(['Sample Plan 2024', '', 'Key activity 1:', 'Water information and data', body, '', 'Key activity 2:', 'Licensing and compliance', body].join('\n'), 'p.txt')
  assert.deepEqual(headings(ka), ['1 Key activity 1: Water information and data', '1 Key activity 2: Licensing and compliance'])
  // A part whose headings are all unlabelled, in the style of the line after its label: that line is the first of them.
  const speech = outline(['BUDGET SPEECH 2025-26', '', 'PART A', '', 'STATE OF THE ECONOMY', '', body, '', 'AGRICULTURE', '', body, '', 'PART B – TAX PROPOSALS', '', body].join('\n'), 'p.txt')
  assert.deepEqual(headings(speech), ['1 PART A', '2 STATE OF THE ECONOMY', '2 AGRICULTURE', '1 PART B – TAX PROPOSALS'])
  // Read alike for every such label: where one part has a single heading after its label, each label takes its title.
  const chapters = outline(['Report 2024', '', 'CHAPTER 1', 'INTRODUCTION', body, '', 'BACKGROUND', body, '', 'CHAPTER 2', 'PERFORMANCE', body].join('\n'), 'p.txt')
  assert.deepEqual(headings(chapters).filter((h) => h.startsWith('1 ')), ['1 CHAPTER 1 INTRODUCTION', '1 CHAPTER 2 PERFORMANCE'])
})

test('a decimal that opens a line broken in a sentence is no label ("151.2 lakh tonnes"); full-width digits label as half-width ones do', () => {
  assert.equal(matchLabel('151.2 lakh tonnes, short of the target of 155 lakh tonnes.'), undefined)
  assert.equal(matchLabel('1.2 Retrofitting homes')?.style, 'decimal-2')
  assert.deepEqual(matchLabel('１．全市一般公共预算'), { style: 'arabic', label: '１．', number: 1, length: 2 })
  assert.deepEqual(matchLabel('（２）市本级'), { style: 'arabic-paren', label: '（２）', number: 2, length: 3 })
})

test('a cover page that sets the year under the title ("Corporate Plan" / "2024–25") gives the title its year', () => {
  const o = outline(['National Water Agency', '', 'Corporate Plan', '2024–25', '', 'Part 1', 'Our purpose', 'We will deliver the program across all regions and report on it each year to the minister.'].join('\n'), 'p.txt')
  assert.equal(o.meta.title, 'Corporate Plan 2024–25')
})

test('review: two labels alone on their lines are two headings', () => {
  const body = 'We will deliver the program across all regions and report on it each year to the minister and parliament.'
  const o = outline(['Sample Plan 2024', '', 'PART A', '', 'PART B', 'Our services', body].join('\n'), 'p.txt')
  assert.deepEqual(headings(o), ['1 PART A', '1 PART B Our services'])
})

test('a web page that marks its headings marks them all: a byline, an address or a caption is no section; its own contents list is no text', () => {
  const page = outline(['<main><h1>2024–25 Departmental Plan</h1>', '<p><strong>From: <a href="/x">Some Department</a></strong></p>',
    '<section><h2>On this page</h2><ul><li><a href="#minister">From the Minister</a></li><li><a href="#glance">Plans at a glance</a><ul><li><a href="#cr1">Core responsibility 1</a></li></ul></li></ul></section>',
    '<p>The Honourable Jordan Okafor, P.C., M.P.<br>Minister of Benefits and Workforce Development</p>',
    '<h2 id="minister">From the Minister</h2>', '<figure><img src="x.jpg" alt=""><figcaption>The Honourable Jordan Okafor<br>Minister of Benefits</figcaption></figure>',
    '<p>I am pleased to present this plan. We will hire 400 officers in 2024–25.</p>', '<h2 id="glance">Plans at a glance</h2>', '<p>We plan to process at least 85% of applications within standards.</p>',
    '<p>1. Faster payments</p><p>We will pay 90% of claims within 28 days of receipt this year.</p></main>'].join('\n'), 'plan.html')
  assert.deepEqual(headings(page), ['1 From the Minister', '1 Plans at a glance', '2 1. Faster payments'])
  assert.ok(!page.flat.some((s) => s.paragraphs.some((p) => p.text.includes('Core responsibility 1'))))
})

test('a report\'s notes ("注释：", "附注：") are sections beside its parts; their numbered notes are no sections and their figures no targets; a sidebar is furniture', async () => {
  const { extractTargets } = await import('../src/targets/extract.js')
  const page = outline(['<body><div class="content"><h1>江澜市2023年国民经济和社会发展统计公报</h1>', '<p>一、综合</p>', '<p>全年实现地区生产总值4856.3亿元，比上年增长5.4%。全年常住人口增加1.8万人，城镇化率提高到68.5%。</p>',
    '<p><strong>附注：</strong></p>', '<p>1. 本公报中数据均为初步统计数，部分数据因四舍五入的原因，存在总计与分项合计不等的情况。</p>',
    '<p>2. 规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。</p></div>',
    '<div class="sidebar"><h3>相关文章</h3><ul><li><a href="/a.html">江澜市2022年统计公报</a></li></ul></div></body>'].join('\n'), 'b.html')
  assert.deepEqual(headings(page), ['1 一、 综合', '1 附注'])
  assert.deepEqual(extractTargets(page).map((t) => t.value), [4856.3, 5.4, 1.8, 68.5])
})

test('review: a note in the body ("注：", "Note:") is no notes section; a layout class naming a sidebar is no furniture; a caption is no heading', () => {
  const plan = outline(['某市2024年国民经济和社会发展计划', '', '一、2023年计划执行情况', '', '全年地区生产总值增长5.2%。', '', '注：', '', '地区生产总值按可比价格计算。', '', '二、2024年主要目标', '', '地区生产总值增长5%左右。'].join('\n'), 'a.txt')
  assert.deepEqual(headings(plan), ['1 一、 2023年计划执行情况', '1 二、 2024年主要目标'])
  const page = outline('<body><div class="content-with-sidebar"><h1>Annual Report 2024</h1><h2>Homes</h2><p>We built 412 homes this year, more than the year before.</p><h2>Parks</h2><figure><figcaption>Mill Creek Park<br>Opened in May</figcaption></figure><p>We opened 3 parks this year across the city and its suburbs.</p></div></body>', 'p.html')
  assert.deepEqual(headings(page), ['1 Homes', '1 Parks'])
})

test('Markdown from Word by pandoc: the front matter titles it, its contents links and bookmarks are no text; a marked heading may number itself "2 Clean electricity"', () => {
  const md = ['---', 'title: Cascadia Climate Action Plan 2030', 'subtitle: Consultation Draft', '---', '', '[]{#_Toc1 .anchor}**Contents**', '',
    '[1. Introduction 3](#introduction)', '', '[2. Buildings 5](#buildings)', '', '## []{#_Toc2 .anchor}1. Introduction', '', 'We will cut emissions.', '',
    '## 2. Buildings {#buildings}', '', 'We will retrofit [120,000]{.underline} homes.', ''].join('\n')
  const o = outline(md, 'draft.md')
  assert.equal(o.meta.title, 'Cascadia Climate Action Plan 2030')
  assert.deepEqual(headings(o), ['1 1. Introduction', '1 2. Buildings'])
  assert.deepEqual(o.flat[1].paragraphs.map((p) => p.text), ['We will retrofit 120,000 homes.'])
  // A title of the text's own ("# …") stands; the front matter's is then not repeated.
  const own = outline(['---', 'title: "Strategic Plan"', 'layout: page', '---', '', '# City of Riverton Strategic Plan FY2024–FY2026', '', '## Table of Contents', '', '1. [Housing](#housing)', '', '## Housing', '', 'We will build 500 homes.'].join('\n'), 'p.md')
  assert.equal(own.meta.title, 'City of Riverton Strategic Plan FY2024–FY2026')
  assert.deepEqual(headings(own), ['1 Housing'])
  const page = outline('<html><body><h1>Plan 2030</h1><h2>1 About this plan</h2><p>Text.</p><h2>2 Clean electricity</h2><p>Text.</p></body></html>', 'f.html')
  assert.deepEqual(page.flat.map((s) => [s.label, s.title]), [['1', 'About this plan'], ['2', 'Clean electricity']])
})

test('review: an <h2> that opens a page is its title only if it names a document; a decimal before a word is a label unless a scale or a count follows', () => {
  const page = outline('<html><body><h2>Overview</h2><p>Intro text.</p><h3>Finance</h3><p>Text.</p><h3>Staff</h3><p>Text.</p></body></html>', 'p.html')
  assert.deepEqual(headings(page), ['1 Overview', '2 Finance', '2 Staff'])
  assert.equal(matchLabel('2.1 pH monitoring')?.style, 'decimal-2')
  assert.equal(matchLabel('1.2 e-Government services')?.style, 'decimal-2')
  assert.equal(matchLabel('2.5 lakh youth in 2025-26 will be trained'), undefined)
})

test('a US federal performance plan: Strategic Goal, Strategic Objective and Performance Goal are three levels, each its own style', () => {
  const o = outline(['FY 2024 Annual Performance Plan', '', 'Strategic Goal 1: Deliver Timely and Accurate Benefits', '', 'Strategic Objective 1.1: Process Claims Promptly', '',
    'Performance Goal 1.1.1: Reduce Claims Processing Time', '', 'Claimants who wait months for a decision go without income.', '',
    'Performance Goal M.1: Retire Legacy Systems', '', 'We will retire 30 percent of legacy systems.', '', 'Strategic Goal 2: Protect Workers', '',
    'Strategic Objective 2.1: Conduct Timely Inspections', '', 'Inspectors examine covered worksites every year.', ''].join('\n'))
  assert.deepEqual(o.flat.map((s) => `${s.level} ${s.label}`), ['1 Strategic Goal 1:', '2 Strategic Objective 1.1:', '3 Performance Goal 1.1.1:', '3 Performance Goal M.1:', '1 Strategic Goal 2:', '2 Strategic Objective 2.1:'])
})

test('a report pasted from a WeChat article: "01 / 2023年工作回顾" and "【一】" are headings; follow prompts, picture placeholders, captions, editors and read counts are page chrome', () => {
  const text = [
    '点击蓝字 关注我们',
    '权威发布｜2024年清溪县政府工作报告（全文）',
    '图片',
    '▲ 图为大会开幕现场',
    '报告全文如下↓↓↓',
    '',
    '各位代表：现在，我代表县人民政府向大会报告工作，请予审议。',
    '',
    '01 / 2023年工作回顾',
    '',
    '过去一年，全县上下团结奋斗，经济社会发展取得新成效。',
    '',
    '【一】坚持项目为王，经济运行稳中有进',
    '',
    '全年实施重点项目108个，完成投资126亿元。',
    '',
    '【二】坚持工业强县，产业结构持续优化',
    '',
    '新增规模以上工业企业23家。',
    '',
    '02 / 2024年工作总体要求和主要目标',
    '',
    '地区生产总值增长6%左右。',
    '',
    '编辑：刘思远　审核：黄海燕',
    '阅读原文',
    '阅读 1.2万',
  ].join('\n')
  const o = outline(text, 'wechat.txt')
  assert.deepEqual(headings(o), ['1 01 / 2023年工作回顾', '2 【一】 坚持项目为王，经济运行稳中有进', '2 【二】 坚持工业强县，产业结构持续优化', '1 02 / 2024年工作总体要求和主要目标'])
  assert.deepEqual(o.doc.removed.map((r) => r.line), [1, 3, 4, 5, 25, 26, 27])
})

test('a date line in Chinese digits ("二〇二四年二月二十八日") or of a month alone ("2025年10月") dates the report', () => {
  const dated = (line: string) => outline(['XX市“十五五”生态环境保护规划（征求意见稿）', '', line, '', '第一章 规划背景', '', '正文。'].join('\n')).meta
  assert.deepEqual([dated('二〇二四年二月二十八日').year, dated('2025年10月').year, dated('（2023年9月）').year], [2024, 2025, 2023])
  // A sentence with a month in it is no date line.
  assert.equal(dated('2025年10月以来，全市空气质量持续改善。').year, undefined)
})

test('a speech that numbers every paragraph across its headings: the numbers open paragraphs; bold lines are its sub-headings, a bold caption over a table is none', () => {
  const para = (n: number, text: string) => `<p><span class="paraNo">${n}.</span>&nbsp;&nbsp;${text}</p>`
  const html = [
    '<html><body><h1>二〇二四至二五年度政府財政預算案</h1>',
    '<h2>經濟表現</h2>', para(1, '我謹動議二讀《2024年撥款條例草案》。'), para(2, '過去一年，香港經濟逐步復蘇。外圍環境仍然複雜多變。'), para(3, '本地生產總值實質增長3.2%。'), para(4, '通脹溫和。基本通脹率為1.7%。'),
    '<h2>發展經濟</h2>', para(5, '我們必須加快發展。政府會積極招商引資。'), '<p><strong>金融服務</strong></p>', para(6, '金融業是香港經濟的支柱產業。'), para(7, '我們會檢討上市機制。'),
    '<p><strong><em>綠色金融</em></strong></p>', para(8, '我們會發展綠色金融樞紐。'), '<p><strong>創新科技</strong></p>', para(9, '創新科技是新引擎。我建議預留100億元。'),
    '<h2>結語</h2>', para(10, '香港的明天會更好。'), para(11, '多謝主席。'),
    '<p><strong>表1 主要數字</strong></p><table><tr><td>項目</td><td>2024</td></tr><tr><td>開支</td><td>7,763</td></tr></table>',
    '</body></html>',
  ].join('\n')
  assert.deepEqual(headings(outline(html, 'speech.html')), ['1 經濟表現', '1 發展經濟', '2 金融服務', '3 綠色金融', '2 創新科技', '1 結語'])
})

test('a plan\'s tasks numbered on across its sections ("1.建设…。" … "12.…。") stay its headings', () => {
  const tasks = (from: number, n: number) => Array.from({ length: n }, (_, k) => `${from + k}.推进第${from + k}项重点任务。全年完成投资${10 + k}亿元，新建项目${k + 2}个，带动就业${k + 1}万人。`)
  const text = ['2025年计划', '', '一、主要任务', '', ...tasks(1, 6), '', '二、保障措施', '', ...tasks(7, 6)].join('\n')
  const labels = outline(text).flat.filter((s) => /^\d+\.$/.test(s.label)).map((s) => Number.parseInt(s.label, 10))
  assert.deepEqual(labels, Array.from({ length: 12 }, (_, i) => i + 1))
})

test('Chinese headings whose Word numbering was lost: a bare line right under a chapter heading, or over one short sentence, is a heading; a table caption is none', () => {
  const text = ['XX市“十五五”生态环境保护规划（征求意见稿）', '', '第十章 保障措施', '加强组织领导', '各区县政府对本行政区域生态环境质量负责，制定年度实施计划，层层压实责任，确保各项任务落到实处。', '加大资金投入',
    '“十五五”期间，全市生态环境保护投入不低于300亿元。', '强化评估考核', '在2028年开展规划实施中期评估，2030年底开展总结评估，评估结果向社会公开，接受社会监督。', '表1 主要指标完成情况', '指标\t2025年\t2030年', '森林覆盖率（%）\t41.2\t42'].join('\n')
  assert.deepEqual(headings(outline(text)), ['1 第十章 保障措施', '2 加强组织领导', '2 加大资金投入', '2 强化评估考核'])
})

test('"C. difficile infections fell to 44" and "E. coli cases" open sentences, not lettered headings', () => {
  const text = ['Part 1: Statement on quality', '', 'Welcome to our Quality Account for 2024–25.', '', 'C. difficile infections fell to 44 cases, within the threshold of 49.', '', 'E. coli bloodstream infections were 31, against 38 last year.', '', 'Part 2: Priorities', '', 'Text.'].join('\n')
  assert.deepEqual(headings(outline(text)), ['1 Part 1: Statement on quality', '1 Part 2: Priorities'])
})

test('review: plan tasks titled with a comma and numbered across 一、 headings stay headings; bold notes and call-outs are no headings; lead-ins ("具体包括") are none', () => {
  const tasks = ['沈阳市2024年重点工作安排', '', '一、推动产业升级', ...[1, 2, 3, 4, 5, 6].map((n) => `${n}.坚持创新驱动，加快产业升级。实施一批重大项目，全年完成投资${10 + n}亿元，确保按期完成。`),
    '二、扩大有效投资', ...[7, 8, 9, 10, 11, 12].map((n) => `${n}.聚焦重点领域，扩大有效投资。实施一批重大项目，全年完成投资${10 + n}亿元，确保按期完成。`)].join('\n')
  assert.equal(outline(tasks).flat.filter((s) => /^\d+\.$/.test(s.label)).length, 12)
  const bold = ['# Annual Report 2024', '', '## Housing', '', 'We delivered 236 new homes in 2024.', '', '**All figures are provisional and subject to audit**', '', 'Satisfaction reached 81%.', '',
    '**£4.2m saved through procurement in 2024**', '', '**Key achievement: 95% of repairs done on time**', '', 'We will build 300 homes in 2025.', '', '**Financial services**', '', 'The council spent £12m on services in 2024.'].join('\n')
  assert.deepEqual(headings(outline(bold, 'report.md')), ['1 Housing', '2 Financial services'])
  const leadIns = ['沈阳市2024年国民经济和社会发展计划', '', '一、主要目标', '全市地区生产总值增长5.5%左右。', '具体包括', '规上工业增加值增长6%，固定资产投资增长8%，社会消费品零售总额增长6%。'].join('\n')
  assert.deepEqual(headings(outline(leadIns)), ['1 一、 主要目标'])
})

test('review: pandoc tables with Chinese text are cut at their columns as displayed (a Han character two wide); an indented code block is no table', () => {
  const md = ['# 主要指标', '', '+----------------------+------------+------------+', '| 指标                 | 2023年完成 | 2024年目标 |', '+======================+============+============+',
    '| 地区生产总值增速     | 5.2%       | 5.5%       |', '+----------------------+------------+------------+', '', '  指标                  2023年完成   2024年目标', '  -------------------- ------------ ------------',
    '  新增城镇就业         12万人       13万人', '', '    Indicator    Target', '    ---------    ------', '    Homes        220', ''].join('\n')
  const rows = outline(md, 'table.md').flat.flatMap((s) => s.paragraphs).filter((p) => p.row).map((p) => p.text)
  assert.deepEqual(rows, ['指标 | 2023年完成 | 2024年目标', '地区生产总值增速 | 5.2% | 5.5%', '指标 | 2023年完成 | 2024年目标', '新增城镇就业 | 12万人 | 13万人'])
})

test('second review: a heading\'s underline or a thematic break over a simple table opens no multiline table; a speech lettered "A. …" drops its paragraph numbers; "I. introduction" stays a heading; sentence-case bold topics are headings', () => {
  const md = ['# Annual Report 2024', '', 'Housing delivery', '----------------', 'Indicator    Target   Actual', '----------   ------   ------', 'New homes    220      236', '', '## Waste', '', 'The recycling rate reached 46% in 2024.', '', '---', '', '## Transport', '', 'Bus journeys rose to 12 million in 2024.'].join('\n')
  assert.deepEqual(headings(outline(md, 'r.md')), ['1 Housing delivery', '1 Waste', '1 Transport'])
  assert.deepEqual(extractTargets(outline(md, 'r.md')).map((x) => x.value), [220, 236, 46, 12])
  const para = (n: number) => `${n}. The Government will continue its work on this area. We will invest further in it this year.`
  const speech = ['Budget Statement 2025', '', 'A. Introduction', '', ...[1, 2, 3, 4].map(para), '', 'B. The Economy', '', ...[5, 6, 7, 8].map(para), '', 'C. Conclusion', '', ...[9, 10, 11, 12].map(para)].join('\n')
  assert.deepEqual(headings(outline(speech)), ['1 A. Introduction', '1 B. The Economy', '1 C. Conclusion'])
  assert.deepEqual(headings(outline(['Annual Report 2024', '', 'I. introduction', '', 'The council delivered 236 new homes in 2024.', '', 'II. housing delivery', '', 'We built 120 homes.'].join('\n'))), ['1 I. introduction', '1 II. housing delivery'])
  const bold = ['# Annual Report 2024', '', '**Improving access to primary care services**', '', 'We opened two new surgeries in 2024.', '', '**Adult social care: key achievements**', '', 'We supported 1,200 people at home.'].join('\n')
  assert.deepEqual(headings(outline(bold, 'b.md')), ['1 Improving access to primary care services', '1 Adult social care: key achievements'])
})
