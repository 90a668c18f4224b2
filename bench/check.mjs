// `cs-drill check` on 1k and 10k generated replies (issue 3): throughput and peak memory,
// beside `wc -l` of the same file, so linear growth shows.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, pad, peakRun, target } from './lib.mjs';

const OPENINGS = [
  'Thanks for waiting.',
  '您好，',
  'Hello,',
  '感谢您的耐心。',
  'I see.',
  '明白您的意思。',
];
const MIDDLES = [
  "I don't know, that's not my job.",
  'let me check the delivery for you right away.',
  '这不是我的工作，你去找经理吧。',
  '我们不会让您久等的，我马上帮您查。',
  'calm down, it is company policy.',
  "it's not your fault, the courier missed the address.",
  '您说的有道理，我理解您的心情。',
  'you should have read the terms before ordering.',
];
const ENDINGS = [
  '',
  ' Is there anything else I can help with?',
  ' 还有什么可以帮您的吗？',
  ' I will call you back within three working days.',
];

function reply(n) {
  const pick = (list, k) => list[(n * k + 3) % list.length];
  return `${pick(OPENINGS, 7)} ${pick(MIDDLES, 13)}${pick(ENDINGS, 5)}`;
}

export async function benchCheck() {
  const dir = mkdtempSync(join(tmpdir(), 'cs-drill-bench-check-'));
  console.log(
    '\n`cs-drill check --file replies.txt --json > /dev/null` (mixed English and Chinese replies)',
  );
  console.log(
    `${pad('replies', 10)}${pad('seconds', 10)}${pad('replies/s', 12)}${pad('peak RSS (MB)', 15)}wc -l (ms)`,
  );
  const rates = new Map();
  for (const count of [1000, 10000]) {
    const file = join(dir, `replies-${count}.txt`);
    writeFileSync(file, `${Array.from({ length: count }, (_, n) => reply(n)).join('\n')}\n`);
    const t0 = process.hrtime.bigint();
    spawnSync('wc', ['-l', file], { stdio: 'ignore' });
    const wc = Number(process.hrtime.bigint() - t0) / 1e6;
    const run = peakRun([bin, 'check', '--file', file, '--json']);
    rates.set(count, { rate: count / run.seconds, seconds: run.seconds, mb: run.mb });
    console.log(
      `${pad(count, 10)}${pad(run.seconds.toFixed(2), 10)}${pad(Math.round(count / run.seconds), 12)}${pad(run.mb.toFixed(0), 15)}${wc.toFixed(1)}`,
    );
  }
  const k1 = rates.get(1000);
  const k10 = rates.get(10000);
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
