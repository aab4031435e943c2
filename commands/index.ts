import Compare from './compare.js'
import Sections from './sections.js'
import Targets from './targets.js'

/** oclif's explicit command map (package.json "oclif.commands"). */
export const COMMANDS = {
  compare: Compare,
  sections: Sections,
  targets: Targets,
}
