#!/usr/bin/env node
// oclif checks the running Node against its own (older) engines range with semver, which costs
// a sixth of the start-up time; ours (package.json "engines") is the stricter one and npm checks it.
process.env.OCLIF_DISABLE_ENGINE_WARNING ??= '1'
const { execute } = await import('@oclif/core')

await execute({ dir: import.meta.url })
