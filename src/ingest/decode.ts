import { ExitCode, ReportdiffError } from '../errors.js'

export interface Decoded {
  text: string
  encoding: string
}

const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  utf16le: 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  utf16be: 'utf-16be',
  'utf-16be': 'utf-16be',
  gbk: 'gbk',
  gb2312: 'gbk',
  gb18030: 'gb18030',
  big5: 'big5',
  latin1: 'windows-1252',
}

/** The WHATWG label for a user's --encoding value, or an input error. */
export function encodingLabel(name: string, path: string): string {
  const label = ALIASES[name.toLowerCase()] ?? name.toLowerCase()
  try {
    new TextDecoder(label)
  } catch {
    throw new ReportdiffError(`${path}: unknown encoding "${name}"`, ExitCode.usage, 'use utf-8, utf-16le, utf-16be, gbk, gb18030 or big5')
  }
  return label
}

function strict(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return undefined
  }
}

/** UTF-16 without a BOM shows NUL in every other byte for ASCII-range text. */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 4) return undefined
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++
    if (bytes[i + 1] === 0) oddZero++
  }
  const pairs = n / 2
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le'
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be'
  return undefined
}

/** Characters common in Chinese prose, in both scripts: what a right decoding of Chinese bytes is full of. */
const COMMON = new Set('的一是在不了有和人这這中大为為上个個国國我以要他时時来來用们們生到作地于於出就分对對成会會可主发發年动動同工也能下过過子说說产產种種面而方后後多定行学學法所民得经經十三之进進等部度家电電力如水化高自二理起小物现現实實加量都两兩体體制机機当當使点點从從业業本去性好应應开開合还還因由其些然前外天政四日社事平形相全表间間各重新线線内內数數正心反明看原又利比或但质質第向道此变變条條结結解问問意建月公无無系很情者最立代想已通并並提直题題程展五果位入常文总總次品式活设設及管特件长長求老基资資边邊流路级級少图圖统統接知较較将將组組见見计計别別期根论論运運农農指区區强強放决決被做必先回则則任取据據处處府务務改革施城镇鎮市县縣省推加快进一步提升完善服务服務健全保障就业業增长長亿億万萬元')

/** How many of the first characters of a decoding are common Chinese ones. */
function commonness(text: string): number {
  let n = 0
  for (let i = 0; i < Math.min(text.length, 20000); i++) if (COMMON.has(text[i])) n++
  return n
}

/**
 * Decode bytes: a BOM wins, then strict UTF-8, then UTF-16 by its NUL pattern,
 * then GB18030 (a superset of GBK and GB2312, common for Chinese official documents)
 * or Big5 (Taiwan and Hong Kong): both read most double-byte text without an error,
 * so the one whose characters are common Chinese wins.
 * Binary data and bytes no encoding explains are input errors.
 */
export function decode(bytes: Uint8Array, path: string, forced?: string): Decoded {
  if (forced) {
    const label = encodingLabel(forced, path)
    const text = strict(label, bytes)
    if (text === undefined) {
      throw new ReportdiffError(`${path}: the bytes are not valid ${forced}`, ExitCode.input, 'check the file, or omit --encoding to detect it')
    }
    return { text: text.replace(/^\uFEFF/, ''), encoding: label }
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: strict('utf-8', bytes.subarray(3)) ?? new TextDecoder().decode(bytes.subarray(3)), encoding: 'utf-8' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }

  const utf16 = utf16Without(bytes)
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 }

  if (bytes.includes(0)) {
    throw new ReportdiffError(`${path}: looks like a binary file (it contains NUL bytes)`, ExitCode.input, 'give a text, Markdown or HTML report; convert PDF or Word files to text first')
  }
  const utf8 = strict('utf-8', bytes)
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' }
  const gb = strict('gb18030', bytes)
  const big5 = strict('big5', bytes)
  if (big5 !== undefined && (gb === undefined || commonness(big5) > commonness(gb))) return { text: big5, encoding: 'big5' }
  if (gb !== undefined) return { text: gb, encoding: 'gb18030' }
  throw new ReportdiffError(`${path}: cannot tell the text encoding`, ExitCode.input, 'pass --encoding (utf-8, gbk, gb18030, big5, utf-16le …)')
}
