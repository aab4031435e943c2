import type { Section } from '../outline/types.js'

/** A heading as a reader sees it: its label and title, spaced unless a Chinese title follows a label ending in 、 . ： */
export function headingText(s: Pick<Section, 'label' | 'title'>): string {
  const tight = /[、.．:：]$/.test(s.label) && !/^[A-Za-z0-9]/.test(s.title)
  return `${s.label}${s.label && !tight ? ' ' : ''}${s.title}`
}
