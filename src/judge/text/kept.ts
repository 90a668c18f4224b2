/**
 * A reading kept per key, made on the first ask: what a batch asks again and again (a customer's
 * text, a fact's wordings, an answer's clauses or units). Bounded: once `limit` are kept it
 * forgets them all and starts again, so memory stays flat over a class of any size. The reading
 * must be pure, and its result is shared: readers never change it.
 */
export function keptReadings<K, V>(limit: number, read: (key: K) => V): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    const known = kept.get(key);
    if (known !== undefined || kept.has(key)) return known as V;
    const value = read(key);
    if (kept.size >= limit) kept.clear();
    kept.set(key, value);
    return value;
  };
}
