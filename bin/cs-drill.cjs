#!/usr/bin/env node
// CommonJS on purpose: Node starts a CommonJS file faster than an ES module, so `--version`,
// a plain `--help` (its text captured at build time), a bare `list` and `start` (each bundled
// on its own) answer without loading the ESM bundle.
// Node ≥ 22.1 keeps the code it compiled for the next run (in the system's temp directory);
// on Node 20, the `list` and `start` bundles keep their own (dist/code-cache.cjs).
const { enableCompileCache } = require('node:module');
enableCompileCache?.();
const args = process.argv.slice(2);
const version = () => require('../package.json').version;
const packageRoot = () => require('node:path').join(__dirname, '..');
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${version()}\n`);
} else if (args.length === 1 && args[0] === 'list') {
  (enableCompileCache
    ? require('../dist/list.cjs')
    : require('../dist/code-cache.cjs').requireCached(require.resolve('../dist/list.cjs'))
  ).bareList(version(), packageRoot());
} else if (
  args[0] === 'start' &&
  (enableCompileCache
    ? require('../dist/start.cjs')
    : require('../dist/code-cache.cjs').requireCached(require.resolve('../dist/start.cjs'))
  ).directStart(args, version(), packageRoot())
) {
  // Started; a command line it does not read plainly goes the ordinary way below.
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
