import { toSimplified } from '../text/script.js'

/**
 * Units a figure may carry, longest first so "万平方米" wins over "万".
 * Magnitudes (万 亿 …) are part of the unit as written; `toBase` converts.
 */
const MEASURE_WORDS = [
  '个百分点', '百分点', '个工作日', '工作日', '平方公里', '平方米', '立方米', '公里', '千米', '千瓦时', '千瓦', '兆瓦', '吨标准煤', '标准箱', '吨',
  '公顷', '亩', '斤', '公斤', '元/年/人', '元/平方米', '元/人', '元', '美元', '欧元', '港元', '人次', '户次', '家次', '批次', '架次', '班次', '车次', '人', '户', '家', '所', '条', '座', '处', '栋', '幢', '次', '场', '件',
  '套', '台', '辆', '张', '项', '名', '位', '间', '批', '株', '棵', '宗', '块', '个', '部', '种', '类', '支', '艘', '列', '站', '盏', '根', '片', '段', '届', '起', '份', '期',
  '天', '小时', '分钟', '周', '个月', '年', '岁', '倍', '枚', '头', '只', '羽', '吨公里', '人公里', '吉瓦时', '吉瓦', '‰', '米', '㎡', 'm²', 'km', 'MW', 'GW', 'kW', 'GWh', 'MWh', '微克/立方米', '毫克/立方米', '毫克/升', '分贝', 'dB(A)', 'dB', '毫米', 'EFLOPS', 'PFLOPS', 'Gbps', 'Mbps', '床', '张床',
]
const MAGNITUDES = ['万亿', '千亿', '百亿', '十亿', '亿', '千万', '百万', '十万', '万', '千', '百']
const MAG_VALUE: Record<string, number> = { 万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 十亿: 1e9, 亿: 1e8, 千万: 1e7, 百万: 1e6, 十万: 1e5, 万: 1e4, 千: 1e3, 百: 1e2 }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
/** Regex source for a Chinese unit: optional magnitude, then a measure word, or a magnitude alone. */
// (A rate per span of time is part of its unit: "10万吨/日", "5万吨/年", "20立方米/秒".)
export const ZH_UNIT = `(?:(?:${MAGNITUDES.map(escape).join('|')})?(?:${[...MEASURE_WORDS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?:[/／](?:日|天|年|月|小时|时|秒))?|${MAGNITUDES.map(escape).join('|')})`

const ALIAS: Record<string, string> = { '㎡': '平方米', 'm²': '平方米', km: '公里', 千米: '公里', 百分点: '个百分点', '％': '%', 'per cent': '%', percent: '%', 'percentage points': 'pp', 'percentage point': 'pp', 个百分点: 'pp' }

/** A figure in a comparable form: value × magnitude, unit without magnitude. */
export function toBase(value: number, unit: string): { value: number; unit: string } {
  let u = toSimplified(unit.normalize('NFKC').trim())
  let v = value
  // 千瓦 and 千米 are units of their own, not a thousand 瓦 or 米.
  if (MEASURE_WORDS.includes(u)) return { value: v, unit: ALIAS[u] ?? u }
  for (const m of MAGNITUDES) {
    if (u.startsWith(m) && u !== m + '分点') {
      v *= MAG_VALUE[m]
      u = u.slice(m.length)
      break
    }
  }
  // Scale words, possibly stacked ("Rs 2 lakh crore").
  for (let en = /\b(thousand|million|billion|trillion|lakhs?|crores?|bn)\b/i.exec(u); en; en = /\b(thousand|million|billion|trillion|lakhs?|crores?|bn)\b/i.exec(u)) {
    const f: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 }
    v *= f[en[1].toLowerCase()]
    u = (u.slice(0, en.index) + u.slice(en.index + en[0].length)).replace(/\s+/g, ' ').trim()
  }
  // Carbon dioxide equivalent in tonnes, kilotonnes, megatonnes or gigatonnes ("MtCO2e").
  const carbon = /^([MkG]?)tCO2e$/.exec(u)
  if (carbon) return { value: v * ({ M: 1e6, k: 1e3, G: 1e9 }[carbon[1]] ?? 1), unit: 'tonnes' }
  u = ALIAS[u] ?? u
  // Rupees as the symbol or in letters ("₹450 crore", "Rs. 450 crore") are one currency.
  u = u.replace(/^(?:Rs|INR)(?= |$)/, '₹')
  if (u === '成') return { value: v * 10, unit: '%' }
  if (u === 'times') u = '倍'
  return { value: v, unit: u }
}

const COUNT_WORDS = new Set(['', '个', '座', '处', '家', '户', '所', '项', '条', '名', '人', '位'])
/** Answers by unit pair: a comparison asks about the same few units for every pair of figures. */
const compatible = new Map<string, boolean>()

/** Whether two units measure the same kind of thing (亿元 vs 万元, 个 vs "" …). */
export function compatibleUnits(a: string, b: string): boolean {
  const key = `${a}\u0000${b}`
  let answer = compatible.get(key)
  if (answer === undefined) compatible.set(key, (answer = compatibleBases(toBase(1, a).unit, toBase(1, b).unit)))
  return answer
}

function compatibleBases(x: string, y: string): boolean {
  if (x === y) return true
  // "同比持平" has no unit: a zero growth compares with any rate.
  if ((x === '' && (y === '%' || y === 'pp')) || (y === '' && (x === '%' || x === 'pp'))) return true
  if (COUNT_WORDS.has(x) && COUNT_WORDS.has(y)) return true
  // A table's bare figure under a label that names its rate ("Stillbirth rate per 1,000 births") is that rate.
  if ((x === '' && y.startsWith('per ')) || (y === '' && x.startsWith('per '))) return true
  // English counts by their head noun: "sewer overflow events" and "events", "urban jobs" and "jobs".
  const head = (u: string) => (/^[a-z][a-z -]*$/i.test(u) ? u.toLowerCase().split(' ').pop()!.replace(/s$/, '') : undefined)
  return head(x) !== undefined && head(x) === head(y)
}
