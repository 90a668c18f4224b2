// `cs-drill check` on 1k and 10k generated replies (issue 3): throughput and peak memory,
// beside `wc -l` of the same file, so linear growth shows.
// The replies are varied (issue 17): sentences of the bundled drills' answers (model answers,
// example answers, role-play turns) and of the hand-judged corpus samples (eval/corpus-sample*),
// one to three of one language to a reply, drawn by a seeded generator; no reply repeats, so no
// cache keyed on the text can flatter the figure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { bin, pad, peakRun, root, seeded, target } from './lib.mjs';

const ANSWER_KEYS = new Set(['answer', 'model_answer', 'model']);

/** Every answer written in the bundled drill sets, by language. */
function drillAnswers() {
  const out = { en: [], zh: [] };
  const drills = join(root, 'drills');
  const walk = (node, lang) => {
    if (Array.isArray(node)) for (const v of node) walk(v, lang);
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) {
        if (ANSWER_KEYS.has(k) && typeof v === 'string') out[lang].push(v);
        else walk(v, lang);
      }
  };
  for (const area of readdirSync(drills, { withFileTypes: true })) {
    if (!area.isDirectory() || area.name.startsWith('phrase')) continue;
    for (const file of readdirSync(join(drills, area.name)).filter((f) => f.endsWith('.yaml')))
      walk(
        parse(readFileSync(join(drills, area.name, file), 'utf8')),
        file.startsWith('zh') ? 'zh' : 'en',
      );
  }
  return out;
}

/** The replies of the hand-judged corpus samples, by language. */
function corpusReplies() {
  const out = { en: [], zh: [] };
  for (const dir of ['corpus-sample', 'corpus-sample-2'])
    for (const [file, lang] of [
      ['multiwoz.en.tsv', 'en'],
      ['crosswoz.zh-Hans.tsv', 'zh'],
    ]) {
      const rows = readFileSync(join(root, 'eval', dir, file), 'utf8')
        .split('\n')
        .slice(1);
      for (const row of rows) {
        const reply = row.split('\t')[3];
        if (reply) out[lang].push(reply);
      }
    }
  return out;
}

/** Sentences of each text, ends kept (。！？ and . ! ? followed by a space). */
function sentences(texts) {
  const out = new Set();
  for (const text of texts)
    for (const s of text.replace(/\s+/g, ' ').split(/(?<=[。！？!?])|(?<=[.!?])\s+/))
      if (s.trim()) out.add(s.trim());
  return [...out];
}

function replyPools() {
  const drills = drillAnswers();
  const corpus = corpusReplies();
  return {
    en: sentences([...drills.en, ...corpus.en]),
    zh: sentences([...drills.zh, ...corpus.zh]),
  };
}

/** `count` distinct replies, the same every run: two English to one Chinese. */
function replies(count, pools) {
  const r = seeded(17);
  const seen = new Set();
  const out = [];
  while (out.length < count) {
    const lang = r() < 2 / 3 ? 'en' : 'zh';
    const pool = pools[lang];
    const n = 1 + Math.floor(r() * 3);
    const parts = new Set(Array.from({ length: n }, () => pool[Math.floor(r() * pool.length)]));
    const text = [...parts].join(lang === 'en' ? ' ' : '');
    if (seen.has(text)) continue;
    seen.add(text);
    out.push(text);
  }
  return out;
}

export async function benchCheck() {
  const dir = mkdtempSync(join(tmpdir(), 'cs-drill-bench-check-'));
  const pools = replyPools();
  console.log(
    `\n\`cs-drill check --file replies.txt --json > /dev/null\` (distinct replies of 1-3 sentences from ${pools.en.length} English and ${pools.zh.length} Chinese)`,
  );
  console.log(
    `${pad('replies', 10)}${pad('seconds', 10)}${pad('replies/s', 12)}${pad('peak RSS (MB)', 15)}wc -l (ms)`,
  );
  const rates = new Map();
  const all = replies(10000, pools);
  for (const count of [1000, 10000]) {
    const file = join(dir, `replies-${count}.txt`);
    writeFileSync(file, `${all.slice(0, count).join('\n')}\n`);
    const t0 = process.hrtime.bigint();
    spawnSync('wc', ['-l', file], { stdio: 'ignore' });
    const wc = Number(process.hrtime.bigint() - t0) / 1e6;
    const run = peakRun([bin, 'check', '--file', file, '--json']);
    rates.set(count, { rate: count / run.seconds, seconds: run.seconds, mb: run.mb });
    console.log(
      `${pad(count, 10)}${pad(run.seconds.toFixed(2), 10)}${pad(Math.round(count / run.seconds), 12)}${pad(run.mb.toFixed(0), 15)}${wc.toFixed(1)}`,
    );
  }
  // The same replies shared out to two worker threads (check uses them only when asked).
  const pooled = peakRun([bin, 'check', '--file', join(dir, 'replies-10000.txt'), '--json'], {
    extraEnv: { CS_DRILL_WORKERS: '2' },
  });
  console.log(
    `${pad('10000, two worker threads (CS_DRILL_WORKERS=2)', 50)}${pad(pooled.seconds.toFixed(2), 10)}${pad(Math.round(10000 / pooled.seconds), 12)}${pooled.mb.toFixed(0)}`,
  );
  const k1 = rates.get(1000);
  const k10 = rates.get(10000);
  target(
    'check 10k replies on two workers',
    `${Math.round(10000 / pooled.seconds)} replies/s, ${pooled.cpu.toFixed(2)} CPU s`,
    'reported',
    true,
  );
  target(
    'check 10k replies',
    `${k10.seconds.toFixed(2)} s, ${k10.mb.toFixed(0)} MB`,
    'reported',
    true,
  );
  target(
    'check throughput at 10k replies',
    `${Math.round(k10.rate)} replies/s`,
    '≥ 2,000 replies/s',
    k10.rate >= 2000,
  );
  target(
    'check throughput 1k → 10k',
    `${Math.round(k1.rate)} → ${Math.round(k10.rate)} replies/s`,
    'linear (10k ≥ 0.8× 1k)',
    k10.rate >= 0.8 * k1.rate,
  );
}
