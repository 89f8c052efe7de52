#!/usr/bin/env node
// Entry point of the `regietafel` command: runs the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
const args = process.argv.slice(2);
const { run } = await import('../src/cli/main.ts');
const code = await run(args);
// `serve` keeps running until a signal stops it; every other command ends with its exit code.
if (args[0] !== 'serve' || code !== 0) process.exit(code);
