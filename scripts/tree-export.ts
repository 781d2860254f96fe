// Prints the whole tree as JSON on stdout, placeholders filled with the neutral defaults.
import { DEFAULT_PROVIDER } from '../src/config/provider.ts'
import { placeholderValues } from '../src/config/provider-values.ts'
import { exportTree } from '../src/engine/export.ts'
import { tree } from '../src/trees/tree.ts'

process.stdout.write(`${JSON.stringify(exportTree(tree, placeholderValues(DEFAULT_PROVIDER)), null, 2)}\n`)
