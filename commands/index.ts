import Sections from './sections.js'

/** oclif's explicit command map (package.json "oclif.commands"). */
export const COMMANDS = {
  sections: Sections,
}
