#!/usr/bin/env node
// The package's entry module (`node dist/cli.js`). The installed dist/cli.js is made by
// scripts/bundle-cli.mjs and does the same, as does the package's command, dist/kiln.cjs: it runs
// the command when it is the program, and exports main() for the callers that import it.
import { main, runIfProgram } from './cli/main.js';

export type { CliIo } from './cli/main.js';
export { main };

await runIfProgram(import.meta.url);
