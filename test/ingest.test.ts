import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ingestBytes, ingestText } from '../src/ingest/index.js'
import { positionAt } from '../src/ingest/positions.js'
import { ReportdiffError } from '../src/errors.js'
import { root } from './helpers.js'
import { readOutline } from '../src/outline/index.js'

const texts = (doc: ReturnType<typeof ingestText>) => doc.blocks.map((b) => b.text)

test('a GBK file is sniffed and decoded', () => {
  const bytes = readFileSync(join(root, 'test/fixtures/gbk-report.txt'))
  const doc = ingestBytes(bytes, 'gbk-report.txt')
  assert.equal(doc.encoding, 'gb18030')
  assert.ok(texts(doc).includes('一、2023年计划执行情况'))
})

test('a Big5 file (Taiwan, Hong Kong) is told from GB18030, which reads its bytes too, by the characters each decoding gives', () => {
  const doc = ingestBytes(readFileSync(join(root, 'test/fixtures/big5-report.txt')), 'big5-report.txt')
  assert.equal(doc.encoding, 'big5')
  assert.ok(texts(doc).includes('2024年本地生產總值增長2.5%，預計2025年增長2%至3%。'))
  // Simplified text in GB18030 stays GB18030, though Big5 can decode many of its bytes.
  assert.equal(ingestBytes(readFileSync(join(root, 'test/fixtures/gbk-report.txt')), 'gbk-report.txt').encoding, 'gb18030')
})

test('UTF-16 with a BOM, little and big endian, and UTF-8 with a BOM', () => {
  const text = '一、总体情况\n\n地区生产总值增长6.5%。\n'
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
  const be = Buffer.from(le)
  be.swap16()
  be[0] = 0xfe
  be[1] = 0xff
  for (const [bytes, enc] of [[le, 'utf-16le'], [be, 'utf-16be'], [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8']] as const) {
    const doc = ingestBytes(bytes, 'x.txt')
    assert.equal(doc.encoding, enc)
    assert.deepEqual(texts(doc), ['一、总体情况', '地区生产总值增长6.5%。'])
  }
})

test('binary and undecodable input are input errors naming the file', () => {
  assert.throws(() => ingestBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41, 0x00]), 'a.docx'), (e: unknown) => e instanceof ReportdiffError && e.exitCode === 2 && /a\.docx: looks like a binary file/.test(e.message))
  assert.throws(() => ingestBytes(Buffer.from([0x81, 0x30, 0xff, 0xfe, 0x81, 0x20, 0x80]), 'b.txt'), (e: unknown) => e instanceof ReportdiffError && e.exitCode === 2 && /b\.txt: cannot tell the text encoding/.test(e.message))
  assert.throws(() => ingestBytes(Buffer.from('abc'), 'c.txt', { encoding: 'klingon' }), (e: unknown) => e instanceof ReportdiffError && /unknown encoding/.test(e.message))
})

test('an HTML page: nav, header, footer, scripts and styles are dropped, h1–h6 are headings', () => {
  const html = `<!doctype html><html><head><title>t</title><style>p{}</style></head><body>
  <nav><a href="/">首页</a> &gt; 政务公开</nav><header>市政府门户网站</header>
  <h1>关于2024年计划的报告</h1><h2>一、总体要求</h2><p>全年地区生产总值增长&nbsp;6%。</p>
  <script>alert(1)</script><footer>ICP备05024700号</footer></body></html>`
  const doc = ingestText(html, 'page.html')
  assert.equal(doc.format, 'html')
  assert.deepEqual(texts(doc), ['关于2024年计划的报告', '一、总体要求', '全年地区生产总值增长6%。'])
  assert.deepEqual(doc.blocks.map((b) => b.depth ?? 0), [1, 2, 0])
})

test('a saved page with an accordion: each collapsed panel (hidden) is text of the report under its heading, whose text is a button; other hidden parts and buttons stay out', () => {
  const html = `<!doctype html><html><body><main>
  <h1>2024 Climate Action Progress Report</h1>
  <h2>Progress by sector</h2>
  <div class="accordion"><div class="accordion__item">
  <h3><button class="accordion__toggle" aria-expanded="false" aria-controls="p1">Energy and Buildings</button></h3>
  <div class="accordion__panel" id="p1" hidden><p>Municipal operations ran on 92% renewable electricity in 2023.</p></div>
  </div></div>
  <div class="modal" hidden><p>Sign up for our newsletter</p></div>
  <p>Questions? <button>Contact us</button></p>
  </main></body></html>`
  const doc = ingestText(html, 'progress.html')
  assert.deepEqual(texts(doc), ['2024 Climate Action Progress Report', 'Progress by sector', 'Energy and Buildings', 'Municipal operations ran on 92% renewable electricity in 2023.', 'Questions?'])
  assert.deepEqual(doc.blocks.map((b) => b.depth ?? 0), [1, 2, 3, 0, 0])
})

test('Markdown: headings carry their depth, list items are items, positions point at source lines', () => {
  const md = '# Annual Plan\n\n## 1. Service delivery\n\nWe will replace **40 km** of mains.\n\n- plant 12,000 trees\n'
  const doc = ingestText(md, 'plan.md')
  assert.equal(doc.format, 'markdown')
  assert.deepEqual(texts(doc), ['Annual Plan', '1. Service delivery', 'We will replace 40 km of mains.', 'plant 12,000 trees'])
  assert.deepEqual(doc.blocks.map((b) => b.depth ?? b.kind ?? ''), [1, 2, '', 'item'])
  const para = doc.blocks[2]
  assert.equal(positionAt(doc, para.src[para.text.indexOf('40')]).line, 5)
})

test('PDF-extracted text: broken lines are joined, numbers split across lines repaired, letter spacing dropped', () => {
  const lines = [
    '2023 年沈阳市政府工作报告',
    '各位代表:',
    '一、2022 年工作回顾',
    '预计全年地区生产总值比上年增长 4%左右，一般公共预算',
    '收入增长 1.3%，规模以上工业增加值增长 4%，社会消费品',
    '零售总额下降 3%，固定资产投资增长 7%左右，城镇居民人均',
    '可支配收入增长 2.2%，农村居民人均可支配收入增长 4%',
    '左',
    '右，预计主要指标增速高于全国全省平均水平，经济运行',
    '接国 家 宏 观 政 策 , 向 上 争资金、争项 目 分 别 增 长',
    '155.5%、26.2%。我们加大项目推进力度，落实赛马等机制。',
    '二是着力强化科技创新引领，产业转型升级取得新成效。我们大力推进科技平台建设。',
    '— 3 —',
  ]
  const doc = ingestText(lines.join('\n'), 'pdf.txt')
  const t = texts(doc)
  assert.equal(t[2], '一、2022年工作回顾')
  assert.ok(t[3].includes('农村居民人均可支配收入增长4%左右，预计主要指标'), t[3])
  assert.ok(t[3].includes('接国家宏观政策,向上争资金'), t[3])
  assert.ok(t[4].startsWith('二是着力强化科技创新引领'))
  assert.ok(doc.removed.some((r) => r.reason === 'page number'))
})

test('Chinese text wrapped at a typeset margin is joined: a full-width indent and quotes take two columns, short headings between do not hide the margin', () => {
  const H = '发展质量效益持续提升创新驱动作用更加明显城乡区域协调水平不断提高'
  const han = (n: number, k: number) => Array.from({ length: n }, (_, i) => H[(i + k) % H.length]).join('')
  const lines = ['某市国民经济和社会发展第十四个五年规划纲要', '']
  for (let p = 0; p < 6; p++) {
    // Each body line fills 56 columns as typeset; measured as a terminal would, the first is 50.
    lines.push(`第${'一二三四五六'[p]}章  发展目标`, '第一节  主要任务', '　　' + han(10, p) + '，“' + han(13, p) + '”', han(27, p + 1) + '，', han(25, p) + '3712亿', '元，' + han(8, p) + '。')
  }
  const t = texts(ingestText(lines.join('\n'), 'plan.txt'))
  assert.equal(t.length, 1 + 6 * 3)
  assert.ok(t[3].endsWith('3712亿元，' + han(8, 0) + '。'), t[3])
})

test('web page furniture and a duplicated summary are removed, with a record of why', () => {
  const body = '现在，我代表区政府向大会报告工作，请予审议，并请区政协委员提出意见。一年来，在市委、市政府和区委的坚强领导下，我们坚持稳中求进工作总基调，推动经济社会发展持续向上向好，为全市发展大局提供了有力支撑。'
  const page = [
    '首页 > 政务公开 > 政府报告',
    '2023-02-27 01:14:02 政府报告',
    `2023年某区政府工作报告 各位代表:${body}`,
    '[字体: ] 打印',
    '2023年某区政府工作报告',
    '各位代表：',
    body.slice(0, 33),
    body.slice(33),
    '一、2022年工作回顾',
    '地区生产总值增长5%。',
    '主办:某区人民政府 ICP备05024700号-3',
  ].join('\n\n')
  const doc = ingestText(page, 'web.txt')
  const t = texts(doc)
  assert.equal(t[0], '2023年某区政府工作报告')
  assert.ok(!t.some((x) => x.includes('首页') || x.includes('打印') || x.includes('ICP')))
  assert.deepEqual(
    doc.removed.map((r) => r.reason),
    ['breadcrumb', 'date stamp', 'page buttons', 'site footer', 'duplicated summary'],
  )
})

test('review regressions: long paragraphs naming copyright stay, lines after a form feed keep their numbers', () => {
  const para = 'We will amend the copyright law this year and fund 40 new public libraries across the region, with a budget of $12 million for books and staff.'
  const doc = ingestText(`Plan\n\n${para}\n`, 'p.txt')
  assert.ok(doc.blocks.some((b) => b.text === para))
  const paged = ingestText('一、总体情况\f3\f二、主要任务\n', 'f.txt')
  const second = paged.blocks.find((b) => b.text === '二、主要任务')!
  assert.equal(positionAt(paged, second.src[0]).line, 3)
  assert.deepEqual(paged.removed.map((r) => [r.line, r.reason]), [[2, 'page number']])
})

test('PDF running headers repeated on every page are furniture; text runs on across the page break', () => {
  const lines = [
    '2023年某市政府工作报告', '各位代表：', '一、2022年工作回顾',
    '过去一年，我们坚持稳中求进工作总基调，全力以赴稳增长、', '促改革、调结构、惠民生、防风险，全市经济社会发展取得', '新成效。地区生产总值增长5%，一般公共预算收入增长3%，',
    '某市人民政府工作报告', '— 1 —', '\f某市人民政府工作报告',
    '固定资产投资增长7%，社会消费品零售总额增长4%，城镇', '新增就业3.2万人，居民人均可支配收入增长5.5%。我们', '坚持以人民为中心，办好民生实事，群众获得感不断增强。',
    '二、2023年工作安排', '某市人民政府工作报告', '今年是全面贯彻党的二十大精神的开局之年，我们将坚定不移', '推动高质量发展，确保地区生产总值增长6%左右，城镇新增', '就业3.5万人以上，居民收入增长与经济增长基本同步。',
  ]
  const doc = ingestText(lines.join('\n'), 'pdf.txt')
  assert.deepEqual(doc.removed.map((r) => r.reason), ['running header', 'page number', 'running header', 'running header'])
  assert.ok(texts(doc).some((t) => t.includes('一般公共预算收入增长3%，固定资产投资增长7%')), texts(doc).join('\n'))
  // The same short line in a web page (no pages) is text.
  const web = ingestText(['一、任务', '主要举措', '正文一。', '二、任务', '主要举措', '正文二。', '三、任务', '主要举措', '正文三。'].join('\n'), 'web.txt')
  assert.equal(web.removed.length, 0)
  // A header that closes with a note in brackets ("参阅材料（书面）") is a running header too.
  const noted = ingestText(lines.map((l) => l.replace('某市人民政府工作报告', '某市第十七届人民代表大会第四次会议参阅材料（书面）')).join('\n'), 'pdf.txt')
  assert.deepEqual(noted.removed.map((r) => r.reason), ['running header', 'page number', 'running header', 'running header'])
})

test('tables: Markdown pipe tables and HTML tables become rows, with their header and each cell', () => {
  const md = ingestText('# Plan\n\n| Indicator | Target 2024 |\n|---|---|\n| New homes \\| flats | 1,200 |\n', 'plan.md')
  const rows = md.blocks.filter((b) => b.row)
  assert.deepEqual(
    rows.map((b) => [b.text, b.row!.table, b.row!.header, b.row!.cells.map(([s, e]) => b.text.slice(s, e))]),
    [
      ['Indicator | Target 2024', 0, true, ['Indicator', 'Target 2024']],
      // An escaped pipe is cell text, not a cell boundary.
      ['New homes | flats | 1,200', 0, false, ['New homes | flats', '1,200']],
    ],
  )
  assert.ok(!md.blocks.some((b) => b.text.includes('---')), 'the delimiter row is not text')
  const html = ingestText(
    '<table><thead><tr><td>指标</td><td>2025年目标</td></tr></thead><tr><td> 地区生产总值增长 </td><td>5.5左右</td></tr></table>' +
      '<table><tr><th>Indicator</th><th>Actual</th></tr><tr><td>Jobs</td><td>12</td></tr></table>',
    'plan.html',
  )
  assert.deepEqual(
    html.blocks.map((b) => [b.text, b.row!.table, b.row!.header, b.row!.cells.map(([s, e]) => b.text.slice(s, e))]),
    [
      // Spaces beside Chinese text stay in a row: " | " sets its cells apart.
      ['指标 | 2025年目标', 0, true, ['指标', '2025年目标']],
      ['地区生产总值增长 | 5.5左右', 0, false, ['地区生产总值增长', '5.5左右']],
      ['Indicator | Actual', 1, true, ['Indicator', 'Actual']],
      ['Jobs | 12', 1, false, ['Jobs', '12']],
    ],
  )
  // Every cell still points at its source: the figure 12 is where the file has it.
  const jobs = html.blocks[3]
  const [start] = jobs.row!.cells[1]
  assert.equal(html.text.slice(jobs.src[start], jobs.src[start] + 2), '12')
})

test('plain-text tables: lines set out in columns become rows, cells apart; a caption, prose and a two-column line stay text', () => {
  const text = [
    '表1  2024年全省主要指标',
    '指标名称    单位    2023年完成    2024年目标',
    '地区生产总值增速    %    5.6    5.5左右',
    '城镇新增就业\t万人\t53.6\t52以上',
    '全省上下团结奋斗，经济运行回升向好，发展质量稳步提升，民生福祉持续增进。',
    'Northfield Council      Annual Report 2024',
  ].join('\n')
  const doc = ingestText(text, 'plan.txt')
  assert.deepEqual(
    doc.blocks.map((b) => [b.text, b.row?.table ?? null, b.row?.cells.map(([s, e]) => b.text.slice(s, e)) ?? null]),
    [
      ['表1  2024年全省主要指标', null, null],
      ['指标名称 | 单位 | 2023年完成 | 2024年目标', 0, ['指标名称', '单位', '2023年完成', '2024年目标']],
      ['地区生产总值增速 | % | 5.6 | 5.5左右', 0, ['地区生产总值增速', '%', '5.6', '5.5左右']],
      ['城镇新增就业 | 万人 | 53.6 | 52以上', 0, ['城镇新增就业', '万人', '53.6', '52以上']],
      ['全省上下团结奋斗，经济运行回升向好，发展质量稳步提升，民生福祉持续增进。', null, null],
      ['Northfield Council      Annual Report 2024', null, null],
    ],
  )
  // A cell points at its source.
  const row = doc.blocks[2]
  assert.equal(doc.text.slice(row.src[row.row!.cells[3][0]], row.src[row.row!.cells[3][0]] + 5), '5.5左右')
  // Justified prose with double spaces is no table: few of its "cells" are figures.
  const prose = ingestText('We  spent  $4.5  million  on  roads  and  bridges\nand  opened  two  new  libraries  in  the  north\n', 'p.txt')
  assert.ok(prose.blocks.every((b) => !b.row))
})

test('a form feed after a newline is part of that page break, as an editor counts lines; a footer with its page number is furniture on every page', () => {
  const page = (n: number) => [`Text of page ${n} goes on here and carries the argument forward to the next line of`, 'the page, which ends the sentence.', '', `Annual Report 2024 | ${n}`].join('\n')
  const text = [page(1), page(2), page(3), page(4)].join('\n\f')
  const doc = ingestText(text, 'r.txt')
  assert.deepEqual(doc.removed.map((r) => [r.line, r.text]), [[4, 'Annual Report 2024 | 1'], [8, 'Annual Report 2024 | 2'], [12, 'Annual Report 2024 | 3'], [16, 'Annual Report 2024 | 4']])
  const third = doc.blocks.find((b) => b.text.startsWith('Text of page 3'))!
  assert.equal(positionAt(doc, third.src[0]).line, 9)
})


test('on marked pages, a line repeated down the pages is content unless it stands at their tops or feet; "Part 1", "Part 2" are no running header', () => {
  const body = 'We will deliver the program across all regions and report on it each year to the minister, as the act requires of us.'
  const page = (n: number) =>
    [`Corporate Plan 2024–25    ${n}`, '', `Part ${n}`, '', body, body, '', 'Measure                       Target 2024–25    Target 2025–26', `${n}.1 Share of requests met      85 per cent       90 per cent`, `${n}.2 Audits completed           250               260`, '', body, body, body].join('\n')
  const doc = ingestText(['National Water Agency Corporate Plan 2024–25', page(1), page(2), page(3)].join('\n\f'), 'plan.txt')
  assert.deepEqual(doc.removed.map((r) => r.text), ['Corporate Plan 2024–25    1', 'Corporate Plan 2024–25    2', 'Corporate Plan 2024–25    3'])
  assert.deepEqual(readOutline(doc).flat.map((s) => s.title), ['Part 1', 'Part 2', 'Part 3'])
})

test('a Word export wraps each table cell in <p>: the row stays one row; YAML front matter is no Markdown heading', () => {
  const html = ingestText(
    '<table><tr><td><p align="center"><strong>指标</strong></p></td><td><p>单位</p></td><td><p>2023年</p><p>目标</p></td></tr>' +
      '<tr><td><p>社会消费品零售总额</p></td><td><p>亿元</p></td><td><p>120</p></td></tr></table>',
    'dept.html',
  )
  assert.deepEqual(
    html.blocks.map((b) => [b.row?.header, b.row?.cells.map(([s, e]) => b.text.slice(s, e))]),
    [
      [false, ['指标', '单位', '2023年 目标']],
      [false, ['社会消费品零售总额', '亿元', '120']],
    ],
  )
  const md = ingestText('---\ntitle: "Strategic Plan FY2024–FY2026"\nlayout: page\n---\n\n# City of Riverton Strategic Plan FY2024–FY2026\n\nText.\n', 'plan.md')
  assert.deepEqual(md.blocks.map((b) => [b.text, b.depth ?? null]), [['City of Riverton Strategic Plan FY2024–FY2026', 1], ['Text.', null]])
  // Offsets still point into the file: the heading is on line 6.
  assert.equal(positionAt(md, md.blocks[0].src[0]).line, 6)
})

test('a web page with a <main> is read there only; cookie notices and skip links are furniture, text for screen readers is not', () => {
  const page = [
    '<html><head><title>FY2024 Annual Performance Report | City of Riverton</title></head><body>',
    '<a class="skip-link" href="#main">Skip to main content</a>',
    '<div id="cookie-banner" role="dialog"><h2 class="visually-hidden">Cookie notice</h2><p>Cookies are kept for 30 days.</p></div>',
    '<div class="site-search">Search</div>',
    '<main id="main"><h1>FY2024 Annual Performance Report</h1><p>We planted 1,312 trees<span class="visually-hidden"> in FY2024</span>.</p></main>',
    '<div class="footer-links"><p>Last updated 1 March 2025</p></div></body></html>',
  ].join('\n')
  assert.deepEqual(ingestText(page, 'r.html').blocks.map((b) => b.text), ['FY2024 Annual Performance Report', 'We planted 1,312 trees in FY2024.'])
  // Without a <main>, the page's body is read (furniture aside).
  const bare = ingestText('<body><a class="skip-link" href="#c">Skip to content</a><h1>Plan</h1><p>Text.</p></body>', 'p.html')
  assert.deepEqual(bare.blocks.map((b) => b.text), ['Plan', 'Text.'])
})

test('a table of contents with dot leaders and page numbers is furniture', () => {
  const doc = ingestText(['Corporate Plan 2024–25', '', 'Contents', 'Part 1 Our purpose ........................ 3', '   1.2 Operating context ................... 4', '一、总体要求……………………3', '', 'Part 1', 'Our purpose text.'].join('\n'), 'p.txt')
  assert.deepEqual(doc.removed.map((r) => r.reason), ['contents', 'contents entry', 'contents entry', 'contents entry'])
  // Without leaders: entries under "Contents" set apart from their page number by a tab or a gap, up to the first line that is none.
  const tabs = ingestText(['Annual Plan 2024/25', '', 'Contents', '1.\tIntroduction\t2', '2.\tOperational priorities\t3', '2.1  Elective recovery   3', '', '1.\tIntroduction', 'We serve 540,000 people.', '2.\tOperational priorities\t3 of them'].join('\n'), 'p.txt')
  assert.deepEqual(tabs.removed.map((r) => r.text), ['Contents', '1.\tIntroduction\t2', '2.\tOperational priorities\t3', '2.1  Elective recovery   3'])
})

test('a text table\'s cells wrapped onto the lines below stay in their row and column', () => {
  const text = ['Sample Plan 2024', '', '1. Licensing', 'We will deliver the program across all regions and report on it each year to the minister.', '',
    'Measure                                    Target 2024–25    Target 2025–26',
    '2.1 Percentage of licence applications     At least 90       90 per cent',
    '    decided within 28 days of lodgement    per cent',
    '2.2 Number of compliance matters open      No more than 5    No more than 4',
    '    for more than 12 months', '', 'A paragraph after the table.'].join('\n')
  const doc = ingestText(text, 'plan.txt')
  const rows = doc.blocks.filter((b) => b.row).map((b) => b.row!.cells.map(([s, e]) => b.text.slice(s, e)))
  assert.deepEqual(rows, [
    ['Measure', 'Target 2024–25', 'Target 2025–26'],
    ['2.1 Percentage of licence applications decided within 28 days of lodgement', 'At least 90 per cent', '90 per cent'],
    ['2.2 Number of compliance matters open for more than 12 months', 'No more than 5', 'No more than 4'],
  ])
  // The continuation keeps its own line number for the figure it holds.
  const row = doc.blocks.find((b) => b.text.startsWith('2.1'))!
  assert.equal(positionAt(doc, row.src[row.text.indexOf('per cent |')]).line, 8)
  assert.equal(doc.blocks[doc.blocks.length - 1].text, 'A paragraph after the table.')
  // Lines in columns that make no table give back the line they took.
  const prose = ingestText(['Title here', '', 'Name    Role    Office', '    the deputy chair of the board', 'More text follows here.'].join('\n'), 'x.txt')
  assert.deepEqual(prose.blocks.map((b) => b.text), ['Title here', 'Name    Role    Office', 'the deputy chair of the board', 'More text follows here.'])
})

test('review: a figure set out with a dot leader, a note under a text table and "Theme 1" at page tops stay text', () => {
  assert.deepEqual(ingestText(['Report 2024', '', 'New homes completed ................. 450', 'Contents', '1.1 Our role ........ 3'].join('\n'), 'r.txt').removed.map((r) => r.text), ['Contents', '1.1 Our role ........ 3'])
  const table = ingestText(['Plan 2024', '', 'Measure                   2023      2024      2025', 'Residents satisfied (%)   71        74        75', 'Homes built               180       215       250', '   * survey sample changed in 2024', 'Text after.'].join('\n'), 't.txt')
  assert.deepEqual(table.blocks.filter((b) => b.row).map((b) => b.text.split(' | ')[0]), ['Measure', 'Residents satisfied (%)', 'Homes built'])
  assert.ok(table.blocks.some((b) => b.text === '* survey sample changed in 2024'))
  const body = 'We will deliver the program across all regions and report on it each year to the minister, as the act requires of us.'
  const pages = [1, 2, 3].map((n) => [`Theme ${n}`, body, body, body].join('\n')).join('\n\f')
  assert.deepEqual(ingestText(`Strategy 2024\n${pages}`, 's.txt').removed, [])
  // Front matter opened but never closed is text, however many indented lines follow.
  const md = ingestText('---\n' + '    - item\n'.repeat(40) + '\n# Plan\n', 'a.md')
  assert.ok(md.blocks.some((b) => b.text === 'Plan'))
})

test('a <br> inside a sentence (a web editor\'s wrap) joins its lines; after punctuation, a short line, a label or an English capital it breaks', () => {
  const html = `<html><body><p>全市一般公共预算收入完成372.9亿元，为预算的<br>
100.8%，增长4.7%。<br>二、支出情况<br>1.一般公共预算支出<br>支出完成541.2亿元。</p>
<p>Total actual spending for 2024–25: $2,336,869,255<br>Total actual full-time equivalents: 13,841</p>
<p>The Honourable Jordan Okafor, P.C., M.P.<br>Minister of Benefits</p>
<p>We will extend the cycle network by a further<br>8 km and open two new bridges this year</p></body></html>`
  const doc = ingestText(html, 'page.html')
  assert.deepEqual(texts(doc), [
    '全市一般公共预算收入完成372.9亿元，为预算的100.8%，增长4.7%。',
    '二、支出情况',
    '1.一般公共预算支出',
    '支出完成541.2亿元。',
    'Total actual spending for 2024–25: $2,336,869,255',
    'Total actual full-time equivalents: 13,841',
    'The Honourable Jordan Okafor, P.C., M.P.',
    'Minister of Benefits',
    'We will extend the cycle network by a further 8 km and open two new bridges this year',
  ])
  // Every character still points at its place in the file.
  const joined = doc.blocks[0]
  assert.equal(html.slice(joined.src[joined.text.indexOf('100.8%')], joined.src[joined.text.indexOf('100.8%')] + 6), '100.8%')
})

test('boxes under an article are furniture: share and print bars, related reading, a feedback form, an attachment link', () => {
  const html = `<html><body><div class="content"><p>全年完成投资180亿元。</p></div>
<div class="art_fj">附件：<a href="/a.xls">2024年预算草案表.xls</a></div>
<div class="detail-tools"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="share-bar">分享到：<a>微信</a><a>微博</a></div>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/b.html">关于2023年预算执行情况的报告</a></li></ul></div>
<div class="box"><h2>Was this page helpful?</h2><p>Tell us what you think.</p></div>
<section><h2>Related content</h2><ul><li><a href="/c">Inventory 2023</a></li></ul></section>
</body></html>`
  assert.deepEqual(texts(ingestText(html, 'page.html')), ['全年完成投资180亿元。'])
})

test('a Chinese table a PDF gave with single spaces between cells is a table under a header of its own; prose spaced around its figures is not', () => {
  const table = ingestText(['附表 某区2025年主要指标', '指标 单位 2024年预计 2025年目标 增长%', '地区生产总值 亿元 498.7 531 6.5左右', '固定资产投资 亿元 236.5 246 4', '城镇登记失业率 % 3.2 4以内 —'].join('\n'), 't.txt')
  assert.deepEqual(table.blocks.filter((b) => b.row).map((b) => b.row!.cells.map(([s, e]) => b.text.slice(s, e))), [
    ['指标', '单位', '2024年预计', '2025年目标', '增长%'],
    ['地区生产总值', '亿元', '498.7', '531', '6.5左右'],
    ['固定资产投资', '亿元', '236.5', '246', '4'],
    ['城镇登记失业率', '%', '3.2', '4以内', '—'],
  ])
  // Without its header (split over lines by the PDF), whose year each column holds is a guess: no table.
  assert.equal(ingestText(['地区生产总值 亿元 498.7 531 6.5左右', '固定资产投资 亿元 236.5 246 4'].join('\n'), 't.txt').blocks.some((b) => b.row), false)
  const prose = ingestText(['预计全年地区生产总值比上年增长 4%左右,一般公共', '预算收入同口径增长 1.3%,固定资产投资增长 7%左右,社', '会消费品零售总额下降 3%,规模以上工业增加值增长 4%'].join('\n'), 'p.txt')
  assert.equal(prose.blocks.some((b) => b.row), false)
})

test('review: a <br> after a title keeps its meeting, issuer or unit line apart; 【专栏1】 is text; a note beside a wide-gapped table leaves it a table', () => {
  const html = `<html><body><p>关于清河区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划（草案）的报告<br>——2024年1月10日在区第十届人民代表大会第三次会议上</p>
<p>清河区2023年国民经济主要指标完成情况表<br>单位：亿元</p><p>【专栏1】重点项目</p></body></html>`
  assert.deepEqual(texts(ingestText(html, 'p.html')), [
    '关于清河区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划（草案）的报告',
    '——2024年1月10日在区第十届人民代表大会第三次会议上',
    '清河区2023年国民经济主要指标完成情况表',
    '单位：亿元',
    '【专栏1】重点项目',
  ])
  const table = ingestText(['指标名称    单位    2023年完成    2024年目标', '地区生产总值    亿元    498.7    531', '固定资产投资    亿元    236.5    246', '资料来源 区统计局 初步统计数'].join('\n'), 't.txt')
  assert.equal(table.blocks.filter((b) => b.row).length, 3)
  // A single-spaced header may name its years bare.
  assert.equal(ingestText(['指标 单位 2023 2024 增长%', '地区生产总值 亿元 498.7 531 6.5', '固定资产投资 亿元 236.5 246 4'].join('\n'), 't.txt').blocks.filter((b) => b.row).length, 3)
  // A front matter value after a long run of spaces is read, and quickly.
  assert.equal(readOutline(ingestText(`---\ntitle: ${' '.repeat(20000)}Plan 2025\n---\n\n## Housing\n\nWe will build 500 homes.\n`, 'p.md')).meta.title, 'Plan 2025')
})

test('a CMS page titled in a block of its own class (<div class="detail-title">) is titled so; its breadcrumb and hot-news box are furniture', () => {
  const html = `<html><head><title>2024年某市生态环境状况公报 - 某市生态环境局</title></head><body>
<div class="crumbs">您当前的位置：<a href="/">首页</a> » 环境状况公报</div>
<div class="detail-title">2024年某市生态环境状况公报</div>
<p><b>一、总体情况</b></p><p>全市优良天数比例为80.9%。</p>
<div class="hot"><h3>热点信息</h3><ul><li><a href="#">2025年5月某市环境空气质量状况</a></li></ul></div>
</body></html>`
  const o = readOutline(ingestText(html, 'page.html'))
  assert.equal(o.meta.title, '2024年某市生态环境状况公报')
  assert.deepEqual(o.flat.map((s) => [s.label, s.title, s.level]), [['一、', '总体情况', 1]])
  // A class named "title" over a line that names no document is no title.
  const boxed = readOutline(ingestText('<div class="title">通知公告</div><h1>关于2024年预算执行情况的报告</h1><h2>一、总体情况</h2><p>全市优良天数比例为80.9%。</p>', 'p.html'))
  assert.equal(boxed.meta.title, '关于2024年预算执行情况的报告')
})

test('text a PDF set in a proportional font gives, its full lines from 88 to 103 characters, is joined into paragraphs; a word hyphenated at the margin is one word', () => {
  const para = [
    'Claimants who wait months for a decision often go without income. OWCS will shorten the',
    'time to decide an initial claim by expanding the use of the automated medical-evidence',
    'intake tool to all 11 district offices and by hiring 45 additional claims examiners. By the end of',
    'FY 2024 no more than 10 percent of pending claims should be older than 180 days, and we will inspec-',
    'tions of covered worksites on a risk-based schedule every year across the region.',
  ]
  const text = ['Annual Performance Plan', '', ...Array.from({ length: 4 }, () => [...para, '']).flat()].join('\n')
  const blocks = texts(ingestText(text, 'app.txt'))
  assert.equal(blocks.length, 5)
  assert.match(blocks[1], /^Claimants who wait .* older than 180 days, and we will inspections of covered worksites .* region\.$/)
  // A list under its lead-in, in a monospaced text or not, is no wrapped line.
  const list = ['以下主要目标：', '——经济发展质量效益明显提升。'].join('\n')
  assert.deepEqual(texts(ingestText(list, 'l.txt')), ['以下主要目标：', '——经济发展质量效益明显提升。'])
})

test('a Chinese annual report copied from a PDF, its tables outnumbering its prose: the prose is joined at a margin its lines reach unevenly', () => {
  // (A made-up company's report, laid out as an A-share annual report's PDF text: full lines of 72 to 83 columns.)
  const doc = ingestText(readFileSync(join(root, 'test', 'fixtures', 'annual-report-pdf-2023.txt'), 'utf8'), 'annual.txt')
  const texts = doc.blocks.map((b) => b.text)
  assert.ok(texts.some((t) => t.includes('报告期内，公司实现营业收入119.20亿元，同比增长5.10%，完成年度计划118亿元的101.02%；实现利润总额7.46亿元')))
  // Its tables stay rows.
  assert.ok(doc.blocks.some((b) => b.row && b.text.startsWith('营业收入 | 11,920,183,695.42')))
})
