// Bundles the CLI with code splitting (so --version loads no prompts, YAML or judge code),
// then compiles the bundled drill sets to JSON so `list` and `start` parse no YAML; a plain
// --help (dist/help.json) and a bare `list` (dist/list.cjs) get their own CommonJS shortcuts;
// `list` and `start` are loaded through dist/code-cache.cjs on Node 20.
// Skips all of it when dist/ was built from the same inputs (--force builds anyway), so
// `npm test`, `npm run bench` and `npm run eval` share one build, even when run at once.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputsHash } from './build-inputs.mjs';
import { bundleOptions, listBundleOptions, startBundleOptions } from './bundle-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const stamp = 'build-inputs.sha256';
const hash = inputsHash(root);
if (!process.argv.includes('--force') && readStamp(join(dist, stamp)) === hash) process.exit(0);

// Build beside dist/ and swap it in at the end, so a running cs-drill (or a test) never sees
// a half-built dist/.
const { build } = await import('esbuild');
const staging = join(root, `.dist-${process.pid}`);
rmSync(staging, { recursive: true, force: true });

await build({ ...bundleOptions(root), outdir: staging });

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
  // Plain --help, as Commander prints it at 80 columns in each language, for bin/cs-drill.cjs.
  const help = {};
  for (const lang of ['en', 'zh-Hans'])
    help[lang] = execFileSync(process.execPath, [join(staging, 'cli.js'), '--help'], {
      env: { ...process.env, CS_DRILL_LANG: lang },
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
  writeFileSync(join(staging, 'help.json'), JSON.stringify(help));
  await build({
    ...bundleOptions(root),
    entryPoints: {
      'fast-help': 'src/shell/fast-help.ts',
      'code-cache': 'src/shell/code-cache.ts',
    },
    outdir: staging,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    splitting: false,
    banner: {},
  });
  await build({ ...listBundleOptions(root), outdir: staging });
  await build({ ...startBundleOptions(root), outdir: staging });
  writeFileSync(join(staging, stamp), `${hash}\n`);
  // Two renames, so dist/ is missing for an instant only, not for as long as deleting it takes.
  const old = join(root, `.dist-old-${process.pid}`);
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(staging, dist);
  rmSync(old, { recursive: true, force: true });
} finally {
  rmSync(staging, { recursive: true, force: true });
}

function readStamp(file) {
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}
