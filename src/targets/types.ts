export type Measure = 'amount' | 'growth' | 'share'
export type Role = 'target' | 'actual'

/** A quantified figure of a report: an indicator, its number and what kind of number it is. */
export interface Target {
  /** t1, t2 … in document order. */
  id: string
  metric: string
  value: number
  /** Upper end of a range; `value` is the lower end. */
  high?: number
  unit: string
  measure: Measure
  qualifier: string | null
  role: Role
  period: string | null
  /** Id of the innermost section holding the figure (null in the preamble). */
  section: string | null
  /** The clause the figure was read from, as written. */
  text: string
  line: number
  column: number
  /** Lower values are better (unemployment, energy use per unit of GDP …). */
  lowerIsBetter: boolean
}
