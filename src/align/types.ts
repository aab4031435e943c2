export type LinkStatus = 'matched' | 'renamed' | 'moved' | 'split' | 'merged' | 'added' | 'removed'

/** Sections of the old and new report that cover the same topic. */
export interface Link {
  status: LinkStatus
  old: string[]
  new: string[]
  /** Combined score 0..1 (absent for added and removed sections). */
  score?: number
  heading?: number
  content?: number
  /** The sections' order differs from their neighbours'. */
  moved?: boolean
  /** Short reason: "heading 0.92 · content 0.71". */
  why: string
}

/**
 * Weights and thresholds of the alignment. The defaults were tuned on the
 * evaluation corpus as a whole and checked on constructed perturbations.
 */
export interface AlignOptions {
  /** Weight of heading similarity (numbering and years removed). Default 0.3. */
  headingWeight: number
  /** Weight of content similarity (TF-IDF cosine, figures masked, half raw, half relative to each side's best). Default 0.5. */
  contentWeight: number
  /** Weight of the position prior. Default 0.06. */
  positionWeight: number
  /** Bonus when the candidate lies under the counterpart of the section's linked parent. Default 0.08. */
  parentWeight: number
  /** Penalty per level of depth between two sections, scaled by heading dissimilarity. Default 0.2. */
  levelWeight: number
  /** Penalty when one section reviews results and the other sets goals. Default 0.15. */
  roleWeight: number
  /** Minimum score for a one-to-one link. Default 0.3. */
  threshold: number
  /** Minimum raw content cosine for a leftover section to join a link as a split or merge piece. Default 0.05. */
  joinCosine: number
  /** A numbered leftover joins a link only when its cosine reaches this share of the link’s own. Default 0.3. */
  joinRatio: number
  /** Candidates per section kept from the inverted index on large inputs. Default 12. */
  candidates: number
}

export const defaultAlignOptions: AlignOptions = {
  headingWeight: 0.3,
  contentWeight: 0.5,
  positionWeight: 0.06,
  parentWeight: 0.08,
  levelWeight: 0.2,
  roleWeight: 0.15,
  threshold: 0.3,
  joinCosine: 0.05,
  joinRatio: 0.3,
  candidates: 12,
}
