// History at scale (issues 6 and 17): append, stats, history and export over 1k/10k/100k
// sessions. Each figure beside a floor measured in the same run: appends beside a plain
// appendFileSync of the same line; the readers beside jq printing three fields of each line.
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bin, env, median, pad, root, runs, target, timeToScreen } from './lib.mjs';

export async function benchHistory() {
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

  function timeCommand(cmd, args, cmdEnv, heapMb, count = scaleRuns) {
    const samples = [];
    for (let i = 0; i < count; i++) {
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
    target(
      `append at ${label}`,
      `${ours.toFixed(0)} µs (${vsEmpty.toFixed(2)}x of empty)`,
      'flat (≤2x of empty), ≤5x appendFileSync',
      ok,
    );
    console.log(
      `${pad(label, 22)}${pad(ours.toFixed(0), 9)}${pad(base.toFixed(0), 11)}${pad(`${(ours / base).toFixed(2)}x`, 8)}${pad(`≤2x empty, ≤5x`, 16)}${ok ? 'PASS' : 'MISS'} (${vsEmpty.toFixed(2)}x of empty)`,
    );
  }

  // The first prompt of `start` with this history (a plain start looks for a stopped session to
  // offer back, in the history index), beside node printing a line, paired as in the start-up
  // section; "cold": the first start, which builds the index. No target: the start-up section's
  // row is the one with an empty history.
  const startEnv = { CS_DRILL_HOME: ten.home, USER: 'bench' };
  const startLine = `${process.execPath} ${bin} start listening --lang en`;
  const nodeLine = `${process.execPath} -e "console.log('READY')"`;
  rmSync(join(ten.home, 'history.index.jsonl'), { force: true });
  const coldPrompt = await timeToScreen(startLine, '❯', startEnv);
  const pairs = [];
  for (let i = 0; i < Math.max(3, Math.min(runs, 9)); i++) {
    const line = await timeToScreen(nodeLine, 'READY');
    const prompt = await timeToScreen(startLine, '❯', startEnv);
    pairs.push({ line, prompt, ratio: prompt / line });
  }
  console.log(
    `\nstart: first prompt at 10k sessions on a pty (ms): cold ${coldPrompt.toFixed(0)}, then ${median(pairs.map((p) => p.prompt)).toFixed(0)}; node printing a line ${median(pairs.map((p) => p.line)).toFixed(0)}; ${median(pairs.map((p) => p.ratio)).toFixed(2)}x (median of paired ratios)`,
  );

  const heapMb = 64;
  // The floor: jq printing three fields of every line of the same file, in the same run.
  const floorName = "jq -c '{id,set:.setId,score}'";
  console.log(
    `\nstats, history and export, median of ${scaleRuns} (ms); floor: ${floorName} over the same file; node heap capped at ${heapMb} MB (less than the 100k file: it must stream); "cold": the history index built on this run`,
  );
  console.log(
    `${pad('command', 34)}${pad('file MB', 9)}${pad('cold ms', 9)}${pad('ms', 9)}${pad('floor', 9)}${pad('ratio', 9)}${pad('target', 12)}result`,
  );
  const commands = [
    ['stats', [bin, 'stats'], 1],
    ['history', [bin, 'history'], 1],
    ['export --format csv', [bin, 'export', '--format', 'csv'], 1],
    ['export --format html', [bin, 'export', '--format', 'html'], 1],
    ['export --format csv --items', [bin, 'export', '--format', 'csv', '--items'], 1.5],
  ];
  for (const n of sizes) {
    const { home, file } = histories.get(n);
    const mb = statSync(file).size / 1e6;
    const cmdEnv = { ...env, CS_DRILL_HOME: home, USER: 'bench', TZ: 'UTC' };
    const floor = timeCommand('jq', ['-c', '{id,set:.setId,score}', file], cmdEnv);
    for (const [name, args, goal] of commands) {
      rmSync(join(home, 'history.index.jsonl'), { force: true });
      const cold = timeCommand(process.execPath, args, cmdEnv, heapMb, 1);
      const ms = timeCommand(process.execPath, args, cmdEnv, heapMb);
      const ratio = ms / floor;
      const ok = goal === 1 ? ratio < 1 : ratio <= goal;
      const goalText = goal === 1 ? '<1x floor' : `≤${goal}x floor`;
      if (n >= 100_000)
        target(
          `${name} at ${n / 1000}k sessions`,
          `${ratio.toFixed(2)}x (${(ms / 1000).toFixed(2)} s, floor ${(floor / 1000).toFixed(2)} s)`,
          `${goalText} (jq)`,
          ok,
        );
      console.log(
        `${pad(`${name} ${n / 1000}k`, 34)}${pad(mb.toFixed(1), 9)}${pad(cold.toFixed(0), 9)}${pad(ms.toFixed(0), 9)}${pad(floor.toFixed(0), 9)}${pad(`${ratio.toFixed(2)}x`, 9)}${pad(goalText, 12)}${ok ? 'PASS' : 'MISS'}`,
      );
    }
  }
}
