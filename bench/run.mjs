// npm run bench [-- section ...]: speed and memory figures, each beside a baseline measured in
// the same run, then a one-screen summary of the targets with PASS/MISS.
// Sections: startup, check, batch, history, feedback (default: all). BENCH_RUNS sets the repeat count.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every file the sections make (os.tmpdir() reads TMPDIR, and the commands they run inherit it)
// goes under one folder for this run, removed at the end: the history section alone writes ~1.5 GB.
const scratch = mkdtempSync(join(tmpdir(), 'cs-drill-bench-'));
process.env.TMPDIR = scratch;
const removeScratch = () => rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
process.once('SIGINT', () => {
  removeScratch();
  process.exit(130);
});
const { pad, summary } = await import('./lib.mjs');

const sections = {
  startup: async () => (await import('./startup.mjs')).benchStartup(),
  check: async () => (await import('./check.mjs')).benchCheck(),
  batch: async () => (await import('./batch.mjs')).benchBatch(),
  history: async () => (await import('./history.mjs')).benchHistory(),
  feedback: async () => (await import('./feedback.mjs')).benchFeedback(),
};
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !(w in sections));
if (unknown.length) {
  console.error(
    `bench: unknown section ${unknown.join(', ')}; choose from ${Object.keys(sections).join(', ')}`,
  );
  removeScratch();
  process.exitCode = 2;
} else {
  try {
    for (const name of wanted.length ? wanted : Object.keys(sections)) await sections[name]();
  } finally {
    removeScratch();
  }
  console.log('\nSummary');
  // Columns as wide as their longest cell, so a long target never runs into its result.
  const width = (key, title) => Math.max(title.length, ...summary.map((r) => r[key].length)) + 2;
  const [wf, wv, wg] = [
    width('figure', 'figure'),
    width('value', 'measured'),
    width('goal', 'target'),
  ];
  console.log(`${pad('figure', wf)}${pad('measured', wv)}${pad('target', wg)}result`);
  for (const row of summary)
    console.log(
      `${pad(row.figure, wf)}${pad(row.value, wv)}${pad(row.goal, wg)}${row.pass ? 'PASS' : 'MISS'}`,
    );
  const missed = summary.filter((r) => !r.pass).length;
  console.log(
    missed ? `${missed} of ${summary.length} targets missed` : `all ${summary.length} targets met`,
  );
}
