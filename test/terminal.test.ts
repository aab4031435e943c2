import { test } from 'node:test'
import assert from 'node:assert/strict'
import { compareReports } from '../src/index.js'
import { comparisonTerminal, defaultView } from '../src/render/terminal.js'
import { formatValue } from '../src/render/targets.js'
import { displayWidth } from '../src/text/width.js'

test('the terminal view wraps between words, never inside a figure, and no line opens with closing punctuation', () => {
  const en = compareReports(
    'Annual Plan 2024\n\n1. Introduction\n\nThis plan sets out what the Council will deliver in 2024 across housing, transport and the environment.\n',
    'Annual Report 2024\n\n1. Introduction\n\nThis report sets out what the Council delivered in 2024 across housing, transport and the environment.\n',
  )
  const zh = compareReports(
    '一、执行情况\n生态环境持续改善，空气质量优良天数比例达到83.6%，单位地区生产总值能耗下降2.3%，地表水考核断面水质达标率保持100%。\n',
    '一、执行情况\n生态环境持续改善，空气质量优良天数比例达到95.4%，单位地区生产总值能耗下降1.9%，地表水考核断面水质达标率保持100%。\n',
  )
  const words = new Set([en, zh].flatMap((c) => [c.old.outline.doc.text, c.new.outline.doc.text]).join(' ').match(/[A-Za-z]+|\d+(\.\d+)?%?/g))
  for (const width of [30, 41, 52, 60]) {
    for (const view of ['inline', 'side'] as const) {
      for (const cmp of [en, zh]) {
        const lines = comparisonTerminal(cmp, { ...defaultView, width, view }).split('\n')
        const body = lines.filter((l) => l.startsWith('    '))
        assert.ok(body.length > 2, `${view} ${width}: the diff is shown`)
        for (const l of body) {
          const cells = view === 'side' ? l.split(' │ ') : [l]
          for (const cell of cells) {
            assert.doesNotMatch(cell.trim(), /^[。，、；：]/, `${view} ${width}: ${l}`)
            // (Side by side, a column is never narrower than 20.)
            if (view === 'inline' || width >= 47) assert.ok(displayWidth(l) <= width, `${view} ${width}: ${l} is too wide`)
          }
        }
        // Every word and number shown is one of the reports': none is cut in two by a line end.
        const shown = body.join(' ').replace(/\[-|-\]|\{\+|\+\}|│/g, ' ').match(/[A-Za-z]+|\d+(\.\d+)?%?/g) ?? []
        for (const w of shown) assert.ok(words.has(w), `${view} ${width}: "${w}" is a piece of a word`)
      }
    }
  }
})

test('a range of falls is spelled out, so its dash does not read as a minus', () => {
  assert.equal(formatValue({ value: -10, high: -15, unit: '%', qualifier: null }, 'en'), '-10 to -15%')
  assert.equal(formatValue({ value: -3, high: -5, unit: '%', qualifier: null }, 'zh'), '-3至-5%')
  assert.equal(formatValue({ value: 10, high: 15, unit: '%', qualifier: null }, 'en'), '10–15%')
})

test('a Chinese figure reads as written: 余 and 多 right after the number, 以上 after the unit, 不少于 before', () => {
  assert.equal(formatValue({ value: 80, unit: '家', qualifier: '余' }, 'zh'), '80余家')
  assert.equal(formatValue({ value: 2000, unit: '亿元', qualifier: '余' }, 'zh'), '2,000余亿元')
  assert.equal(formatValue({ value: 6, unit: '%', qualifier: '以上' }, 'zh'), '6%以上')
  assert.equal(formatValue({ value: 400, unit: '个', qualifier: '不少于' }, 'zh'), '不少于 400个')
})
