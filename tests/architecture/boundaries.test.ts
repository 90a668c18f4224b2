import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** Lints planted files with the project's own biome.json; returns "rule path" per diagnostic. */
function lintPlanted(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cs-drill-layers-'));
  const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));
  delete config.$schema;
  config.vcs = { enabled: false };
  writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = spawnSync(
    join(root, 'node_modules', '.bin', 'biome'),
    ['lint', '--reporter=json', '.'],
    {
      cwd: dir,
      encoding: 'utf8',
    },
  );
  rmSync(dir, { recursive: true, force: true });
  const report = JSON.parse(run.stdout) as {
    diagnostics: { category: string; location: { path: string } }[];
  };
  return report.diagnostics
    .map((d) => `${d.category.replace('lint/', '')} ${d.location.path}`)
    .sort();
}

describe('the layers, as the linter holds them (docs/architecture.md)', () => {
  it('fails an import that runs back up into commands/, static or lazy', () => {
    expect(
      lintPlanted({
        'src/commands/trainer/report.ts': 'export const a = 1;\n',
        'src/render/up.ts':
          "import { a } from '../commands/trainer/report.js';\nexport const b = a;\n",
        'src/formats/lazy.ts':
          "export const load = () => import('../commands/trainer/report.js');\n",
        'src/answers/up.ts': "export { a } from '../commands/trainer/report.js';\n",
        // A command may import anything below it.
        'src/commands/list.ts': "import { b } from '../render/up.js';\nexport const c = b;\n",
      }),
    ).toEqual([
      'style/noRestrictedImports src/answers/up.ts',
      'style/noRestrictedImports src/formats/lazy.ts',
      'style/noRestrictedImports src/render/up.ts',
    ]);
  });

  it('fails an import from one command family into the other', () => {
    expect(
      lintPlanted({
        'src/commands/progress/rows.ts': 'export const rows = 1;\n',
        'src/commands/trainer/text.ts': 'export const text = 1;\n',
        'src/commands/trainer/report.ts':
          "import { rows } from '../progress/rows.js';\nexport const r = rows;\n",
        'src/commands/progress/stats.ts':
          "import { text } from '../trainer/text.js';\nexport const t = text;\n",
        // Both may use what is shared, and a single command may use either family.
        'src/commands/shared.ts': 'export const shared = 1;\n',
        'src/commands/trainer/assess.ts':
          "import { shared } from '../shared.js';\nexport const a = shared;\n",
        'src/commands/list.ts':
          "import { rows } from './progress/rows.js';\nexport const l = rows;\n",
      }),
    ).toEqual([
      'style/noRestrictedImports src/commands/progress/stats.ts',
      'style/noRestrictedImports src/commands/trainer/report.ts',
    ]);
  });

  it('fails file access, process and CliError in the core, and the shell imported from it', () => {
    expect(
      lintPlanted({
        'src/errors.ts':
          'export class CliError extends Error {}\nexport type Problem = { code: string };\n',
        'src/judge/io.ts':
          "import { readFileSync } from 'node:fs';\nexport const c = readFileSync;\n",
        'src/session/env.ts': 'export const home = () => process.env.HOME;\n',
        'src/drills/throws.ts':
          "import { CliError } from '../errors.js';\nexport const e = new CliError();\n",
        'src/stats/prints.ts':
          "import { style } from '../render/style.js';\nexport const s = style;\n",
        'src/render/style.ts': 'export const style = 1;\n',
        // Problems as data are fine in the core.
        'src/drills/problems.ts':
          "import type { Problem } from '../errors.js';\nexport const p: Problem = { code: 'x' };\n",
      }),
    ).toEqual([
      'style/noRestrictedGlobals src/session/env.ts',
      'style/noRestrictedImports src/drills/throws.ts',
      'style/noRestrictedImports src/judge/io.ts',
      'style/noRestrictedImports src/stats/prints.ts',
    ]);
  });

  it('fails an import cycle', () => {
    expect(
      lintPlanted({
        'src/render/one.ts': "import { f } from './two.js';\nexport const e = () => f();\n",
        'src/render/two.ts': "import { e } from './one.js';\nexport const f = () => e;\n",
      }),
    ).toEqual([
      'suspicious/noImportCycles src/render/one.ts',
      'suspicious/noImportCycles src/render/two.ts',
    ]);
  });
});
