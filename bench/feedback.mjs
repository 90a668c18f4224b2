// Feedback after Enter, on a real pseudo-terminal: a two-item set (a choice item, then a
// free-text restatement judged by the real judge) is answered in `start --fast`, and the time
// from Enter to the item's "Why:" line is taken for each. The choice item is the floor: the
// difference is what judging a free-text answer adds, the judge's first use in the run included.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, env, median, pad, runs, target } from './lib.mjs';

const SET = `format: 1
id: bench-feedback
lang: en
title: Feedback timing
description: One choice item and one restatement.
intro: Answer both.
skills: [paraphrasing]
pass_mark: 70
items:
  - id: pick
    kind: choice
    prompt: Which is an open question?
    options:
      - {key: "a", text: "What happened when you tried to pay?"}
      - {key: "b", text: "Did you pay by card?"}
    answer: a
    explanation: The first invites a description.
  - id: restate
    kind: paraphrase
    prompt: Restate what the passenger said — facts, feeling, and a check.
    customer: >-
      We landed on CZ3390 from Guangzhou at 6 this morning. Two of our three suitcases never
      came out, and my son's asthma inhaler is in one of them.
    criteria:
      - {id: flight, label: "The flight", any: [cz3390, guangzhou, this morning]}
      - {id: bags, label: "Two of three suitcases missing", any: [two suitcases, two of your three]}
      - {id: medicine, label: "The inhaler is in a missing bag", any: [inhaler, asthma]}
    model_answer: >-
      That must be worrying. Your flight CZ3390 from Guangzhou landed this morning, two of your
      three suitcases are missing and one has your son's inhaler. Have I got that right?
    explanation: Facts, feeling and a check.
`;
const ANSWER =
  "I can see why you're worried. Your flight from Guangzhou, CZ3390, came in this morning, " +
  "two of your three cases are missing and your son's inhaler is in one. Have I got that right?";
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One session: milliseconds from Enter to feedback, for the choice item and the free-text item. */
async function session(file, home) {
  const child = spawn(
    'script',
    [
      '-qfc',
      `stty cols 100 rows 40; ${process.execPath} ${bin} start ${file} --fast --lang en`,
      '/dev/null',
    ],
    { env: { ...env, TERM: 'xterm', CS_DRILL_HOME: home } },
  );
  let out = '';
  let waiter = null;
  child.stdout.on('data', (d) => {
    out += d;
    waiter?.();
  });
  const until = (test, what) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`bench: ${what} never appeared: ${out.slice(-300)}`));
      }, 15_000);
      waiter = () => {
        if (!test()) return;
        clearTimeout(timer);
        waiter = null;
        resolve(process.hrtime.bigint());
      };
      waiter();
    });
  const whys = () => out.replace(/\x1b\[[0-9;?]*[a-zA-Z]/g, '').split('Why:').length - 1;
  const enter = async (count) => {
    const t0 = process.hrtime.bigint();
    child.stdin.write('\r');
    const t1 = await until(() => whys() >= count, `feedback ${count}`);
    return Number(t1 - t0) / 1e6;
  };
  await until(() => out.includes('1/2'), 'the first prompt');
  await sleep(300);
  const choice = await enter(1);
  await until(() => out.includes('2/2'), 'the second prompt');
  await sleep(300);
  child.stdin.write(ANSWER);
  await until(() => out.includes('right?'), 'the typed answer');
  // Let the echo of the typed answer settle before Enter.
  await sleep(500);
  const free = await enter(2);
  child.kill('SIGKILL');
  return { choice, free };
}

export async function benchFeedback() {
  const dir = mkdtempSync(join(tmpdir(), 'cs-drill-bench-feedback-'));
  const file = join(dir, 'feedback.yaml');
  writeFileSync(file, SET);
  const count = Math.max(3, Math.min(runs, 9));
  const choice = [];
  const free = [];
  for (let i = 0; i <= count; i++) {
    const home = mkdtempSync(join(dir, 'home-'));
    const t = await session(file, home);
    // The first session is a warm-up.
    if (i === 0) continue;
    choice.push(t.choice);
    free.push(t.free);
  }
  const floor = median(choice);
  const freeText = median(free);
  const added = median(free.map((f, k) => f - choice[k]));
  console.log(
    `\nFeedback after Enter on a pty, median of ${count} sessions; floor: the same run's choice item`,
  );
  console.log(`${pad('item', 30)}${pad('ms', 9)}target`);
  console.log(`${pad('choice item (floor)', 30)}${pad(floor.toFixed(1), 9)}`);
  console.log(`${pad('free-text item', 30)}${pad(freeText.toFixed(1), 9)}≤100 ms after Enter`);
  console.log(`${pad('judging adds', 30)}${pad(added.toFixed(1), 9)}<100 ms (first use included)`);
  target(
    'feedback: free text after Enter',
    `${freeText.toFixed(0)} ms (choice item ${floor.toFixed(0)} ms)`,
    '≤100 ms',
    freeText <= 100,
  );
  target(
    "feedback: the judge's first use adds",
    `${added.toFixed(0)} ms over the choice item`,
    '<100 ms',
    added < 100,
  );
}
