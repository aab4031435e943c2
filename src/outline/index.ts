export { readOutline } from './build.js'
export type { Outline, Section, Meta } from './types.js'
export { matchLabel } from './labels.js'
