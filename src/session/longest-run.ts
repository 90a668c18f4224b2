/**
 * Indices of a longest strictly increasing subsequence of `values`: for an ordering item, the
 * steps the trainee already has in the right order; any step outside it is "out of place".
 * `values` are 0-based correct positions. Among the longest runs it keeps the one with the most
 * steps standing exactly where they belong, so swapping two steps names those two steps rather
 * than their neighbours. O(n²) over the steps of one item.
 */
export function longestOrderedRun(values: number[]): number[] {
  // best[i]: [length, steps in place] of the best run ending at i; prev[i]: its previous index.
  const best: [number, number][] = [];
  const prev: number[] = [];
  values.forEach((v, i) => {
    const here = v === i ? 1 : 0;
    let pick: [number, number] = [1, here];
    let from = -1;
    for (let j = 0; j < i; j++) {
      if (values[j]! >= v) continue;
      const [len, fixed] = best[j]!;
      if (len + 1 > pick[0] || (len + 1 === pick[0] && fixed + here > pick[1])) {
        pick = [len + 1, fixed + here];
        from = j;
      }
    }
    best.push(pick);
    prev.push(from);
  });
  let end = -1;
  best.forEach(([len, fixed], i) => {
    const top = best[end];
    if (!top || len > top[0] || (len === top[0] && fixed > top[1])) end = i;
  });
  const out: number[] = [];
  for (let i = end; i >= 0; i = prev[i]!) out.unshift(i);
  return out;
}
