/**
 * Keeps the newest `limit` values seen (by a timestamp), in bounded memory whatever the
 * input's length or order: values are buffered up to twice the limit, then trimmed.
 */
export class Newest<T> {
  private buf: { t: number; seq: number; value: T }[] = [];
  private seq = 0;
  private seen = 0;

  constructor(private readonly limit: number) {}

  add(t: number, value: T): void {
    this.seen++;
    this.buf.push({ t, seq: this.seq++, value });
    if (this.buf.length >= this.limit * 2 + 16) this.trim();
  }

  /** How many values were offered in all. */
  get total(): number {
    return this.seen;
  }

  /** Newest first; for equal times, the one added later first. */
  values(): T[] {
    this.trim();
    return this.buf.map((e) => e.value);
  }

  private trim(): void {
    this.buf.sort((a, b) => b.t - a.t || b.seq - a.seq);
    if (this.buf.length > this.limit) this.buf.length = this.limit;
  }
}
