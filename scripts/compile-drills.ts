// Build step: bundled YAML sets → dist/drills/*.json (+ index), and the published JSON Schema.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { drillSetJsonSchema } from '../src/drills/json-schema.js';
import { toSetSummary } from '../src/drills/set-summary.js';
import { formatProblem } from '../src/errors.js';
import { prebuiltIndexes } from '../src/judge/phrases/prebuilt-indexes.js';
import type { JudgeResources } from '../src/judge/resources.js';
import { compiledResourcesFile } from '../src/shell/bundled-judge.js';
import { phraseIndexFile, phraseIndexText } from '../src/shell/phrase-index-file.js';
import { loadJudgeResources } from '../src/shell/phrase-list-files.js';
import { findSetFiles, readSetFile } from '../src/shell/set-files.js';

const [drillsDir, outDir, schemaDir] = process.argv.slice(2);
if (!drillsDir || !outDir || !schemaDir)
  throw new Error('usage: compile-drills <drills> <out> <schema-dir>');
mkdirSync(outDir, { recursive: true });
const index = [];
let skipped = 0;
for (const file of findSetFiles(drillsDir)) {
  const parsed = readSetFile(file);
  const rel = relative(join(drillsDir, '..'), file);
  if (!parsed.ok) {
    skipped++;
    process.stderr.write(
      `build: skipped ${rel} (${parsed.problems.length} problem(s)); first: ${formatProblem(parsed.problems[0]!)}\n`,
    );
    continue;
  }
  const { set, hash } = parsed.loaded;
  const name = `${set.id}.${set.lang}.json`;
  writeFileSync(join(outDir, name), JSON.stringify({ set, hash, file: rel }));
  index.push({ ...toSetSummary(set, hash, rel), json: name });
}
writeFileSync(join(outDir, 'index.json'), JSON.stringify(index));

// The phrase lists, compiled once here; a broken list is reported and left to the run-time loader.
// With them, the detector's word indexes of the lists as read back from that file, stamped with it.
try {
  const bytes = Buffer.from(JSON.stringify(loadJudgeResources(drillsDir)));
  writeFileSync(join(outDir, basename(compiledResourcesFile(''))), bytes);
  const { phraseLists } = JSON.parse(bytes.toString('utf8')) as JudgeResources;
  writeFileSync(
    join(outDir, basename(phraseIndexFile(''))),
    phraseIndexText(bytes, prebuiltIndexes(phraseLists)),
  );
} catch (error) {
  process.stderr.write(`build: phrase lists not compiled: ${(error as Error).message}\n`);
}

const schemaFile = join(schemaDir, 'drill-set.schema.json');
const schemaText = `${JSON.stringify(drillSetJsonSchema(), null, 2)}\n`;
mkdirSync(schemaDir, { recursive: true });
let old = '';
try {
  old = readFileSync(schemaFile, 'utf8');
} catch {}
if (old !== schemaText) writeFileSync(schemaFile, schemaText);
if (skipped)
  process.stderr.write(
    `build: ${skipped} drill file(s) skipped; run \`cs-drill validate drills\` for every problem\n`,
  );
