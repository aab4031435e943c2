export { extractTargets } from './extract.js'
export type { Target, Measure, Role } from './types.js'
