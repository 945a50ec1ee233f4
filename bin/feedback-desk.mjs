#!/usr/bin/env node
// The administrators' command line. Runs the TypeScript sources through tsx so that the
// CLI and the app share one codebase with no separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
