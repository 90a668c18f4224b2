// npm run bench: speed figures, each beside a baseline measured in the same run.
// NODE_EXTRA_CA_CERTS is unset for every command (it adds ~55 ms to each Node start here).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'cs-drill.cjs');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const env = { ...process.env, CS_DRILL_HOME: mkdtempSync(join(tmpdir(), 'cs-drill-bench-')) };
delete env.NODE_EXTRA_CA_CERTS;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(args) {
  spawnSync(process.execPath, args, { env, stdio: 'ignore' }); // warm the file cache
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0) throw new Error(`bench: ${args.join(' ')} exited ${r.status}`);
  }
  return median(samples);
}

const baseline = time(['-e', '0']);
const rows = [
  ['cs-drill --version', time([bin, '--version']), 1.3],
  ['cs-drill --help', time([bin, '--help']), 1.6],
  ['cs-drill list', time([bin, 'list']), 1.6],
];

const pad = (s, n) => String(s).padEnd(n);
console.log(`Start-up, median of ${runs} runs (node ${process.version}, NODE_EXTRA_CA_CERTS unset)`);
console.log(`${pad('command', 22)}${pad('ms', 9)}${pad('node -e 0', 11)}${pad('ratio', 8)}${pad('target', 9)}result`);
let missed = 0;
for (const [name, ms, target] of rows) {
  const ratio = ms / baseline;
  const ok = ratio <= target;
  if (!ok) missed++;
  console.log(`${pad(name, 22)}${pad(ms.toFixed(1), 9)}${pad(baseline.toFixed(1), 11)}${pad(`${ratio.toFixed(2)}x`, 8)}${pad(`≤${target}x`, 9)}${ok ? 'PASS' : 'MISS'}`);
}
console.log(missed ? `${missed} target(s) missed` : 'all targets met');

// ── Batch assessment (issue 5): sheets/second and peak memory as the class grows ──────────────
// A generated 30-item set (choice, multi, order, classify and 6 free-text items judged by the real
// judge) and N YAML answer sheets shaped like `cs-drill template` output, scored with
// `cs-drill assess --format csv` (streamed output) into /dev/null. Peak RSS from /usr/bin/time -f %M.
{
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const dir = mkdtempSync(join(tmpdir(), 'cs-drill-bench-assess-'));
  const kinds = ['choice', 'multi', 'order', 'classify'];
  const items = [];
  for (let i = 0; i < 30; i++) {
    const id = `item-${i + 1}`;
    const kind = i >= 24 ? ['ask', 'paraphrase', 'rewrite'][i % 3] : kinds[i % 4];
    const opts = '\n    options:\n      - { key: a, text: First option }\n      - { key: b, text: Second option }\n      - { key: c, text: Third option }';
    const base = `  - id: ${id}\n    kind: ${kind}\n    prompt: Question ${i + 1}, about handling a customer?\n    explanation: Because.`;
    if (kind === 'choice') items.push(`${base}${opts}\n    answer: b`);
    else if (kind === 'multi') items.push(`${base}${opts}\n    answers: [a, c]`);
    else if (kind === 'order') items.push(`${base}\n    steps:\n      - { key: s1, text: Greet }\n      - { key: s2, text: Listen }\n      - { key: s3, text: Confirm }\n      - { key: s4, text: Close }`);
    else if (kind === 'classify') items.push(`${base}\n    categories:\n      - { key: fact, text: Fact }\n      - { key: feeling, text: Feeling }\n    statements:\n      - { text: It came Monday, category: fact }\n      - { text: I am upset, category: feeling }\n      - { text: The box was open, category: fact }`);
    else {
      const extra = kind === 'ask' ? '\n    scenario: A customer holds a letter.\n    require: open' : kind === 'paraphrase' ? '\n    customer: "I waited two weeks and nobody called me back!"' : '\n    original: "That is not my job."';
      items.push(`${base}${extra}\n    criteria:\n      - { id: help, label: Offers help, any: [help, sort, find] }\n    model_answer: What can I help you with today?`);
    }
  }
  const setFile = join(dir, 'bench-set.yaml');
  writeFileSync(setFile, `format: 1\nid: bench\nlang: en\ntitle: Bench\ndescription: Thirty items.\nintro: Bench.\nskills: [listening]\nitems:\n${items.join('\n')}\n`);
  const answersFor = (n, i) => {
    const pick = (list) => list[(n * 7 + i * 13) % list.length];
    const kind = i >= 24 ? ['ask', 'paraphrase', 'rewrite'][i % 3] : kinds[i % 4];
    if (kind === 'choice') return pick(['a', 'b', 'c', 'b']);
    if (kind === 'multi') return pick(['[a, c]', '[a]', '[b, c]', '[]']);
    if (kind === 'order') return pick(['[s1, s2, s3, s4]', '[s2, s1, s3, s4]', '[s4, s3, s2, s1]']);
    if (kind === 'classify') return pick(['[fact, feeling, fact]', '[fact, fact, fact]', '[feeling, feeling, fact]']);
    return pick(['"What can I help you with today?"', '"So you waited two weeks and nobody called, is that right?"', '"Let me find someone to sort this out for you."', '""']);
  };
  const sheet = (n) => {
    const lines = ['# Answer sheet: Bench (bench, en)', 'sheet: 1', 'set: "bench"', 'lang: "en"', `name: "Trainee ${n}"`, '', 'answers:'];
    for (let i = 0; i < 30; i++) lines.push(`  # ${i + 1}. Question ${i + 1}, about handling a customer?`, '  #    a = First option', `  item-${i + 1}: ${answersFor(n, i)}`);
    return `${lines.join('\n')}\n`;
  };
  console.log('\nBatch assessment: 30-item set (6 free-text), YAML sheets, `assess --format csv > /dev/null`');
  // Peak RSS twice: as V8 likes it (it grows the heap lazily), and with the old space capped at
  // 48 MB, which shows what the run really keeps: flat if nothing accumulates per sheet.
  console.log(`${pad('sheets', 10)}${pad('seconds', 10)}${pad('sheets/s', 11)}${pad('peak RSS (MB)', 16)}peak RSS, heap capped (MB)`);
  const peak = (args, extraEnv) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`bench: assess exited ${r.status}: ${r.stderr.slice(-500)}`);
    return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, mb: Number(r.stderr.trim().split('\n').at(-1)) / 1024 };
  };
  for (const count of [100, 1000, 10000]) {
    const sheets = join(dir, `sheets-${count}`);
    mkdirSync(sheets);
    for (let n = 0; n < count; n++) writeFileSync(join(sheets, `t${String(n).padStart(5, '0')}.yaml`), sheet(n));
    const args = [bin, 'assess', setFile, '--answers', sheets, '--format', 'csv'];
    const free = peak(args, {});
    const capped = peak(args, { NODE_OPTIONS: '--max-old-space-size=48' });
    console.log(`${pad(count, 10)}${pad(free.seconds.toFixed(2), 10)}${pad(Math.round(count / free.seconds), 11)}${pad(free.mb.toFixed(0), 16)}${capped.mb.toFixed(0)}`);
  }
}

// ── History at scale (issue 6): append, stats and export over 1k/10k/100k sessions ──────────
// Each figure beside a baseline measured in the same run: appends beside a plain
// appendFileSync of the same line; stats and export beside `wc -l` of the same file.
{
  const { appendFileSync, copyFileSync, mkdirSync, statSync, writeFileSync } = await import(
    'node:fs'
  );
  const { build } = await import('esbuild');
  const sizes = (process.env.BENCH_HISTORY_SIZES ?? '1000,10000,100000').split(',').map(Number);
  const appendRuns = 200;
  const scaleRuns = Math.max(1, Math.min(3, runs));
  const dir = mkdtempSync(join(tmpdir(), 'cs-drill-bench-history-'));
  const kinds = [
    'choice',
    'multi',
    'classify',
    'order',
    'ask',
    'paraphrase',
    'rewrite',
    'choice',
    'choice',
    'multi',
  ];
  const sets = ['listening', 'questioning', 'paraphrasing', 'phrases', 'phone', 'expression'];

  /** A realistic session line: ten items with criteria, the size of a real one (~3 KB). */
  function sessionLine(i) {
    const t = Date.UTC(2024, 0, 1) + i * 15 * 60_000;
    const setId = sets[i % sets.length];
    const items = kinds.map((kind, k) => {
      const verdict = (i + k) % 5 === 0 ? 'fail' : (i + k) % 7 === 0 ? 'partial' : 'pass';
      const score = verdict === 'pass' ? 1 : verdict === 'partial' ? 0.5 : 0;
      const free = kind === 'ask' || kind === 'paraphrase' || kind === 'rewrite';
      return {
        id: `${setId}-item-${k}`,
        kind,
        skill: setId,
        answer: free
          ? 'So the parcel has not arrived since Monday and you are worried about the gift. Did I get that right?'
          : ['a', 'c'],
        score,
        max: 1,
        verdict,
        criteria: [1, 2, 3].map((c) => ({
          id: `criterion-${c}`,
          met: (i + c) % 3 !== 0,
          weight: 1,
          label: 'acknowledges the feeling',
        })),
        durationMs: 4000 + ((i * 37 + k) % 9000),
      };
    });
    const score = items.reduce((a, x) => a + x.score, 0);
    return JSON.stringify({
      schema: 1,
      id: `bench-${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`,
      user: 'bench',
      setId,
      setHash: '0123456789abcdef',
      setTitle: 'Listening for facts and feelings',
      lang: i % 3 === 0 ? 'zh-Hans' : 'en',
      mode: 'interactive',
      status: i % 50 === 0 ? 'aborted' : 'completed',
      startedAt: new Date(t).toISOString(),
      endedAt: new Date(t + 300_000).toISOString(),
      plan: items.map((x) => x.id),
      items,
      score,
      max: 10,
      passMark: 70,
      passed: score >= 7,
      skills: { [setId]: { score, max: 10 } },
    });
  }

  function historyOf(n) {
    const home = join(dir, `h${n}`);
    mkdirSync(home, { recursive: true });
    const file = join(home, 'history.jsonl');
    writeFileSync(file, '');
    const chunk = 5000;
    for (let i = 0; i < n; i += chunk) {
      const lines = [];
      for (let j = i; j < Math.min(n, i + chunk); j++) lines.push(sessionLine(j));
      appendFileSync(file, `${lines.join('\n')}\n`);
    }
    return { home, file };
  }

  const storeModule = join(dir, 'store.mjs');
  await build({
    entryPoints: [join(root, 'src/history/store.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: storeModule,
    logLevel: 'error',
  });
  const { appendRecord } = await import(storeModule);

  /** Median microseconds per append to a copy of `file` (empty when undefined). */
  function appendTimes(file) {
    const target = join(dir, `append-${Math.random().toString(36).slice(2)}.jsonl`);
    if (file) copyFileSync(file, target);
    else writeFileSync(target, '');
    const plain = join(dir, `plain-${Math.random().toString(36).slice(2)}.jsonl`);
    if (file) copyFileSync(file, plain);
    else writeFileSync(plain, '');
    const record = JSON.parse(sessionLine(1));
    const line = `${JSON.stringify(record)}\n`;
    const ours = [];
    const base = [];
    for (let i = 0; i < appendRuns; i++) {
      let t0 = process.hrtime.bigint();
      appendRecord(target, record);
      ours.push(Number(process.hrtime.bigint() - t0) / 1e3);
      t0 = process.hrtime.bigint();
      appendFileSync(plain, line, { mode: 0o600 });
      base.push(Number(process.hrtime.bigint() - t0) / 1e3);
    }
    return { ours: median(ours), base: median(base) };
  }

  function timeCommand(cmd, args, cmdEnv, heapMb) {
    const samples = [];
    for (let i = 0; i < scaleRuns; i++) {
      const t0 = process.hrtime.bigint();
      const argv =
        cmd === process.execPath && heapMb ? [`--max-old-space-size=${heapMb}`, ...args] : args;
      const r = spawnSync(cmd, argv, {
        env: cmdEnv,
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 1 << 20,
      });
      samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (r.status !== 0)
        throw new Error(`bench: ${[cmd, ...argv].join(' ')} exited ${r.status}: ${r.stderr}`);
    }
    return median(samples);
  }

  console.log(
    `\nHistory at scale (sessions of ten items, ~${(sessionLine(1).length / 1024).toFixed(1)} KB a line)`,
  );
  const histories = new Map();
  for (const n of sizes) histories.set(n, historyOf(n));
  const largest = histories.get(Math.max(...sizes));
  const ten = histories.get(10_000) ?? historyOf(10_000);

  console.log(
    `\nAppend one session, median of ${appendRuns} (µs); baseline: appendFileSync of the same line to a copy of the same file`,
  );
  console.log(
    `${pad('history', 22)}${pad('µs', 9)}${pad('baseline', 11)}${pad('ratio', 8)}${pad('target', 16)}result`,
  );
  const empty = appendTimes(undefined);
  for (const [label, file] of [
    ['0 sessions', undefined],
    ['10k sessions', ten.file],
    [`${Math.max(...sizes) / 1000}k sessions`, largest.file],
  ]) {
    const { ours, base } = file ? appendTimes(file) : empty;
    const vsEmpty = ours / empty.ours;
    const ok = vsEmpty <= 2 && ours / base <= 5;
    if (!ok) missed++;
    console.log(
      `${pad(label, 22)}${pad(ours.toFixed(0), 9)}${pad(base.toFixed(0), 11)}${pad(`${(ours / base).toFixed(2)}x`, 8)}${pad(`≤2x of empty`, 16)}${ok ? 'PASS' : 'MISS'} (${vsEmpty.toFixed(2)}x of empty)`,
    );
  }

  const heapMb = 64;
  console.log(
    `\nstats and export, median of ${scaleRuns} (ms); baseline: wc -l of the same file; node heap capped at ${heapMb} MB (less than the 100k file: it must stream)`,
  );
  console.log(
    `${pad('command', 30)}${pad('file MB', 9)}${pad('ms', 9)}${pad('wc -l', 9)}${pad('ratio', 9)}${pad('target', 10)}result`,
  );
  for (const n of sizes) {
    const { home, file } = histories.get(n);
    const mb = statSync(file).size / 1e6;
    const cmdEnv = { ...env, CS_DRILL_HOME: home, USER: 'bench', TZ: 'UTC' };
    const wc = timeCommand('wc', ['-l', file], cmdEnv);
    for (const [name, args] of [
      ['stats', [bin, 'stats']],
      ['export --format csv', [bin, 'export', '--format', 'csv']],
      ['export --format csv --items', [bin, 'export', '--format', 'csv', '--items']],
      ['export --format html', [bin, 'export', '--format', 'html']],
    ]) {
      const ms = timeCommand(process.execPath, args, cmdEnv, heapMb);
      const ok = ms < 2000;
      if (!ok) missed++;
      console.log(
        `${pad(`${name} ${n / 1000}k`, 30)}${pad(mb.toFixed(1), 9)}${pad(ms.toFixed(0), 9)}${pad(wc.toFixed(0), 9)}${pad(`${(ms / wc).toFixed(0)}x`, 9)}${pad('<2000 ms', 10)}${ok ? 'PASS' : 'MISS'}`,
      );
    }
  }
  console.log(missed ? `${missed} target(s) missed in all` : 'all targets met');
}
