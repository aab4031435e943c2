import Sections from './sections.js'
import Targets from './targets.js'

/** oclif's explicit command map (package.json "oclif.commands"). */
export const COMMANDS = {
  sections: Sections,
  targets: Targets,
}
