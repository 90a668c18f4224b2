#!/usr/bin/env node
// CommonJS on purpose: Node starts a CommonJS file faster than an ES module, so
// `--version` answers without loading the ESM bundle at all.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  import('../dist/cli.js');
}
