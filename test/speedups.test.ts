// The fast paths taken for large reports give the results of the plain
// algorithms they replace: each is checked against that plain version.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { assignEdges, maxWeightAssignment } from '../src/align/assign.js'
import { wordDiff } from '../src/diff/words.js'
import { grouped } from '../src/render/style.js'
import { ZH_FIGURE, zhFigures } from '../src/targets/numbers.js'
import { simTerms, wordTokens } from '../src/text/tokens.js'
import { normalizeText } from '../src/text/normalize.js'
import { squash } from '../src/ingest/summary.js'
import { bigramDice } from '../src/text/similarity.js'

const total = (w: number[][], assignment: number[]) => assignment.reduce((sum, j, i) => sum + (j >= 0 ? w[i][j] : 0), 0)

test('assignment by connected components is as good as the Hungarian algorithm on the whole matrix', () => {
  // Sparse matrices (most weights zero) make several components.
  const matrix = fc.integer({ min: 1, max: 7 }).chain((m) => fc.array(fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: -3, max: 9 })), { minLength: m, maxLength: m }), { minLength: 1, maxLength: 7 }))
  fc.assert(
    fc.property(matrix, (w) => {
      const edges = w.flatMap((row, i) => row.map((x, j) => ({ i, j, w: x })))
      const got = assignEdges(edges, w.length)
      const used = got.filter((j) => j >= 0)
      assert.equal(new Set(used).size, used.length, 'one-to-one')
      got.forEach((j, i) => j >= 0 && assert.ok(w[i][j] > 0, 'only positive pairs'))
      assert.equal(total(w, got), total(w, maxWeightAssignment(w, w[0].length)))
    }),
    { numRuns: 300 },
  )
  // A component too large for an exact solution is matched greedily, still one-to-one.
  assert.deepEqual(assignEdges([{ i: 0, j: 0, w: 0.9 }, { i: 0, j: 1, w: 0.8 }, { i: 1, j: 0, w: 0.8 }, { i: 1, j: 1, w: 0.1 }], 2, 1), [0, 1])
})

test('Chinese figures tried only where one can start are the matches of a full scan', () => {
  const full = new RegExp(ZH_FIGURE.source, 'gu')
  const chars = [...'0123456789.,%两二三四五六七八九十百千零〇一万亿元个至-余多年成为增长，。 ']
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (cs) => {
      const text = cs.join('')
      const key = (m: RegExpMatchArray) => `${m.index}:${m[0]}`
      assert.deepEqual([...zhFigures(text)].map(key), [...text.matchAll(full)].map(key))
    }),
    { numRuns: 500 },
  )
})

/** The similarity terms as first written: regular expressions over the normalised text. */
function plainTerms(text: string): (string | number)[] {
  const out: (string | number)[] = []
  const t = text.normalize('NFKC').toLowerCase().replace(/\d+(?:[.,]\d+)*/g, '#')
  for (const m of t.matchAll(/\p{Script=Han}+|[a-z#][a-z#'-]*/gu)) {
    const run = m[0]
    if (run.charCodeAt(0) >= 0x2e80) {
      if (run.length === 1) out.push(run.charCodeAt(0))
      for (let i = 0; i + 1 < run.length; i++) out.push(run.charCodeAt(i) * 65536 + run.charCodeAt(i + 1))
    } else if (run.length > 2 && !['the', 'and', 'for', 'with', 'that', 'this', 'from', 'will', 'are', 'was', 'were', 'has', 'have', 'its', 'our', 'into', 'per', 'not', 'but', 'all', 'been', 'also', 'which', 'their', 'they', 'than'].includes(run)) out.push(run.replace(/(ies|es|s)$/, ''))
  }
  return out
}

test('similarity terms from one pass over the characters are those of the regular expressions', () => {
  const chars = [...'经济增长发展〇々𠀀𠮷abcXYZ的 ,.-\'#1234５６ＡＢ，。“”']
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 60 }), (cs) => {
      const text = cs.join('')
      const got: (string | number)[] = []
      simTerms(text, (t) => got.push(t))
      assert.deepEqual(got, plainTerms(text))
    }),
    { numRuns: 500 },
  )
})

const marked = (a: string, b: string) => wordDiff(a, b).map((p) => (p.kind === 'equal' ? p.text : p.kind === 'delete' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('')

test('word diffs break only the changed stretch, never a figure or a clause in two', () => {
  assert.equal(marked('Leakage will fall to below 18 per cent of water put into supply.', 'Leakage will fall to below 17 per cent of water put into supply.'), 'Leakage will fall to below [-18 per cent-]{+17 per cent+} of water put into supply.')
  assert.equal(marked('We will replace 40 km of water mains, focusing on the oldest pipes.', 'We will replace 40 km of water mains, including last year\'s contracts, focusing on the oldest pipes.'), "We will replace 40 km of water mains, {+including last year's contracts, +}focusing on the oldest pipes.")
  assert.equal(marked('实施消费提振行动，围绕汽车开展促销。', '深入实施消费提振行动，用好以旧换新政策，围绕汽车开展促销。'), '{+深入+}实施消费提振行动，{+用好以旧换新政策，+}围绕汽车开展促销。')
  assert.equal(marked('地区生产总值增长6.5%左右，新增就业1,200人。', '地区生产总值增长7%左右，新增就业1,260人。'), '地区生产总值增长[-6.5%-]{+7%+}左右，新增就业[-1,200人-]{+1,260人+}。')
  assert.equal(marked('一样的句子。', '一样的句子。'), '一样的句子。')
})

test('thousands separators without ICU are those of toLocaleString', () => {
  fc.assert(fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => assert.equal(grouped(n), n.toLocaleString('en-US'))))
  assert.equal(grouped(1260), '1,260')
})

/** Bigram Dice as first written: a Map of two-character strings. */
function plainDice(a: string, b: string): number {
  if (!a || !b) return 0
  if (a === b) return 1
  if (a.length < 2 || b.length < 2) return a.includes(b) || b.includes(a) ? 0.5 : 0
  const counts = new Map<string, number>()
  for (let i = 0; i + 1 < a.length; i++) counts.set(a.slice(i, i + 2), (counts.get(a.slice(i, i + 2)) ?? 0) + 1)
  let inter = 0
  for (let i = 0; i + 1 < b.length; i++) {
    const c = counts.get(b.slice(i, i + 2))
    if (c) {
      inter++
      counts.set(b.slice(i, i + 2), c - 1)
    }
  }
  return (2 * inter) / (a.length + b.length - 2)
}

test('bigram Dice over sorted numeric bigrams is that of a map of two-character strings', () => {
  // Few distinct characters, so that bigrams repeat; astral characters split into surrogate halves.
  const text = fc.array(fc.constantFrom(...'经济增长发展aab 𠮷，'), { maxLength: 300 }).map((cs) => cs.join(''))
  fc.assert(
    fc.property(text, text, (a, b) => assert.equal(bigramDice(a, b), plainDice(a, b))),
    { numRuns: 500 },
  )
})

test('squashing by a lookup table drops what the Unicode-property expression drops', () => {
  // Spaces, ASCII, CJK and astral punctuation (𐄀 is one), letters on either side of a surrogate pair.
  const chars = [...'经济 \t\u3000,.，。、；“”（）-—…a1𠮷𐄀𝐀'].concat(['\ud800', '\udc00'])
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 60 }), (cs) => {
      const text = cs.join('')
      assert.equal(squash(text), text.replace(/[\s\p{P}]/gu, ''))
    }),
    { numRuns: 500 },
  )
})

test('text normalisation leaves plain ideographs and ASCII words as they are, and only those', () => {
  const plain = (s: string) => s.normalize('NFKC').replace(/[“”„‟"]/g, '"').replace(/[‘’‚‛']/g, "'").replace(/[—–―‐-]/g, '-').replace(/\s+/g, ' ')
  const chars = [...'经济增长、。aZ09 ０Ａ，“’—﹣ℌ①⼀豈'].concat(['\u9fff', '\u4e00'])
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }), (cs) => {
      const text = cs.join('')
      assert.equal(normalizeText(text), plain(text))
    }),
    { numRuns: 500 },
  )
})

test('word tokens with remembered word breaks are those without', () => {
  const text = fc.array(fc.constantFrom('经济', '增长', '发展', '6.5%', '，', ' ', 'plan', '高质量'), { maxLength: 20 }).map((cs) => cs.join(''))
  fc.assert(
    fc.property(text, text, (a, b) => {
      const memo = new Map<string, string[]>()
      assert.deepEqual(wordTokens(a, memo), wordTokens(a))
      assert.deepEqual(wordTokens(b, memo), wordTokens(b))
    }),
    { numRuns: 200 },
  )
})
