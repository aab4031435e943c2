import type { Section } from '../outline/types.js'

/** A heading as a reader sees it: its label and title, spaced unless the label ends in 、 . ： */
export function headingText(s: Pick<Section, 'label' | 'title'>): string {
  return `${s.label}${s.label && !/[、.．:：]$/.test(s.label) ? ' ' : ''}${s.title}`
}
