// Prints a short report on the shipped tree and exits 1 if the validator finds any problem.
import { PLACEHOLDER_NAMES } from '../src/config/provider-values.ts'
import { summarizeTree } from '../src/engine/summary.ts'
import { describeProblem, validateTree } from '../src/engine/validate.ts'
import { AGENT_WORDING_ENTRIES } from '../src/trees/entries.ts'
import { FACTS } from '../src/trees/facts.ts'
import { stepCodec } from '../src/trees/step-codec.ts'
import { tree } from '../src/trees/tree.ts'

const problems = validateTree(tree, {
  placeholders: PLACEHOLDER_NAMES,
  facts: FACTS,
  agentWordingFrom: AGENT_WORDING_ENTRIES,
})
const summary = summarizeTree(tree)
const { question, step, outcome } = summary.nodesPerKind

console.log('Relay Doctor tree check')
console.log(
  `  nodes:        ${question + step + outcome} (${question} questions, ${step} steps, ${outcome} outcomes)`,
)
console.log(
  `  entries:      ${Object.entries(summary.entries)
    .map(([name, node]) => `${name} → ${node}`)
    .join(', ')}`,
)
console.log(`  paths:        ${summary.paths} distinct paths from the entries to an outcome`)
console.log(`  longest path: ${summary.longestPath} answers`)
if (problems.length === 0) {
  console.log('  problems:     none')
} else {
  console.error(`  problems:     ${problems.length}`)
  for (const problem of problems) console.error(`    - ${describeProblem(problem)}`)
  process.exit(1)
}

// Only once the validator passed: the step code tables assume no unintended cycles.
const codeTablesStarted = performance.now()
const longestCode = stepCodec.longest
const codeTablesMs = (performance.now() - codeTablesStarted).toFixed(1)
console.log(
  `  step codes:   longest ${longestCode} characters, version ${stepCodec.version}, tables ${codeTablesMs} ms`,
)
if (longestCode > 10) {
  console.error('  step codes are longer than 10 characters: make the payload more compact')
  process.exit(1)
}
