// Generates a large report pair from the bundled Chinese samples: the sample's
// sections repeated under new numbers, with figures and some wording changed in
// the new report, until the old report reaches the size asked for.
//   node bench/generate.mjs SIZE_MB OUT_DIR  → OUT_DIR/old-SIZE.txt, OUT_DIR/new-SIZE.txt
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const [mb = '1', out = 'bench/out'] = process.argv.slice(2)
const target = Number(mb) * 1024 * 1024
const here = new URL('..', import.meta.url).pathname
const source = readFileSync(join(here, 'samples/zh/qinghe-2024-plan.txt'), 'utf8')
const body = source.slice(source.indexOf('一、'))
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
const cn = (n) => (n <= 10 ? CN[n - 1] : n < 20 ? `十${CN[n - 11] ?? ''}` : `${CN[Math.floor(n / 10) - 1]}十${CN[(n % 10) - 1] ?? ''}`)
// A deterministic pseudo-random sequence, so every run benchmarks the same inputs.
let seed = 7
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
const WORDS = ['统筹', '推进', '加快', '深化', '巩固', '提升', '完善', '强化', '优化', '拓展']

function part(n, changed) {
  let text = body.replace(/^([一二三四五六七八九十]+)、/gm, (_, k) => `${cn(((n * 3 + CN.indexOf(k)) % 99) + 1)}、`)
  text = text.replace(/(实施|建设|推动)/g, (w) => (rnd() < 0.5 ? WORDS[Math.floor(rnd() * WORDS.length)] : w))
  if (changed) {
    text = text.replace(/(\d+(?:\.\d+)?)(%|个|亿元|万元|家|人|所|处)/g, (m, v, u) => (rnd() < 0.3 ? `${Math.round(Number(v) * (0.8 + rnd() * 0.4) * 10) / 10}${u}` : m))
    text = text.replace(/。([^。\n]{6,30})。/g, (m, s) => (rnd() < 0.05 ? `。${s}，确保取得实效。` : m))
  }
  return `第${cn(n % 99 + 1)}部分 专项报告第${n}号\n\n${text}\n`
}

mkdirSync(out, { recursive: true })
let oldText = '关于某市国民经济和社会发展计划的报告（汇编）\n\n各位代表：\n\n'
let newText = oldText
for (let n = 1; Buffer.byteLength(oldText) < target; n++) {
  seed = n * 7919
  oldText += part(n, false)
  seed = n * 7919
  newText += part(n, true)
}
writeFileSync(join(out, `old-${mb}.txt`), oldText)
writeFileSync(join(out, `new-${mb}.txt`), newText)
console.log(join(out, `old-${mb}.txt`), (Buffer.byteLength(oldText) / 1048576).toFixed(1), 'MB')
