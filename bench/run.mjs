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
