/** The report's stylesheet: light and dark, phone width, print. No external resources. */
export const CSS = `
:root{--bg:#fff;--fg:#1d2430;--muted:#5b6575;--line:#dde2ea;--card:#f6f8fb;--del:#ffe1e1;--delfg:#8a1f1f;--ins:#daf5df;--insfg:#145c26;--accent:#2656c9;--raised:#1c7c3c;--lowered:#b3261e;--kept:#5b6575;--dropped:#8a3fb0;--added:#0b7a8a;--current:#ffe8a3}
@media (prefers-color-scheme:dark){:root{--bg:#14181f;--fg:#e4e8ef;--muted:#9aa5b5;--line:#2c3340;--card:#1b2029;--del:#4a2125;--delfg:#ffc2c2;--ins:#1d3d27;--insfg:#b8f0c6;--accent:#8fb0ff;--raised:#6fd28f;--lowered:#ff8f86;--kept:#9aa5b5;--dropped:#d8a2f5;--added:#6fd6e3;--current:#5a4a12}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.6 system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif}
a{color:var(--accent)}
.wrap{max-width:1200px;margin:0 auto;padding:0 16px}
header.top{border-bottom:1px solid var(--line);padding:16px 0 8px}
header.top h1{font-size:1.35em;margin:0 0 4px}
.files,.tool{color:var(--muted);margin:2px 0;font-size:.9em}
.arrow{color:var(--muted);padding:0 .4em}
nav.controls{position:sticky;top:0;z-index:5;background:var(--bg);border-bottom:1px solid var(--line);margin:0 -16px;padding:8px 16px;display:flex;flex-wrap:wrap;gap:16px;align-items:center;font-size:.9em}
nav.controls kbd{border:1px solid var(--line);border-radius:4px;padding:0 5px;background:var(--card)}
section{margin:24px 0}
h2{font-size:1.15em;border-bottom:1px solid var(--line);padding-bottom:4px}
.counts{display:flex;flex-wrap:wrap;gap:8px;padding:0;margin:0;list-style:none}
.counts li{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:4px 10px}
.counts b{font-variant-numeric:tabular-nums}
svg.chart{max-width:100%;height:auto;margin-top:12px}
svg.chart text{fill:var(--fg);font-size:12px}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th[data-sort]{cursor:pointer;user-select:none}
th[data-sort]::after{content:" ⇅";color:var(--muted)}
td.num{font-variant-numeric:tabular-nums;white-space:nowrap}
.st{white-space:nowrap;font-weight:600}
.st-raised,.st-exceeded,.st-met{color:var(--raised)}.st-lowered,.st-missed{color:var(--lowered)}.st-kept{color:var(--kept)}.st-dropped{color:var(--dropped)}.st-added{color:var(--added)}
.bar-raised,.bar-exceeded,.bar-met{fill:var(--raised)}.bar-lowered,.bar-missed{fill:var(--lowered)}.bar-kept{fill:var(--kept)}.bar-dropped{fill:var(--dropped)}.bar-added{fill:var(--added)}
.map{font-size:.9em}
.map-row{display:grid;grid-template-columns:1fr 9em 1fr;gap:8px;border-bottom:1px solid var(--line);padding:3px 0}
.map-head{font-weight:600}
.map-chunk{content-visibility:auto;contain-intrinsic-size:auto 3000px}
.map .lvl-2{padding-left:1.2em}.map .lvl-3{padding-left:2.4em}.map .lvl-4{padding-left:3.6em}.map .lvl-5,.map .lvl-6{padding-left:4.8em}
.map .opt{color:var(--muted);font-style:italic}
.link-status{text-align:center;white-space:nowrap;color:var(--muted)}
#toc ol{columns:2;padding-left:1.4em}
article.pair{border:1px solid var(--line);border-radius:8px;margin:12px 0;background:var(--card);content-visibility:auto;contain-intrinsic-size:auto 320px}
article.pair>details>summary{padding:8px 12px;cursor:pointer;list-style-position:inside}
article.pair h3{display:inline;font-size:1em;margin:0}
.badge{display:inline-block;border:1px solid var(--line);border-radius:10px;padding:0 8px;margin-left:6px;font-size:.8em;color:var(--muted);background:var(--bg)}
.why{color:var(--muted);font-size:.85em;margin-left:6px}
table.rows{table-layout:fixed;background:var(--bg)}
table.rows td{width:50%;word-wrap:break-word;overflow-wrap:anywhere}
tr.equal td{color:var(--muted)}
tr.gap td{color:var(--muted);font-size:.85em;text-align:center;background:var(--card)}
tr.removed td:first-child{background:var(--del)}tr.added td:last-child{background:var(--ins)}
del{background:var(--del);color:var(--delfg);text-decoration:line-through}
ins{background:var(--ins);color:var(--insfg);text-decoration:none;border-bottom:1px solid var(--insfg)}
tr.current td{outline:2px solid var(--accent);background:var(--current)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.unchanged-note{color:var(--muted);padding:0 12px 8px;margin:0}
body.hide-unchanged article.pair.unchanged{display:none}
body.targets-only #map,body.targets-only #toc,body.targets-only #sections{display:none}
footer{color:var(--muted);font-size:.85em;border-top:1px solid var(--line);padding:12px 0 32px}
@media (max-width:700px){table.rows td{display:block;width:auto}table.rows tr{display:block;border-bottom:1px solid var(--line)}#toc ol{columns:1}.map-row{grid-template-columns:1fr}}
@media print{nav.controls{display:none}details>summary{list-style:none}article.pair{break-inside:avoid;background:none}body{font-size:11pt}a{color:inherit;text-decoration:none}}
`

/**
 * The report's script: filters, sorting, and n / p to walk through changes.
 * It reads only the page itself and makes no requests.
 */
export const JS = `
(() => {
  const $$ = (s, r = document) => Array.from(r.querySelectorAll(s))
  const body = document.body
  const hide = document.getElementById('hide-unchanged')
  const only = document.getElementById('targets-only')
  const apply = () => {
    body.classList.toggle('hide-unchanged', hide.checked)
    body.classList.toggle('targets-only', only.checked)
  }
  hide.addEventListener('change', apply)
  only.addEventListener('change', apply)
  apply()
  const filter = document.getElementById('target-filter')
  if (filter) filter.addEventListener('change', () => {
    for (const tr of $$('#targets tbody tr')) tr.hidden = filter.value !== 'all' && tr.dataset.status !== filter.value
  })
  for (const th of $$('#targets th[data-sort]')) {
    let up = true
    th.addEventListener('click', () => {
      const col = th.cellIndex
      const tbody = th.closest('table').tBodies[0]
      const key = (tr) => tr.cells[col].dataset.value ?? tr.cells[col].textContent
      const num = (v) => (v === '' || isNaN(Number(v)) ? null : Number(v))
      const rows = Array.from(tbody.rows).sort((a, b) => {
        const x = key(a), y = key(b), nx = num(x), ny = num(y)
        const c = nx !== null && ny !== null ? nx - ny : String(x).localeCompare(String(y))
        return up ? c : -c
      })
      up = !up
      tbody.append(...rows)
    })
  }
  let at = -1
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || (e.target instanceof Element && e.target.closest('textarea, select, [contenteditable], input:not([type=checkbox]):not([type=radio])'))) return
    if (e.key !== 'n' && e.key !== 'p') return
    const list = $$('tr.change').filter((tr) => !tr.closest('article.pair').matches('.unchanged') || !body.classList.contains('hide-unchanged'))
    if (!list.length) return
    at = e.key === 'n' ? Math.min(list.length - 1, at + 1) : Math.max(0, at - 1)
    const tr = list[at]
    const d = tr.closest('details')
    if (d) d.open = true
    for (const x of $$('tr.current')) x.classList.remove('current')
    tr.classList.add('current')
    tr.scrollIntoView({ block: 'center' })
  })
})()
`
