// Batch assessment (issues 5 and 17): time beside a floor (reading and YAML-parsing the same
// sheets in one process), sheets/second and peak memory as the class grows.
// A generated 30-item set (choice, multi, order, classify and 6 free-text items judged by the real
// judge) and N YAML answer sheets shaped like `cs-drill template` output, scored with
// `cs-drill assess --format csv` (streamed output) into /dev/null. Peak RSS from /usr/bin/time -f %M.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, median, pad, peakRun, root, runs, seeded, target } from './lib.mjs';

const floorScript = join(root, 'bench', 'floors', 'read-yaml.mjs');
const floorName = 'read + YAML-parse (bench/floors/read-yaml.mjs)';
const batchRuns = Math.max(1, Math.min(3, runs));

// Free-text answers as a class writes them: each trainee's own wording, from five slots of parts
// picked by a seeded generator, with names, order numbers and days filled in, now and then all
// lower case or without its last stop, and one in twenty left blank. No two trainees hand in
// the same answer (a draw already in the class, ignoring case and punctuation, is drawn again):
// repeated answers would flatter any cache keyed on the answer.
const PARTS = {
  ask: [
    [
      '',
      'Sure. ',
      'Thanks for waiting. ',
      'I see, ',
      'Hello {name}, ',
      'Of course. ',
      'Right, ',
      'Good morning {name}. ',
      'Thanks for calling, {name}. ',
      'Okay. ',
      'No problem. ',
    ],
    [
      '',
      'just so I can help, ',
      'before I look it up, ',
      'so I get this right, ',
      'tell me, ',
      'to start, ',
      'if you have it there, ',
      'first of all, ',
    ],
    [
      'what can I help you with today',
      'could you tell me what the letter says',
      'what does the letter ask you to do',
      'when did the letter arrive',
      'is the letter about your bill',
      'how can I help with letter {num}',
      'what would you like me to check in it',
      'did you get it on day {days}',
      'what part of the letter worries you',
      'who sent the letter',
      'how would you like me to sort this out',
      'what reference is printed at the top',
      'has anything changed since you got it',
      'what happened after the letter came',
      'do you want me to find the account it mentions',
      'why do you think the amount is wrong',
    ],
    [
      '?',
      '? I will sort it out.',
      '? Let me find it for you.',
      ' please?',
      '? Take your time.',
      '? I have your file open.',
      '? Then we can fix it together.',
      '??',
      '.',
    ],
    [
      '',
      ' I am here to help.',
      ' Your account {num} is on my screen.',
      ' No rush.',
      ' We will get this sorted.',
      ' I can stay on the line.',
      ' It may take {days} minutes.',
      ' Sorry it has been a worry.',
      ' Is this a good time?',
      '',
    ],
  ],
  paraphrase: [
    [
      'So ',
      'If I understand, ',
      'Let me check, ',
      '',
      'OK {name}, so ',
      'Right, so ',
      'Just to be sure I have it: ',
      'What I hear is that ',
      'Sorry {name}, so ',
      'Thank you for telling me. So ',
    ],
    [
      'you waited {days} days and nobody called you back',
      'you have been waiting two weeks without a call',
      'nobody got back to you after {days} days',
      'you were promised a call and it never came',
      'you called about order {num} and heard nothing',
      'you are still waiting for the call back',
      'it has been {days} days and still no call',
      'you waited two weeks and got no reply from us',
      'no one rang you back in the two weeks since',
      'you rang us {days} times and nobody answered',
      'you waited a week and nobody phoned',
      'we left you waiting and never called',
      'you had to chase us because no one called back',
    ],
    [
      '',
      ' after you rang on day {days}',
      ' even though you left your number',
      ' about your refund',
      ' for order {num}',
      ' although you were told someone would',
      ' and you had to take time off',
      ' since your first call',
    ],
    [
      '',
      ', and that is frustrating',
      '. That must be annoying',
      ', you must be fed up',
      ', which is really disappointing',
      '. I would be upset too',
      ', and I am sorry about that',
      '. I can hear how tired of this you are',
    ],
    [
      '.',
      ', is that right?',
      '. Did I get that right?',
      '. Have I got that right?',
      '?',
      '. Is that correct?',
      ' - is that it?',
      '. Anything I missed?',
    ],
  ],
  rewrite: [
    [
      '',
      'Good question. ',
      'Thanks for asking, {name}. ',
      'Sure. ',
      'I understand. ',
      'Let me see. ',
      'Happy to help, {name}. ',
      'Right. ',
      'Okay {name}, ',
    ],
    [
      'Let me find the right person for this',
      'I will get someone to sort this out for you',
      'That team handles it, I will pass it on now',
      'I can check who deals with order {num}',
      'Let me find out and call you back within {days} hours',
      'It is not my job',
      'That is not my department',
      'I will find the colleague who handles refunds',
      'Our billing team can sort that, I will connect you',
      'I can help you with part of it myself',
      'I will look into order {num} for you',
      'Someone else deals with that, not me',
      'I am not the person for that, sorry',
      'I will make sure this gets to the right desk',
    ],
    [
      '',
      ' straight away',
      ' before the end of the day',
      ' and stay on the line',
      ' and note it on your account',
      ' so you do not have to call again',
      ' within {days} minutes',
    ],
    [
      '.',
      ', is that OK?',
      ' today.',
      '!',
      '. Does that work for you?',
      '. Thank you for your patience.',
      '. You will get an email too.',
      ' right now.',
    ],
    [
      '',
      ' I have your details here.',
      ' Can I take a number to call you back?',
      ' Sorry for the wait.',
      ' There is nothing else I can do.',
      ' Please hold.',
    ],
  ],
};
const NAMES = [
  'Ms Chen',
  'Mr Lopez',
  'Sam',
  'Mrs Okafor',
  'Li Wei',
  'Dr Patel',
  'Alex',
  'Mr Novak',
  'Ms Haddad',
  'Jo',
  'Mrs Ito',
  'Mr Byrne',
];

/** Trainee n's answer to item i, as a YAML scalar; `seen` holds the class's answers so far. */
function freeText(kind, n, i, seen) {
  for (let attempt = 0; ; attempt++) {
    const r = seeded(Math.imul(n * 131 + i, 0x9e3779b1) + attempt);
    if (attempt === 0 && r() < 0.05) return '""';
    const pick = (list) => list[Math.floor(r() * list.length)];
    let text = PARTS[kind]
      .map(pick)
      .join('')
      .replaceAll('{name}', () => pick(NAMES))
      .replaceAll('{num}', () => String(1000 + Math.floor(r() * 90000)))
      .replaceAll('{days}', () => String(2 + Math.floor(r() * 20)));
    const style = r();
    if (style < 0.1) text = text.toLowerCase();
    else if (style < 0.2) text = text.replace(/[.!?]$/, '');
    const key = text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (seen.has(key)) continue;
    seen.add(key);
    return JSON.stringify(text);
  }
}

export async function benchBatch() {
  const dir = mkdtempSync(join(tmpdir(), 'cs-drill-bench-assess-'));
  const kinds = ['choice', 'multi', 'order', 'classify'];
  const items = [];
  for (let i = 0; i < 30; i++) {
    const id = `item-${i + 1}`;
    const kind = i >= 24 ? ['ask', 'paraphrase', 'rewrite'][i % 3] : kinds[i % 4];
    const opts =
      '\n    options:\n      - { key: a, text: First option }\n      - { key: b, text: Second option }\n      - { key: c, text: Third option }';
    const base = `  - id: ${id}\n    kind: ${kind}\n    prompt: Question ${i + 1}, about handling a customer?\n    explanation: Because.`;
    if (kind === 'choice') items.push(`${base}${opts}\n    answer: b`);
    else if (kind === 'multi') items.push(`${base}${opts}\n    answers: [a, c]`);
    else if (kind === 'order')
      items.push(
        `${base}\n    steps:\n      - { key: s1, text: Greet }\n      - { key: s2, text: Listen }\n      - { key: s3, text: Confirm }\n      - { key: s4, text: Close }`,
      );
    else if (kind === 'classify')
      items.push(
        `${base}\n    categories:\n      - { key: fact, text: Fact }\n      - { key: feeling, text: Feeling }\n    statements:\n      - { text: It came Monday, category: fact }\n      - { text: I am upset, category: feeling }\n      - { text: The box was open, category: fact }`,
      );
    else {
      const extra =
        kind === 'ask'
          ? '\n    scenario: A customer holds a letter.\n    require: open'
          : kind === 'paraphrase'
            ? '\n    customer: "I waited two weeks and nobody called me back!"'
            : '\n    original: "That is not my job."';
      items.push(
        `${base}${extra}\n    criteria:\n      - { id: help, label: Offers help, any: [help, sort, find] }\n    model_answer: What can I help you with today?`,
      );
    }
  }
  const setFile = join(dir, 'bench-set.yaml');
  writeFileSync(
    setFile,
    `format: 1\nid: bench\nlang: en\ntitle: Bench\ndescription: Thirty items.\nintro: Bench.\nskills: [listening]\nitems:\n${items.join('\n')}\n`,
  );
  const answersFor = (n, i, seen) => {
    const pick = (list) => list[(n * 7 + i * 13) % list.length];
    const kind = i >= 24 ? ['ask', 'paraphrase', 'rewrite'][i % 3] : kinds[i % 4];
    if (kind === 'choice') return pick(['a', 'b', 'c', 'b']);
    if (kind === 'multi') return pick(['[a, c]', '[a]', '[b, c]', '[]']);
    if (kind === 'order') return pick(['[s1, s2, s3, s4]', '[s2, s1, s3, s4]', '[s4, s3, s2, s1]']);
    if (kind === 'classify')
      return pick(['[fact, feeling, fact]', '[fact, fact, fact]', '[feeling, feeling, fact]']);
    return freeText(kind, n, i, seen);
  };
  const sheet = (n, seen) => {
    const lines = [
      '# Answer sheet: Bench (bench, en)',
      'sheet: 1',
      'set: "bench"',
      'lang: "en"',
      `name: "Trainee ${n}"`,
      '',
      'answers:',
    ];
    for (let i = 0; i < 30; i++)
      lines.push(
        `  # ${i + 1}. Question ${i + 1}, about handling a customer?`,
        '  #    a = First option',
        `  item-${i + 1}: ${answersFor(n, i, seen)}`,
      );
    return `${lines.join('\n')}\n`;
  };
  console.log(
    '\nBatch assessment: 30-item set (6 free-text), YAML sheets, `assess --format csv > /dev/null`',
  );
  console.log(
    `floor: ${floorName}, the same sheets, one process (median of ${batchRuns}, interleaved)`,
  );
  // Peak RSS twice: as V8 likes it (it grows the heap lazily), and with the old space capped at
  // 48 MB, which shows what the run really keeps: flat if nothing accumulates per sheet.
  // CPU seconds too (all threads, user + system): on a shared machine the wall-clock ratio follows
  // the load, and the CPU ratio shows what the run costs. With C cores the wall ratio cannot fall
  // below the CPU ratio over C.
  console.log(
    `${pad('sheets', 10)}${pad('seconds', 10)}${pad('floor s', 10)}${pad('ratio', 8)}${pad('CPU s', 9)}${pad('floor CPU', 11)}${pad('CPU ratio', 11)}${pad('sheets/s', 11)}${pad('peak RSS (MB)', 16)}peak RSS, heap capped (MB)`,
  );
  const results = new Map();
  const sizes = (process.env.BENCH_BATCH_SIZES ?? '100,1000,10000').split(',').map(Number);
  for (const count of sizes) {
    const sheets = join(dir, `sheets-${count}`);
    mkdirSync(sheets);
    const seen = new Set();
    for (let n = 0; n < count; n++)
      writeFileSync(join(sheets, `t${String(n).padStart(5, '0')}.yaml`), sheet(n, seen));
    const args = [bin, 'assess', setFile, '--answers', sheets, '--format', 'csv'];
    const floors = [];
    const frees = [];
    for (let i = 0; i < batchRuns; i++) {
      floors.push(peakRun([floorScript, sheets]));
      frees.push(peakRun(args));
    }
    const floor = median(floors.map((f) => f.seconds));
    const floorCpu = median(floors.map((f) => f.cpu));
    const free = frees.sort((a, b) => a.seconds - b.seconds)[Math.floor(frees.length / 2)];
    const cpu = median(frees.map((f) => f.cpu));
    const capped = peakRun(args, { extraEnv: { NODE_OPTIONS: '--max-old-space-size=48' } });
    results.set(count, {
      rate: count / free.seconds,
      seconds: free.seconds,
      floor,
      cpu,
      floorCpu,
      capped: capped.mb,
    });
    console.log(
      `${pad(count, 10)}${pad(free.seconds.toFixed(2), 10)}${pad(floor.toFixed(2), 10)}${pad(`${(free.seconds / floor).toFixed(2)}x`, 8)}${pad(cpu.toFixed(2), 9)}${pad(floorCpu.toFixed(2), 11)}${pad(`${(cpu / floorCpu).toFixed(2)}x`, 11)}${pad(Math.round(count / free.seconds), 11)}${pad(free.mb.toFixed(0), 16)}${capped.mb.toFixed(0)}`,
    );
  }
  const k1 = results.get(1000);
  const k10 = results.get(10000);
  if (!k1 || !k10) return;
  target(
    'assess 10k sheets × 30 items',
    `${(k10.seconds / k10.floor).toFixed(2)}x (${k10.seconds.toFixed(1)} s, floor ${k10.floor.toFixed(1)} s; CPU ${(k10.cpu / k10.floorCpu).toFixed(2)}x)`,
    '≤1.5x floor (read+YAML)',
    k10.seconds <= 1.5 * k10.floor,
  );
  target(
    'assess throughput 1k → 10k',
    `${Math.round(k1.rate)} → ${Math.round(k10.rate)} sheets/s`,
    'linear (10k ≥ 0.8× 1k)',
    k10.rate >= 0.8 * k1.rate,
  );
  target(
    'assess memory 1k → 10k (heap capped)',
    `${k1.capped.toFixed(0)} → ${k10.capped.toFixed(0)} MB`,
    'flat (≤1.2×)',
    k10.capped <= 1.2 * k1.capped,
  );
}
