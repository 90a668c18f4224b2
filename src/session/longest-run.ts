/**
 * Indices of a longest strictly increasing subsequence of `values` (patience sorting,
 * O(n log n)): for an ordering item, the steps the trainee already has in the right order.
 * Any step outside it is "out of place".
 */
export function longestOrderedRun(values: number[]): number[] {
  const tails: number[] = [];
  const prev: number[] = new Array(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const out: number[] = [];
  for (let i = tails.at(-1) ?? -1; i >= 0; i = prev[i]!) out.unshift(i);
  return out;
}
