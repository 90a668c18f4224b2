import { describe, expect, it } from 'vitest';
import { keptReadings } from '../../src/judge/text/kept.js';

describe('keptReadings', () => {
  it('reads each key once, a false or undefined result too', () => {
    const reads: string[] = [];
    const quiet = keptReadings(10, (w: string) => {
      reads.push(w);
      return w === 'x' ? undefined : w.length > 3;
    });
    for (const w of ['the', 'the', 'parcel', 'x', 'x', 'parcel']) quiet(w);
    expect(reads).toEqual(['the', 'parcel', 'x']);
    expect(quiet('the')).toBe(false);
    expect(quiet('x')).toBeUndefined();
  });

  it('forgets everything once full, so memory stays bounded', () => {
    let reads = 0;
    const double = keptReadings(2, (n: number) => {
      reads++;
      return n * 2;
    });
    double(1);
    double(2);
    double(3); // full: 1 and 2 are forgotten
    expect(double(3)).toBe(6);
    expect(reads).toBe(3);
    double(1);
    expect(reads).toBe(4);
  });
});
