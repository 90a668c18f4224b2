// Chooses RETOLD_SHARE_FROM (src/judge/paraphrase/retold-share.ts) on the English restatements of
// every dev set, and checks the choice leaving each of the last rounds out: for each, the value
// that agrees best with the trainers on all other sets, measured on the one left out.
// `node scripts/tune-retold.mjs [values…]`; prints exact agreement per set and value, then the
// leave-one-round-out figures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const values = process.argv.slice(2).map(Number);
const grid = values.length > 0 ? values : [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 2];
const LEFT_OUT = 'qrstuvwx'.split('').map((r) => `blind-2026-12${r}`);

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
      return [r.label ?? r.grade, GRADE[judge.judge(item, r.answer, 'en').verdict]];
    });
  }
  return out;
}`;

const sets = [];
for (const dir of readdirSync(join(root, 'eval')).sort()) {
  if (/^blind-2026-12[yz]/.test(dir)) continue;
  for (const name of ['paraphrases.jsonl', 'paraphrases-en.jsonl']) {
    const file = join(root, 'eval', dir, name);
    try {
      if (readFileSync(file, 'utf8').includes('"lang": "en"')) sets.push([dir, file]);
    } catch {}
  }
  if (/^paraphrases.*\.jsonl$/.test(dir)) sets.push([dir, join(root, 'eval', dir)]);
}

const results = {};
for (const value of grid) {
  const plugin = {
    name: 'share',
    setup(b) {
      b.onLoad({ filter: /retold-share\.ts$/ }, (args) => ({
        contents: readFileSync(args.path, 'utf8').replace(
          /RETOLD_SHARE_FROM = [\d.]+/,
          `RETOLD_SHARE_FROM = ${value}`,
        ),
        loader: 'ts',
      }));
    },
  };
  const out = `/tmp/tune-retold-${process.pid}-${value}.mjs`;
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    plugins: [plugin],
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  const { run } = await import(out);
  results[value] = run(sets);
}

const score = (value, keep) => {
  let exact = 0,
    apart = 0,
    n = 0;
  for (const [set] of sets) {
    if (!keep(set)) continue;
    for (const [want, got] of results[value][set]) {
      n++;
      if (want === got) exact++;
      else if ((want === 'good' && got === 'poor') || (want === 'poor' && got === 'good')) apart++;
    }
  }
  return { exact, apart, n };
};
const pct = (s) =>
  `${((100 * s.exact) / s.n).toFixed(1)}% (${s.exact}/${s.n}, ${s.apart} two apart)`;
for (const [set] of sets)
  console.log(
    set.padEnd(28),
    grid.map((v) => `${v}: ${pct(score(v, (s) => s === set))}`).join('  '),
  );
console.log('all'.padEnd(28), grid.map((v) => `${v}: ${pct(score(v, () => true))}`).join('  '));
// Best on the kept sets: most exact, then fewest two apart, then the higher (stricter) value.
const choose = (keep) =>
  [...grid].sort((a, b) => {
    const x = score(a, keep),
      y = score(b, keep);
    return y.exact - x.exact || x.apart - y.apart || b - a;
  })[0];
const tot = { exact: 0, apart: 0, n: 0 },
  base = { exact: 0, apart: 0, n: 0 };
const off = Math.max(...grid);
for (const left of LEFT_OUT) {
  const v = choose((s) => s !== left);
  const s = score(v, (x) => x === left),
    b = score(off, (x) => x === left);
  for (const k of ['exact', 'apart', 'n']) {
    tot[k] += s[k];
    base[k] += b[k];
  }
  console.log(`left out ${left}: chose ${v}, ${pct(s)}; without the reading ${pct(b)}`);
}
console.log(
  `leave-one-round-out over ${LEFT_OUT.length} rounds: ${pct(tot)}; without the reading ${pct(base)}; chosen on all: ${choose(() => true)}`,
);
