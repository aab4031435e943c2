import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { root } from './helpers.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const skip = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH): browser tests skipped`
const bin = join(root, 'bin', 'run.js')
const tmp = mkdtempSync(join(tmpdir(), 'reportdiff-html-'))

function report(oldPath: string, newPath: string, out: string): string {
  const r = spawnSync(process.execPath, [bin, 'compare', oldPath, newPath, '--format', 'html', '-o', out], { encoding: 'utf8' })
  assert.equal(r.status, 0, r.stderr)
  return out
}

async function withPage(fn: (page: Page, seen: { errors: string[]; requests: string[]; dialogs: string[] }) => Promise<void>): Promise<void> {
  const { chromium } = await import('playwright-core')
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const seen = { errors: [] as string[], requests: [] as string[], dialogs: [] as string[] }
    page.on('console', (m) => m.type() === 'error' && seen.errors.push(m.text()))
    page.on('pageerror', (e) => seen.errors.push(String(e)))
    page.on('request', (r) => seen.requests.push(r.url()))
    page.on('dialog', (d) => {
      seen.dialogs.push(d.message())
      void d.dismiss()
    })
    await fn(page, seen)
  } finally {
    await browser.close()
  }
}

test('the HTML report of the sample pair in Chromium: counts, filters, n / p, no errors, a screenshot', { skip }, async () => {
  const oldPath = join(root, 'samples/zh/qinghe-2024-plan.txt')
  const newPath = join(root, 'samples/zh/qinghe-2025-plan.txt')
  const file = report(oldPath, newPath, join(tmp, 'report.html'))
  const json = JSON.parse(spawnSync(process.execPath, [bin, 'compare', oldPath, newPath, '--json'], { encoding: 'utf8' }).stdout)
  await withPage(async (page, seen) => {
    await page.goto(pathToFileURL(file).href)
    // The summary says what the JSON says.
    const counts = await page.$$eval('[data-count]', (els) => els.map((e) => [e.getAttribute('data-count'), Number(e.textContent)] as const))
    assert.ok(counts.length >= 10)
    for (const [key, value] of counts) {
      const [group, status] = key!.split('.')
      assert.equal(value, json.summary[group][status], key!)
    }
    // Unchanged sections are hidden, and shown again when the filter is off.
    const unchanged = await page.locator('article.pair.unchanged').count()
    assert.ok(unchanged > 0, 'the sample pair has unchanged sections')
    assert.equal(await page.locator('article.pair.unchanged:visible').count(), 0)
    await page.uncheck('#hide-unchanged')
    assert.equal(await page.locator('article.pair.unchanged:visible').count(), unchanged)
    await page.check('#hide-unchanged')
    // n moves to the next change, p back.
    const changes = page.locator('tr.change')
    await page.keyboard.press('n')
    assert.equal(await changes.nth(0).evaluate((e) => e.classList.contains('current')), true)
    await page.keyboard.press('n')
    assert.equal(await changes.nth(1).evaluate((e) => e.classList.contains('current')), true)
    assert.equal(await page.locator('tr.current').count(), 1)
    await page.keyboard.press('p')
    assert.equal(await changes.nth(0).evaluate((e) => e.classList.contains('current')), true)
    // Targets only hides the sections; the status filter narrows the targets table.
    await page.check('#targets-only')
    assert.equal(await page.locator('#sections').isVisible(), false)
    await page.selectOption('#target-filter', 'raised')
    const shown = await page.$$eval('#targets tbody tr', (rows) => rows.filter((r) => !r.hidden).map((r) => r.getAttribute('data-status')))
    assert.equal(shown.length, json.summary.targets.raised)
    assert.ok(shown.every((s) => s === 'raised'))
    // Sorting by a column reorders the rows.
    await page.selectOption('#target-filter', 'all')
    await page.click('#targets th:nth-child(5)')
    const statuses = await page.$$eval('#targets tbody tr', (rows) => rows.map((r) => r.getAttribute('data-status') ?? ''))
    assert.deepEqual(statuses, [...statuses].sort((a, b) => a.localeCompare(b)))
    assert.deepEqual(seen.errors, [])
    assert.deepEqual(seen.requests.filter((u) => !u.startsWith('file:')), [])
    mkdirSync(join(root, 'test', 'output'), { recursive: true })
    await page.uncheck('#targets-only')
    const png = await page.screenshot({ path: join(root, 'test', 'output', 'report.png') })
    assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47])
    assert.ok(png.length > 20_000, 'a screenshot with something on it')
  })
})

const PAYLOADS = [
  '<script>window.__pwned = 1; alert("script")</script>',
  '<img src=x onerror="window.__pwned = 2; alert(\'img\')">',
  '<a href="javascript:alert(3)">click</a> [md link](javascript:alert(4))',
  '</style><style>body{display:none}</style>',
  '<base href="http://198.51.100.7/">',
  '<iframe src="http://198.51.100.7/frame"></iframe>',
  '<!-- comment --> --!> <svg onload="alert(5)">',
]

function hostile(kind: 'txt' | 'md' | 'html'): string {
  const body = PAYLOADS.join(' ')
  if (kind === 'html') {
    return `<html><head><title>t</title></head><body><h1>关于2024年计划的报告</h1><h2>一、总体情况 ${PAYLOADS[0]}</h2><p>地区生产总值增长6%。${body}</p><h2>二、主要任务 ${PAYLOADS[1]}</h2><p>新建学校5所。${body}</p></body></html>`
  }
  if (kind === 'md') return `# 关于2024年计划的报告\n\n## 一、总体情况 ${PAYLOADS[0]}\n\n地区生产总值增长6%。${body}\n\n## 二、主要任务 ${PAYLOADS[2]}\n\n新建学校5所。${body}\n`
  return `关于2024年计划的报告\n\n一、总体情况${PAYLOADS[1]}\n\n地区生产总值增长6%。${body}\n\n二、主要任务${PAYLOADS[3]}\n\n新建学校5所。${body}\n`
}

for (const kind of ['txt', 'md', 'html'] as const) {
  test(`hostile ${kind} input renders as inert text: no dialog, no script, no request`, { skip }, async () => {
    const clean = join(tmp, `clean.${kind}`)
    const bad = join(tmp, `bad.${kind}`)
    writeFileSync(clean, kind === 'html' ? '<html><body><h1>关于2024年计划的报告</h1><h2>一、总体情况</h2><p>地区生产总值增长5%。</p></body></html>' : kind === 'md' ? '# 关于2024年计划的报告\n\n## 一、总体情况\n\n地区生产总值增长5%。\n' : '关于2024年计划的报告\n\n一、总体情况\n\n地区生产总值增长5%。\n')
    writeFileSync(bad, hostile(kind))
    const file = report(clean, bad, join(tmp, `hostile-${kind}.html`))
    await withPage(async (page, seen) => {
      await page.goto(pathToFileURL(file).href)
      await page.uncheck('#hide-unchanged')
      await page.keyboard.press('n')
      await page.waitForTimeout(200)
      assert.deepEqual(seen.dialogs, [])
      assert.equal(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned), undefined)
      assert.deepEqual(seen.requests.filter((u) => !u.startsWith('file:')), [])
      // Nothing from the documents became markup: one script and one style (the page's own), no frames, images, bases or handlers.
      const injected = {
        scripts: await page.locator('script').count(),
        styles: await page.locator('style').count(),
        foreign: await page.locator('iframe, base, img, object, embed, svg:not(.chart), a[href^="javascript:"]').count(),
        handlers: await page.$$eval('*', (els) => els.filter((e) => Array.from(e.attributes as ArrayLike<{ name: string }>).some((a) => a.name.startsWith('on'))).length),
      }
      assert.deepEqual(injected, { scripts: 1, styles: 1, foreign: 0, handlers: 0 })
      assert.equal(await page.locator('body').isVisible(), true)
      if (kind === 'txt') assert.match(await page.locator('main').innerText(), /<img src=x onerror=/)
    })
  })
}
