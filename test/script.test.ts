import { test } from 'node:test'
import assert from 'node:assert/strict'
import { compareReports } from '../src/index.js'
import { extractTargets } from '../src/targets/extract.js'
import { toSimplified } from '../src/text/script.js'
import { wordTokens } from '../src/text/tokens.js'
import { headings, outline } from './helpers.js'

// Reports written in Traditional script: Hong Kong's policy addresses, Taiwan's plans (written for these tests).
const HK_2024 = ['行政長官2024年施政報告', '', '一、經濟發展', '', '（一）鞏固國際金融中心地位', '', '2023年本地生產總值增長3.2%，失業率回落至2.9%。預計2024年財政赤字為481億元。', '', '二、改善民生', '', '（一）醫療', '全年新增病床400張，輪候時間縮短至12個月以內。', ''].join('\n')
const HK_2025 = HK_2024.replace('行政長官2024年', '行政長官2025年').replace('2023年', '2024年').replace('3.2%', '2.5%').replace('2024年財政赤字為481億元', '2025年財政赤字為670億元').replace('400張', '500張')
const TW_PLAN = ['臺北市政府113年度施政計畫', '', '瀏覽次數：1234', '發佈時間：2024-01-05', '', '壹、前言', '', '本市施政以永續發展為核心。', '', '貳、施政重點', '', '一、經濟發展', '', '（一）推動產業升級', '全年經濟成長率目標3.3%，新增就業機會2萬個。', '', '專欄一：重大建設', '興建社會住宅4,000戶。', '', '參、結語', '', '感謝各位。', ''].join('\n')

test('Traditional script reads as Simplified, character for character, and Simplified text is left as it is', () => {
  assert.equal(toSimplified('本地生產總值增長3.2%，億元'), '本地生产总值增长3.2%，亿元')
  // Same length: an offset in the converted text is an offset in the original.
  for (const s of [HK_2024, TW_PLAN]) assert.equal(toSimplified(s).length, s.length)
  const simplified = '地区生产总值增长6.5%以上，著名的乾坤'
  assert.equal(toSimplified(simplified), simplified)
  // Taiwan's words for a plan and for GDP, as long as the Mainland ones.
  assert.equal(toSimplified('施政計畫，國內生產毛額'), '施政计划，国内生产总值')
})

test('Traditional reports: figures found, named and shown in their own script, compared with Simplified ones', () => {
  const hk = extractTargets(outline(HK_2024))
  const rows = hk.map((t) => `${t.metric}|${t.value}|${t.unit}|${t.measure}|${t.role}|${t.period}`)
  assert.deepEqual(rows, ['本地生產總值|3.2|%|growth|actual|2023', '失業率|2.9|%|share|actual|2023', '財政赤字|481|億元|amount|actual|2024', '新增病床|400|張|amount|actual|2024', '輪候時間|12|個月|amount|actual|2024'])
  assert.equal(hk[2].text, '預計2024年財政赤字為481億元')

  // Two years of the same address: changes by indicator, 億元 compared as 亿元.
  const cmp = compareReports(HK_2024, HK_2025)
  const change = (metric: string) => cmp.targets.find((c) => c.metric === metric)?.status
  assert.equal(change('本地生產總值'), 'lowered')
  assert.equal(change('財政赤字'), 'raised')
  assert.equal(change('新增病床'), 'raised')
  assert.equal(change('失業率'), 'kept')

  // A Simplified edition against the Traditional one: the same indicators.
  const mixed = compareReports(toSimplified(HK_2024), HK_2025)
  assert.equal(mixed.targets.find((c) => c.old?.metric === '本地生产总值')?.new?.metric, '本地生產總值')
  // A figure with its unit is one word of the text diff, in either script.
  assert.deepEqual(wordTokens('新增病床400張').slice(-1), ['400張'])
})

test('Taiwan plans: 壹、貳、參 parts above 一、, years of the 1912 calendar, Traditional page chrome and columns', () => {
  const o = outline(TW_PLAN)
  assert.deepEqual(headings(o), ['1 壹、 前言', '1 貳、 施政重點', '2 一、 經濟發展', '3 （一） 推動產業升級', '4 專欄一： 重大建設', '1 參、 結語'])
  assert.deepEqual(o.doc.removed.map((r) => r.text), ['瀏覽次數：1234', '發佈時間：2024-01-05'])
  const rows = extractTargets(o).map((t) => `${t.metric}|${t.value}|${t.unit}|${t.measure}|${t.role}|${t.period}`)
  // 113年度 is 2024; 計畫 is a plan, so its figures are goals; 成長率 is a rate of growth.
  assert.deepEqual(rows, ['經濟成長率|3.3|%|growth|target|2024', '新增就業機會|2|萬個|amount|target|2024', '興建社會住宅|4000|戶|amount|target|2024'])
})

test('a heading that states a figure is read for targets: English objectives, Chinese numbered goals', () => {
  const en = outline(['Climate Strategy 2024', '', 'Goal 1: Net zero council operations', '', 'Objective 1.1: Reduce emissions by 40% by 2030', '', 'We will retrofit council buildings.', '', 'Objective 1.2: Plant 10,000 trees a year', '', 'Planting continues in every ward.', ''].join('\n'))
  const rows = extractTargets(en).map((t) => `${t.metric}|${t.value}|${t.unit}|${t.role}|${t.period}|${t.line}`)
  assert.deepEqual(rows, ['emissions|-40|%|target|2030|5', 'plant trees|10000|trees|target|2024|9'])
  const zh = outline(['2025年计划', '', '一、主要目标', '', '（一）地区生产总值增长6%左右', '', '坚持稳中求进。', '', '（二）城镇新增就业1.2万人', '', '稳定就业。', ''].join('\n'))
  assert.deepEqual(headings(zh), ['1 一、 主要目标', '2 （一） 地区生产总值增长6%左右', '2 （二） 城镇新增就业1.2万人'])
  assert.deepEqual(extractTargets(zh).map((t) => `${t.metric}|${t.value}|${t.unit}|${t.qualifier}|${t.role}|${t.line}`), ['地区生产总值|6|%|左右|target|5', '城镇新增就业|1.2|万人|null|target|9'])
})
