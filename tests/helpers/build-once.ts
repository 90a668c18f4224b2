// vitest globalSetup: builds dist/ once before any test file runs, so every test that spawns the
// binary uses the same fresh build. scripts/build.mjs returns at once when dist/ was built from
// the current sources, so `npx vitest run <file>` costs nothing extra either.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export default function buildOnce(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
}
