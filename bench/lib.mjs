// Shared by the bench sections: the binary, a clean environment, timing helpers and the
// summary that run.mjs prints at the end.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const bin = join(root, 'bin', 'cs-drill.cjs');
export const runs = Number(process.env.BENCH_RUNS ?? 15);

/** NODE_EXTRA_CA_CERTS adds ~55 ms to every Node start here: unset for every side. */
export const env = {
  ...process.env,
  CS_DRILL_HOME: mkdtempSync(join(tmpdir(), 'cs-drill-bench-')),
};
delete env.NODE_EXTRA_CA_CERTS;

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export const pad = (s, n) => String(s).padEnd(n);

/** A small seeded generator (mulberry32): the same generated input every run. */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Median wall time (ms) of `node <args>` over `count` runs, after one warm-up unless `warmUp` is false. */
export function timeNode(args, { count = runs, okCodes = [0], extraEnv = {}, warmUp = true } = {}) {
  const e = { ...env, ...extraEnv };
  if (warmUp) spawnSync(process.execPath, args, { env: e, stdio: 'ignore' });
  const samples = [];
  for (let i = 0; i < count; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { env: e, stdio: 'ignore' });
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (!okCodes.includes(r.status))
      throw new Error(`bench: node ${args.join(' ')} exited ${r.status}`);
  }
  return median(samples);
}

/**
 * Wall time (s), CPU time (s, user + system, every thread) and peak RSS (MB) of one
 * `node <args>` run, via /usr/bin/time. On a shared machine the wall time follows the load; the
 * CPU time far less so.
 */
export function peakRun(args, { extraEnv = {}, okCodes = [0, 1] } = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, ...args], {
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (!okCodes.includes(r.status))
    throw new Error(`bench: node ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const [user, system, kb] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return {
    seconds: Number(process.hrtime.bigint() - t0) / 1e9,
    cpu: user + system,
    mb: kb / 1024,
  };
}

/** Milliseconds until `marker` appears on a pseudo-terminal running `command` (util-linux script). */
export function timeToScreen(command, marker, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn('script', ['-qfc', command, '/dev/null'], {
      env: { ...env, TERM: 'xterm', ...extraEnv },
    });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`bench: "${marker}" never appeared for ${command}: ${out.slice(-300)}`));
    }, 10_000);
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes(marker)) {
        clearTimeout(timer);
        resolve(Number(process.hrtime.bigint() - t0) / 1e6);
        child.kill('SIGKILL');
      }
    });
  });
}

/** One line of the final summary: a figure, its target, and whether it is met. */
export const summary = [];
export function target(figure, value, goal, pass) {
  summary.push({ figure, value, goal, pass });
}
