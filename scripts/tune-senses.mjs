// Measures each optional WordNet relation of scripts/synonym-table.mjs on the English
// restatements of the dev sets and the blind rounds of fold A (fold B's rounds and rounds not yet
// run are never read: they measure whether a choice made here transfers): rows it fixes and breaks
// against the table without it, and leave-one-round-out over fold A's rounds (a relation is kept
// for a left-out round when it gains on all the other sets).
// `node scripts/tune-senses.mjs [--base=relation,…] [relation…]`: each relation is measured on top
// of the base relations (none by default).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const BASE = (process.argv.find((a) => a.startsWith('--base='))?.slice(7) ?? '')
  .split(',')
  .filter(Boolean);
const RELATIONS = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const ALL = [
  'similar',
  'similarFirst',
  'rareFirst',
  'verbGroup',
  'alsoSee',
  'derivedSynset',
  'verbKind',
  'phrasalKind',
  'oneSense',
];
/** Fold A of the blind rounds b2612–b2612au (session 26's split); the other rounds are fold B. */
const FOLD_A = ['', 'c', 'e', 'g', 'i', 'k', 'm', 'o', 'q', 's', 'u', 'w', 'y']
  .concat(['aa', 'ac', 'ae', 'ag', 'ai', 'ak', 'am', 'ao', 'aq', 'at'])
  .map((r) => `blind-2026-12${r}`);
const LEFT_OUT = FOLD_A;
const OWN_PROBE = 'probe-wn19-s19r2';

const entry = `
import { readFileSync } from 'node:fs';
import { ParaphraseItem } from './src/drills/schema.ts';
import { createJudge } from './src/judge/free-text.ts';
import { loadJudgeResources } from './src/shell/phrase-list-files.ts';
const GRADE = { pass: 'good', partial: 'partial', fail: 'poor' };
export function run(files) {
  const judge = createJudge(loadJudgeResources('drills'));
  const out = {};
  for (const [set, file] of files) {
    const rows = readFileSync(file, 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l));
    out[set] = rows.filter((r) => r.lang === 'en').map((r) => {
      const item = ParaphraseItem.parse({ id: 'eval', kind: 'paraphrase', prompt: 'Restate.',
        explanation: 'Eval row.', model_answer: 'n/a', customer: r.customer,
        criteria: r.criteria.map((c, k) => ({ id: /^[a-z0-9]/i.test(c.id) ? c.id.replace(/[^a-z0-9-]/gi, '-').toLowerCase() : 'fact-' + (k + 1), label: c.id, any: c.any })) });
      return [r.label ?? r.grade, GRADE[judge.judge(item, r.answer, 'en').verdict], r.id];
    });
  }
  return out;
}`;

const sets = [];
for (const dir of readdirSync(join(root, 'eval')).sort()) {
  if (dir === OWN_PROBE || (dir.startsWith('blind-') && !FOLD_A.includes(dir))) continue;
  for (const name of ['paraphrases.jsonl', 'paraphrases-en.jsonl']) {
    const file = join(root, 'eval', dir, name);
    if (existsSync(file) && readFileSync(file, 'utf8').includes('"lang": "en"'))
      sets.push([dir, file]);
  }
  if (/^paraphrases.*\.jsonl$/.test(dir)) sets.push([dir, join(root, 'eval', dir)]);
}

/** Verdicts of every set with the table built from `relations`. */
async function verdicts(relations) {
  const table = `/tmp/tune-senses-${process.pid}-${relations.join('+') || 'base'}.ts`;
  const size = execFileSync('node', [
    join(root, 'scripts/synonym-table.mjs'),
    `--relations=${relations.join(',')}`,
    `--out=${table}`,
  ]).toString();
  const out = table.replace(/\.ts$/, '.mjs');
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'error',
    plugins: [
      {
        name: 'table',
        setup(b) {
          b.onLoad({ filter: /en-senses-data\.ts$/ }, () => ({
            contents: readFileSync(table, 'utf8'),
            loader: 'ts',
          }));
        },
      },
    ],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  const { run } = await import(out);
  return { size: size.trim(), result: run(sets) };
}

const base = await verdicts(BASE);
console.log(`base: ${base.size}`);
const gain = (with_, keep) => {
  let fixed = 0;
  let broken = 0;
  const moved = [];
  for (const [set] of sets) {
    if (!keep(set)) continue;
    base.result[set].forEach(([want, was, id], k) => {
      const now = with_.result[set][k][1];
      if (now === was) return;
      if (now === want) fixed++;
      else if (was === want) broken++;
      moved.push(`${set} ${id} ${want}: ${was}→${now}`);
    });
  }
  return { fixed, broken, moved };
};
for (const relation of RELATIONS.length > 0 ? RELATIONS : ALL) {
  const with_ = await verdicts([...BASE, relation]);
  const all = gain(with_, () => true);
  let exact = 0;
  let exactBase = 0;
  let n = 0;
  for (const left of LEFT_OUT) {
    const keep = gain(with_, (s) => s !== left);
    const chosen = keep.fixed > keep.broken ? with_ : base;
    for (const [k, [want]] of base.result[left].entries()) {
      n++;
      if (chosen.result[left][k][1] === want) exact++;
      if (base.result[left][k][1] === want) exactBase++;
    }
  }
  console.log(
    `${relation}: ${with_.size}; all dev rows fixed ${all.fixed}, broken ${all.broken}; LORO fold A ${exact}/${n} vs ${exactBase}/${n} without`,
  );
  for (const m of all.moved) console.log(`  ${m}`);
}
