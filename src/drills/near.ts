/** Levenshtein distance: how many single-character edits turn one name into the other. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/**
 * The names a slip of the keyboard away from `name` (case ignored): the "did you mean" list.
 * Short names allow one edit, longer ones two, so "a" never suggests "b".
 */
export function nearNames(name: string, names: Iterable<string>): string[] {
  const wanted = name.trim().toLowerCase();
  const limit = wanted.length <= 3 ? 1 : 2;
  const found: { name: string; d: number }[] = [];
  for (const n of names) {
    const d = editDistance(wanted, n.toLowerCase());
    if (d > 0 && d <= limit) found.push({ name: n, d });
  }
  return found.sort((x, y) => x.d - y.d).map((f) => f.name);
}
