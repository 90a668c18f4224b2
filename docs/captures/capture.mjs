// Makes the captures in this folder: a whole `cs-drill start listening` run at 40 columns in a
// real terminal (tmux), answered as a new user would (first option, each step, a typed answer),
// then prints the terminal's rows as they were shown, and on stderr how many rows the terminal
// had to break (a row filling the width) and how many of those split a word.
//   node docs/captures/capture.mjs en > docs/captures/start-listening-40-en.txt
//   node docs/captures/capture.mjs zh > docs/captures/start-listening-40-zh.txt
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const lang = process.argv[2] === 'zh' ? 'zh' : 'en';
const width = 40;
const root = resolve(import.meta.dirname, '../..');
const home = mkdtempSync(join(tmpdir(), 'cs-drill-capture-'));
const name = `cs-capture-${lang}-${process.pid}`;
const answer =
  lang === 'zh'
    ? '我听到您的包裹晚到了三天，您觉得很失望，也担心礼物赶不上生日。我说得对吗？'
    : 'So the parcel arrived three days late and you feel let down, because the present was for a birthday. Did I get that right?';
const tmux = (...args) => execFileSync('tmux', args, { encoding: 'utf8' });
const rows = () =>
  tmux('capture-pane', '-p', '-S', '-5000', '-t', name).replace(/\n+$/, '').split('\n');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

tmux(
  'new-session',
  '-d',
  '-s',
  name,
  '-x',
  String(width),
  '-y',
  '50',
  '-c',
  root,
  '-e',
  `CS_DRILL_HOME=${home}`,
  '-e',
  'NO_COLOR=1',
  '-e',
  'TERM=xterm-256color',
  `node bin/cs-drill.cjs start listening --lang ${lang} --fast --seed 1 --user capture; echo "[exit $?]"; sleep 600`,
);
try {
  let last = '';
  for (let steps = 0; steps < 400; steps++) {
    let screen = '';
    // Wait until the screen has changed and then stays the same for a moment.
    for (let i = 0; i < 600; i++) {
      await sleep(100);
      const now = tmux('capture-pane', '-p', '-t', name);
      if (now !== last && now === screen) break;
      screen = now;
    }
    last = screen;
    if (screen.includes('[exit ')) break;
    const lines = screen.split('\n').filter((l) => l.trim() !== '');
    const tail = lines.slice(lines.findLastIndex((l) => l.startsWith('? '))).join('\n');
    if (/\(?(Y\/n|y\/N)\)?\s*$/.test(lines.slice(-3).join('\n'))) {
      // The retry offer at the end: no; "Nothing selected — submit anyway?": yes.
      tmux('send-keys', '-t', name, /missed|没答对/.test(tail) ? 'n' : 'y', 'Enter');
    } else if (tail.startsWith('? ') && !tail.includes('⏎')) {
      tmux('send-keys', '-t', name, '-l', answer);
      await sleep(300);
      tmux('send-keys', '-t', name, 'Enter');
    } else tmux('send-keys', '-t', name, 'Enter');
  }
  const shown = rows();
  process.stdout.write(`${shown.join('\n')}\n`);
  const full = shown.filter((r) => displayWidth(r) >= width);
  const split = shown.filter(
    (r, i) =>
      displayWidth(r) >= width &&
      /[\p{L}\p{N}]$/u.test(r) &&
      /^[\p{L}\p{N}]/u.test(shown[i + 1] ?? '') &&
      !/\p{Script=Han}$/u.test(r),
  );
  process.stderr.write(
    `${lang}: ${shown.length} rows, ${full.length} filling the width, ${split.length} with a word broken across lines\n`,
  );
} finally {
  spawnSync('tmux', ['kill-session', '-t', name]);
}

function displayWidth(text) {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}
