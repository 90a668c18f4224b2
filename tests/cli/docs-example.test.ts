import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

it("the format guide's complete example validates, examples and all", async () => {
  const guide = readFileSync(join(ROOT, 'docs', 'drill-format.md'), 'utf8');
  const blocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const file = join(mkdtempSync(join(tmpdir(), 'cs-drill-doc-')), 'parcel-desk.yaml');
  writeFileSync(file, blocks.at(-1)!);
  const r = await runInProcess(['validate', file]);
  expect(r.stdout).toBe('');
  expect(r.code).toBe(0);
});

it.each([
  ['authoring.md', 'en'],
  ['authoring.zh-Hans.md', 'zh-Hans'],
])(
  "the authoring guide's item and examples (%s) validate through the real judge",
  async (doc, lang) => {
    const guide = readFileSync(join(ROOT, 'docs', doc), 'utf8');
    const [item, examples] = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const file = join(mkdtempSync(join(tmpdir(), 'cs-drill-doc-')), 'parcel-desk.yaml');
    writeFileSync(
      file,
      `format: 1\nid: parcel-desk\nlang: ${lang}\ntitle: T\ndescription: D\nintro: I\nskills: [x]\nitems:\n${item}${examples}`,
    );
    const r = await runInProcess(['validate', file]);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  },
);
