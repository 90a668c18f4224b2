// Start-up: --version, --help, list and the first prompt of `start`, beside bare Node.
import { bin, medianAsync, pad, runs, target, timeNode, timeToScreen } from './lib.mjs';

export async function benchStartup() {
  const baseline = timeNode(['-e', '0']);
  const rows = [
    ['cs-drill --version', timeNode([bin, '--version']), 1.3],
    ['cs-drill --help', timeNode([bin, '--help']), 1.6],
    ['cs-drill list', timeNode([bin, 'list']), 1.6],
  ];
  console.log(
    `\nStart-up, median of ${runs} runs (node ${process.version}, NODE_EXTRA_CA_CERTS unset)`,
  );
  console.log(`${pad('command', 30)}${pad('ms', 9)}${pad('baseline', 10)}${pad('ratio', 8)}target`);
  for (const [name, ms, goal] of rows) {
    console.log(
      `${pad(name, 30)}${pad(ms.toFixed(1), 9)}${pad(baseline.toFixed(1), 10)}${pad(`${(ms / baseline).toFixed(2)}x`, 8)}≤${goal}x of node -e 0`,
    );
    target(
      name,
      `${(ms / baseline).toFixed(2)}x (${ms.toFixed(0)} ms)`,
      `≤${goal}x node -e 0`,
      ms / baseline <= goal,
    );
  }
  // On a real pseudo-terminal: until the first prompt is drawn, beside Node printing a line.
  const count = Math.max(3, Math.min(runs, 9));
  const nodeLine = await medianAsync(count, () =>
    timeToScreen(`${process.execPath} -e "console.log('READY')"`, 'READY'),
  );
  const firstPrompt = await medianAsync(count, () =>
    timeToScreen(`${process.execPath} ${bin} start listening --lang en`, '1/'),
  );
  console.log(
    `${pad('start: first prompt on a pty', 30)}${pad(firstPrompt.toFixed(1), 9)}${pad(nodeLine.toFixed(1), 10)}${pad(`${(firstPrompt / nodeLine).toFixed(2)}x`, 8)}≤2x of node printing a line`,
  );
  target(
    'start: first prompt',
    `${(firstPrompt / nodeLine).toFixed(2)}x (${firstPrompt.toFixed(0)} ms)`,
    '≤2x node printing',
    firstPrompt / nodeLine <= 2,
  );
}
