/** Sections linked together: indices into the old and new side; (i, j) is the pair that founded the link. */
export interface Group {
  old: number[]
  new: number[]
  i: number
  j: number
}

/** The links being built, indexed from both sides. */
export class Groups {
  readonly list: Group[] = []
  readonly byOld = new Map<number, Group>()
  readonly byNew = new Map<number, Group>()

  found(i: number, j: number): Group {
    const g = { old: [i], new: [j], i, j }
    this.list.push(g)
    this.byOld.set(i, g)
    this.byNew.set(j, g)
    return g
  }

  join(g: Group, fromOld: boolean, k: number): void {
    ;(fromOld ? g.old : g.new).push(k)
    ;(fromOld ? this.byOld : this.byNew).set(k, g)
  }

  of(fromOld: boolean, k: number): Group | undefined {
    return (fromOld ? this.byOld : this.byNew).get(k)
  }
}
