// The esbuild options dist/ is built with, shared by scripts/build.mjs and the test that holds
// what each command loads before its first output (tests/cli/startup-graph.test.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function bundleOptions(root) {
  const entryPoints = {
    cli: 'src/main.ts',
    'compile-drills': 'scripts/compile-drills.ts',
    'assess-worker': 'src/commands/trainer/worker.ts',
    'check-worker': 'src/commands/check-worker.ts',
    ...LAZY_ENTRIES,
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

// Modules the direct bundles (dist/list.cjs, dist/start.cjs: CommonJS, no splitting) may load
// lazily: entries of the ESM bundle under stable names, so they import them instead of carrying them.
const LAZY_ENTRIES = {
  surface: 'src/cli.ts',
  'set-files': 'src/shell/set-files.ts',
  'bundled-judge': 'src/shell/bundled-judge.ts',
};

/** dist/list.cjs: a bare `list` in one CommonJS file (src/list-main.ts). */
export const listBundleOptions = (root) => directBundleOptions(root, 'list', 'src/list-main.ts');

/** dist/start.cjs: `start <set>` up to its first prompt in one CommonJS file (src/start-main.ts). */
export const startBundleOptions = (root) => directBundleOptions(root, 'start', 'src/start-main.ts');

/** One command run without the command surface, in one CommonJS file that Node starts fast. */
function directBundleOptions(root, name, entry) {
  const lazy = new Map(Object.entries(LAZY_ENTRIES).map(([out, src]) => [join(root, src), out]));
  return {
    ...bundleOptions(root),
    entryPoints: { [name]: entry },
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    splitting: false,
    banner: {},
    plugins: [
      lazyChildProcess,
      {
        // A lazy import of our own code goes to the ESM bundle's entry; a dependency's (chalk) is
        // small enough to carry. Any other would bring its whole graph in: the build stops.
        name: 'lazy-to-esm-entries',
        setup(b) {
          b.onResolve({ filter: /^\./ }, async (args) => {
            if (args.kind !== 'dynamic-import') return undefined;
            const found = await b.resolve(args.path, {
              kind: 'import-statement',
              resolveDir: args.resolveDir,
            });
            const name = lazy.get(found.path.replace(/\.js$/, '.ts'));
            if (name) return { path: `./${name}.js`, external: true };
            return { errors: [{ text: `${name}.cjs: lazy import ${args.path} is no ESM entry` }] };
          });
        },
      },
    ],
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
