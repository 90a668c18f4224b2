// The esbuild options dist/ is built with, shared by scripts/build.mjs and the test that holds
// what each command loads before its first output (tests/cli/startup-graph.test.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function bundleOptions(root) {
  const entryPoints = {
    cli: 'src/main.ts',
    'compile-drills': 'scripts/compile-drills.ts',
    'assess-worker': 'src/commands/trainer/worker.ts',
  };
  if (existsSync(join(root, 'src/eval/main.ts'))) entryPoints.eval = 'src/eval/main.ts';
  if (existsSync(join(root, 'src/eval/train-main.ts')))
    entryPoints['train-model'] = 'src/eval/train-main.ts';
  return {
    absWorkingDir: root,
    entryPoints,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    charset: 'utf8',
    minifyWhitespace: true,
    minifySyntax: true,
    chunkNames: 'chunks/[name]-[hash]',
    // commander and other CommonJS dependencies call require() for node built-ins.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    logLevel: 'warning',
    plugins: [lazyChildProcess],
  };
}

// Commander requires node:child_process at load time for executable subcommands, which
// cs-drill never uses; loading it costs ~5 ms of every start. Give commander a stand-in that
// loads the real module only if it is ever touched.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'commander')}`)
        ? { path: 'lazy-child-process', namespace: 'lazy' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents:
        "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};
