/**
 * Levels follow the order in which numbering styles appear, as a reader sees
 * them: a style met inside another nests one deeper; a style seen before keeps
 * its level. A new style whose number continues an open one ("（2）" after "（一）")
 * is a slip of that style, not a new level: nested lists start at 1.
 */
export class LevelStack {
  private stack: { style: string; number: number }[] = []
  private known = new Map<string, number>()

  private static family(style: string): string {
    if (style === 'zh-paren' || style === 'arabic-paren') return 'paren'
    if (style === 'zh-num' || style === 'arabic') return 'dot'
    return style
  }

  /** The level (1-based) of a heading of `style` numbered `number`. */
  assign(style: string, number: number): number {
    // An appendix stands beside the report's top parts, wherever its numbering first appears.
    // (So do a report's notes.)
    if (style === 'en-appendix' || style === 'en-annex' || style === 'notes') {
      this.stack.length = 0
      this.stack.push({ style, number })
      this.known.set(style, 1)
      return 1
    }
    // A box (专栏) numbers its items from 1 again, inside it, even when that style is open outside.
    if (number === 1 && this.stack[this.stack.length - 1]?.style === 'column' && this.stack.some((e) => e.style === style)) {
      this.stack.push({ style, number })
      return this.stack.length
    }
    // A style open twice (outside a box and in it): the one this number continues, else the inner one.
    const at = this.open(style, number)
    if (at >= 0) {
      this.stack.length = at + 1
      this.stack[at].number = number
      return at + 1
    }
    const level = this.known.get(style)
    if (level !== undefined && level <= this.stack.length + 1) {
      this.stack.length = level - 1
      this.stack.push({ style, number })
      return level
    }
    if (level === undefined && number > 1) {
      const fam = LevelStack.family(style)
      const slip = this.stack.findIndex((e) => e.number + 1 === number && LevelStack.family(e.style) === fam)
      if (slip >= 0) {
        this.stack.length = slip + 1
        this.stack[slip].number = number
        return slip + 1
      }
    }
    this.stack.push({ style, number })
    this.known.set(style, this.stack.length)
    return this.stack.length
  }

  private open(style: string, number: number): number {
    let inner = -1
    for (let k = this.stack.length - 1; k >= 0; k--) {
      if (this.stack[k].style !== style) continue
      if (this.stack[k].number + 1 === number) return k
      if (inner < 0) inner = k
    }
    return inner
  }

  /** The number expected next for an open style, for spotting items glued mid-line. */
  expected(style: string): number | undefined {
    const e = this.stack.findLast((x) => x.style === style)
    return e ? e.number + 1 : undefined
  }

}
