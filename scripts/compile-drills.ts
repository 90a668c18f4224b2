// Build step: bundled YAML sets → dist/drills/*.json (+ index), and the published JSON Schema.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { drillSetJsonSchema } from '../src/drills/json-schema.js';
import { toSetSummary } from '../src/drills/set-summary.js';
import { formatProblem } from '../src/errors.js';
import { compiledResourcesFile } from '../src/shell/bundled-judge.js';
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
try {
  const resources = loadJudgeResources(drillsDir);
  writeFileSync(join(outDir, basename(compiledResourcesFile(''))), JSON.stringify(resources));
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
