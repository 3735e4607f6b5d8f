#!/usr/bin/env node
// The `kiln` command: everything else lives in cli.ts, which tests call in-process.
import { main } from './cli.js';

process.exitCode = await main(process.argv.slice(2));
