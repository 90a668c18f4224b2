import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Headless Chromium for the HTML checks, or undefined (CI must have it). */
export function findChromium(): string | undefined {
  for (const name of [process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome']) {
    if (name && spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0) return name;
  }
  return undefined;
}

export const chromium = findChromium();
if (!chromium && process.env.CI)
  throw new Error('Chromium is required in CI for the HTML report test (.ci/run installs it)');
if (!chromium)
  console.warn(
    'chromium not found (apt-get install -y chromium, or set CHROMIUM=…): the browser checks are skipped',
  );

export function browse(args: string[], file: string) {
  const profile = mkdtempSync(join(tmpdir(), 'cs-drill-chromium-'));
  return spawnSync(
    chromium!,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${profile}`,
      ...args,
      `file://${file}`,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
}

/** --dump-dom makes Chromium log the page's console (and CSP violations) as "CONSOLE" lines. */
export const consoleLines = (stderr: string) =>
  stderr.split('\n').filter((l) => /:CONSOLE[:(]/.test(l));
