import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Bundles a source module to plain JS, so real child processes can run it. */
export async function bundleForChild(entry: string): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'cs-drill-bundle-')), 'module.mjs');
  await build({
    entryPoints: [new URL(`../../${entry}`, import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    logLevel: 'error',
  });
  return out;
}
