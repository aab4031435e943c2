import type { LinkStatus } from '../align/types.js'
import type { ChangeStatus } from '../targets/match.js'

/** Symbol and word for each status: never color alone. */
export const LINK_SYMBOL: Record<LinkStatus, string> = { matched: '=', renamed: '~', moved: '↕', split: '<', merged: '>', added: '+', removed: '-' }
export const TARGET_SYMBOL: Record<ChangeStatus, string> = { kept: '＝', raised: '▲', lowered: '▼', dropped: '✕', added: '＋', met: '✓', exceeded: '✓', missed: '✗' }
export const LINK_ORDER: LinkStatus[] = ['matched', 'renamed', 'moved', 'split', 'merged', 'added', 'removed']
export const TARGET_ORDER: ChangeStatus[] = ['kept', 'raised', 'lowered', 'dropped', 'added', 'met', 'exceeded', 'missed']
/** The order a reader wants target changes in: changes first, then what stayed, then what came and went. */
export const CHANGE_ORDER: ChangeStatus[] = ['raised', 'lowered', 'kept', 'dropped', 'added', 'met', 'exceeded', 'missed']
