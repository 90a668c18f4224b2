// Bundles the CLI with code splitting (so --version loads no prompts, YAML or judge code),
// then compiles the bundled drill sets to JSON so `list` and `start` parse no YAML.
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Build beside dist/ and swap it in at the end, so a running cs-drill (or a test) never sees
// a half-built dist/.
const dist = join(root, 'dist');
const staging = join(root, `.dist-${process.pid}`);
rmSync(staging, { recursive: true, force: true });

const entryPoints = {
  cli: 'src/main.ts',
  'compile-drills': 'src/drills/compile-main.ts',
  'assess-worker': 'src/answers/sheets/assess-worker.ts',
};
if (existsSync(join(root, 'src/eval/main.ts'))) entryPoints.eval = 'src/eval/main.ts';

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

await build({
  absWorkingDir: root,
  entryPoints,
  outdir: staging,
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
});

try {
  execFileSync(
    process.execPath,
    [
      join(staging, 'compile-drills.js'),
      join(root, 'drills'),
      join(staging, 'drills'),
      join(root, 'schema'),
    ],
    {
      stdio: 'inherit',
    },
  );
  rmSync(dist, { recursive: true, force: true });
  renameSync(staging, dist);
} finally {
  rmSync(staging, { recursive: true, force: true });
}
