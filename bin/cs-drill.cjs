#!/usr/bin/env node
// CommonJS on purpose: Node starts a CommonJS file faster than an ES module, so `--version`,
// a plain `--help` (its text captured at build time) and a bare `list` (bundled on its own)
// answer without loading the ESM bundle.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${require('../package.json').version}\n`);
} else if (args.length === 1 && args[0] === 'list') {
  require('../dist/list.cjs').bareList(
    require('../package.json').version,
    require('node:path').join(__dirname, '..'),
  );
} else {
  const help = require('../dist/fast-help.cjs').precomputedHelp(
    args,
    process.env,
    process.stdout,
    () => require('../dist/help.json'),
  );
  if (help !== undefined) process.stdout.write(help);
  else import('../dist/cli.js');
}
