// The floor for batch assessment: read and YAML-parse every sheet of a directory in one
// process, nothing else. `node bench/floors/read-yaml.mjs <dir>`
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const dir = process.argv[2];
let keys = 0;
for (const name of readdirSync(dir).sort()) {
  const doc = parse(readFileSync(join(dir, name), 'utf8'));
  keys += Object.keys(doc.answers ?? {}).length;
}
process.stdout.write(`${keys}\n`);
