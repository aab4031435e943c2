// The benchmark: wall time and peak memory of `reportdiff compare` beside
// `git diff --no-index … | diff2html -i stdin -o stdout -s side`, on a corpus
// pair (when ../shared/corpus is there) and on generated 1 MB and 10 MB pairs.
//   npm run bench            (builds first)
//   node bench/run.mjs --sizes 1,10 --runs 3
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = Object.fromEntries(process.argv.slice(2).map((a, i, all) => (a.startsWith('--') ? [a.slice(2), all[i + 1]] : [])).filter((x) => x.length))
const sizes = (args.sizes ?? '1,10').split(',').map(Number)
// Each command runs this many times; the table gives the median time and the highest peak memory.
const runs = Number(args.runs ?? 3)
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const out = join(root, 'bench', 'out')
const cli = join(root, 'bin', 'run.js')
const diff2html = join(root, 'node_modules', '.bin', 'diff2html')
const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

/** Run a shell command; wall seconds and peak resident memory (MB) of its whole process tree. */
function measure(command) {
  const started = process.hrtime.bigint()
  const r = time
    ? spawnSync(time, ['-f', '%M', 'bash', '-c', `${command} > /dev/null`], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync('bash', ['-c', `${command} > /dev/null`], { encoding: 'utf8' })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr}`)
  const kb = time ? Number(r.stderr.trim().split('\n').pop()) : NaN
  return { seconds, memory: kb / 1024 }
}

const pairs = []
const corpus = join(root, '..', 'shared', 'corpus')
if (existsSync(corpus)) pairs.push({ name: 'corpus pair (shenyang 2023 → 2025, 64 KB)', old: join(corpus, 'shenyang-2023-work-report.txt'), new: join(corpus, 'shenyang-2024-exec-2025-plan.txt') })
for (const mb of sizes) {
  if (!existsSync(join(out, `old-${mb}.txt`))) spawnSync(process.execPath, [join(root, 'bench', 'generate.mjs'), String(mb), out], { stdio: 'inherit' })
  pairs.push({ name: `generated ${mb} MB pair`, old: join(out, `old-${mb}.txt`), new: join(out, `new-${mb}.txt`), size: mb })
}

const q = (p) => `'${p.replace(/'/g, "'\\''")}'`
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Seconds until Chromium has loaded a page (the HTML reports), or null without Chromium. */
async function pageLoad(file) {
  if (!existsSync(chromiumPath)) return null
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
  try {
    const page = await browser.newPage()
    const started = Date.now()
    // A page that has not loaded after three minutes is reported as such, not as a time.
    const loaded = await page.goto(`file://${file}`, { waitUntil: 'load', timeout: 180_000 }).then(() => true, () => false)
    return loaded ? (Date.now() - started) / 1000 : Infinity
  } finally {
    await browser.close()
  }
}
const rows = []
for (const p of pairs) {
  const sections = JSON.parse(spawnSync(process.execPath, [cli, 'sections', p.old, '--json'], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout).sections.length
  const tools = {
    'reportdiff compare (terminal)': `${q(process.execPath)} ${q(cli)} compare ${q(p.old)} ${q(p.new)} --no-color`,
    'reportdiff compare --json': `${q(process.execPath)} ${q(cli)} compare ${q(p.old)} ${q(p.new)} --json`,
    'reportdiff compare --format html': `${q(process.execPath)} ${q(cli)} compare ${q(p.old)} ${q(p.new)} --format html`,
    'git diff | diff2html -s side': `git diff --no-index ${q(p.old)} ${q(p.new)} | ${q(diff2html)} -i stdin -o stdout -s side`,
  }
  const active = Object.entries(tools).filter(([tool]) => !(tool.includes('html') && tool.startsWith('reportdiff') && !existsSync(join(root, 'dist', 'src', 'render', 'html'))))
  // The tools take turns, run after run, so that a slow spell of a shared machine falls on all of them.
  const samples = new Map(active.map(([tool]) => [tool, []]))
  for (let run = 0; run < runs; run++) for (const [tool, command] of active) samples.get(tool).push(measure(command))
  for (const [tool, command] of active) {
    const m = { seconds: median(samples.get(tool).map((x) => x.seconds)), memory: Math.max(...samples.get(tool).map((x) => x.memory)) }
    // The HTML outputs are also opened in Chromium: a report must stay usable.
    let load = null
    if (tool.includes('html')) {
      const page = join(out, `page-${rows.length}.html`)
      spawnSync('bash', ['-c', `${command} > ${q(page)}`])
      load = await pageLoad(page)
    }
    rows.push({ input: p.name, sections, tool, ...m, size: p.size, load })
    console.error(`${p.name} · ${tool}: ${m.seconds.toFixed(2)} s (median of ${runs}), ${m.memory.toFixed(0)} MB${load === null ? '' : `, page opens in ${load.toFixed(1)} s`}`)
  }
}

const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version
console.log(`\nreportdiff ${version} · node ${process.version} · ${new Date().toISOString().slice(0, 10)}\n`)
console.log(`Median wall time of ${runs} runs (the tools taking turns); highest peak memory.\n`)
console.log('| input | sections (old) | tool | wall time | peak memory | page opens in |')
console.log('|---|---|---|---|---|---|')
const cell = (s) => s.replace(/\|/g, '\\|')
for (const r of rows) console.log(`| ${r.input} | ${r.sections} | ${cell(r.tool)} | ${r.seconds.toFixed(2)} s | ${Number.isNaN(r.memory) ? 'n/a' : `${r.memory.toFixed(0)} MB`} | ${r.load === null ? '' : r.load === Infinity ? '> 180 s' : `${r.load.toFixed(1)} s`} |`)
const [small, large] = sizes.length >= 2 ? [Math.min(...sizes), Math.max(...sizes)] : []
if (small !== undefined && large !== small) {
  console.log('')
  for (const tool of new Set(rows.map((r) => r.tool))) {
    const a = rows.find((r) => r.tool === tool && r.size === small)
    const b = rows.find((r) => r.tool === tool && r.size === large)
    if (a && b) console.log(`${tool}: ${large} MB / ${small} MB = ${(b.seconds / a.seconds).toFixed(1)}× time`)
  }
}
