// What each command loads before its first output, from the real bundle's module graph: the
// start-up figures depend on it, and a stray static import (the item schemas, YAML, the judge)
// in a shared module adds tens of milliseconds without breaking anything else.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuildOptions, build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bundleOptions,
  listBundleOptions,
  startBundleOptions,
} from '../../scripts/bundle-options.mjs';
import { ROOT } from '../helpers/cli.js';

const HEAVY: Record<string, (input: string) => boolean> = {
  schemas: (i) => i.startsWith('node_modules/zod/'),
  yaml: (i) => i.startsWith('node_modules/yaml/'),
  prompts: (i) => i.startsWith('node_modules/@inquirer/'),
  // The verdict scale is shared data; the rest of src/judge is the judge.
  judge: (i) => i.startsWith('src/judge/') && i !== 'src/judge/verdict.ts',
  opencc: (i) => i.startsWith('node_modules/opencc-js/'),
  scheduler: (i) => i.startsWith('node_modules/ts-fsrs/'),
  'command surface': (i) => i.startsWith('node_modules/commander/') || i === 'src/cli.ts',
};

/** The module graph of a build with these options, written nowhere. */
async function graphOf(options: BuildOptions, dir: string): Promise<Metafile> {
  const out = await build({
    ...options,
    outdir: join(tmpdir(), dir),
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  return out.metafile!;
}

let meta: Metafile;
beforeAll(async () => {
  meta = await graphOf(bundleOptions(ROOT), 'cs-drill-startup-graph');
}, 120_000);

/** The source files loaded by an entry (the CLI, or a command's lazily imported module) before it runs. */
function staticInputs(entry: string): string[] {
  const start = Object.keys(meta.outputs).find((o) => meta.outputs[o]!.entryPoint === entry);
  if (!start) throw new Error(`no output for ${entry}`);
  return staticOf(start);
}

function staticOf(start: string): string[] {
  const seen = new Set<string>();
  const visit = (o: string) => {
    if (seen.has(o)) return;
    seen.add(o);
    for (const i of meta.outputs[o]!.imports)
      if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(start);
  return [...seen].flatMap((o) => Object.keys(meta.outputs[o]?.inputs ?? {}));
}

function heavyIn(entry: string): string[] {
  const inputs = staticInputs(entry);
  return Object.entries(HEAVY)
    .filter(([, isHeavy]) => inputs.some(isHeavy))
    .map(([name]) => name);
}

describe('what loads before the first output', () => {
  it('the entry: nothing heavy, not even the command surface (a bare `list` goes without it)', () => {
    expect(heavyIn('src/main.ts')).toEqual([]);
  });
  it('list: no schemas, YAML, prompts, judge or command surface', () => {
    expect(heavyIn('src/commands/list.ts')).toEqual([]);
  });
  it('the bare `list` bundle (dist/list.cjs): none of it either, its lazy imports left to the ESM bundle', async () => {
    const list = await graphOf(listBundleOptions(ROOT), 'cs-drill-startup-graph-list');
    const [bundle] = Object.values(list.outputs);
    const inputs = Object.keys(bundle!.inputs);
    expect(inputs).toContain('src/commands/list.ts');
    expect(Object.entries(HEAVY).filter(([, isHeavy]) => inputs.some(isHeavy))).toEqual([]);
    expect(bundle!.imports.filter((i) => i.external && !i.path.startsWith('node:'))).toEqual([
      { path: './set-files.js', kind: 'dynamic-import', external: true },
      { path: './surface.js', kind: 'dynamic-import', external: true },
    ]);
  });
  it('start: the prompt library, but no schemas, YAML, judge or scheduler before the first item', () => {
    expect(heavyIn('src/commands/start.ts')).toEqual(['prompts']);
  });
  it('the direct `start` bundle (dist/start.cjs): the prompt library only, the judge left to the ESM bundle', async () => {
    const start = await graphOf(startBundleOptions(ROOT), 'cs-drill-startup-graph-start');
    const [bundle] = Object.values(start.outputs);
    const inputs = Object.keys(bundle!.inputs);
    expect(inputs).toContain('src/commands/start.ts');
    expect(Object.entries(HEAVY).filter(([, isHeavy]) => inputs.some(isHeavy))).toEqual([
      ['prompts', HEAVY.prompts],
    ]);
    const own = new Set(
      bundle!.imports.filter((i) => i.path.startsWith('./')).map((i) => [i.path, i.kind].join(' ')),
    );
    expect([...own].sort()).toEqual([
      './bundled-judge.js dynamic-import',
      './set-files.js dynamic-import',
      './surface.js dynamic-import',
    ]);
  });
  it('the command surface itself: Commander and the help texts, no command', () => {
    const surface = Object.keys(meta.outputs).find((o) =>
      Object.keys(meta.outputs[o]!.inputs).includes('src/cli.ts'),
    )!;
    const inputs = staticOf(surface);
    expect(inputs.some((i) => i.startsWith('src/commands/'))).toBe(false);
    expect(inputs.some((i) => i.startsWith('node_modules/zod/'))).toBe(false);
  });
});
