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
    const at = this.stack.findIndex((e) => e.style === style)
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

  /** The number expected next for an open style, for spotting items glued mid-line. */
  expected(style: string): number | undefined {
    const e = this.stack.find((x) => x.style === style)
    return e ? e.number + 1 : undefined
  }

}
