// Work, not time: V8's block coverage counts how often each block of JavaScript ran, which does
// not change with the machine's load. Counting starts when this module loads, and V8 counts
// only code compiled after that: a test file imports this helper first and the code it
// measures afterwards, with `await import()`. Regular-expression backtracking happens inside
// V8 and is not counted; the JavaScript around it is.
import { Session } from 'node:inspector';
import { expect } from 'vitest';

interface ScriptCoverage {
  url: string;
  functions: { ranges: { count: number }[] }[];
}

const session = new Session();
session.connect();
// An in-thread session answers synchronously, so counting is on before the next import runs.
post('Profiler.enable');
post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });

function post(method: string, params?: object): unknown {
  let out: unknown;
  let failure: Error | null = null;
  session.post(method, params, (error, result) => {
    failure = error;
    out = result;
  });
  if (failure) throw failure;
  return out;
}

function counts(where: string[]): number {
  const { result } = post('Profiler.takePreciseCoverage') as { result: ScriptCoverage[] };
  let steps = 0;
  for (const script of result)
    if (where.some((w) => script.url.includes(w)))
      for (const f of script.functions) for (const r of f.ranges) steps += r.count;
  return steps;
}

/** Block executions of `fn` in files whose URL contains one of `where` (the project's src/ by default). */
export function workOf(fn: () => unknown, where: string[] = ['/src/']): number {
  counts(where); // takes and resets the counters
  fn();
  return counts(where);
}

/**
 * Asserts that the work of `fn` on an input of size 10·n is at most `factor` times ten times
 * its work at size n: linear growth passes, quadratic growth (a hundredfold) does not. A first,
 * uncounted call warms up what is built once (compiled phrase lists, caches).
 */
export function expectLinearWork<T>(
  label: string,
  input: (n: number) => T,
  fn: (input: T) => unknown,
  opts: { n: number; factor?: number; where?: string[] },
): { small: number; large: number } {
  fn(input(opts.n));
  const small = workOf(() => fn(input(opts.n)), opts.where);
  const large = workOf(() => fn(input(opts.n * 10)), opts.where);
  // Code compiled before counting began shows calls but no loops: its work would not grow at all.
  expect(large, `${label}: the loops over the input were not counted`).toBeGreaterThanOrEqual(
    opts.n * 10,
  );
  expect(
    large,
    `${label}: work ${small} at n=${opts.n} grew to ${large} at n=${opts.n * 10}`,
  ).toBeLessThanOrEqual(small * 10 * (opts.factor ?? 2));
  return { small, large };
}
