import { describe, expect, it } from 'vitest';
import { type AnalysisItem, analyseItems } from '../../src/stats/item-analysis.js';

// Four trainees, items a (choice, 1 point), b (choice, 1 point), c (classify, 2 points) and an
// unscored self-rating, worked out by hand:
//
//        a  b  c | T   (% of 4)
//   P1   1  1  2 | 4   100
//   P2   1  0  2 | 3    75
//   P3   0  1  1 | 2    50
//   P4   0  0  0 | 0     0
//
// a: mean .5 → facility 50%; var = 4×.25/3 = 1/3 → sd .5774 = 57.74% of 1.
//    rest R = T − a = [3,2,2,0], mean 1.75; deviations a [.5,.5,−.5,−.5], R [1.25,.25,.25,−1.75]
//    Σ products = .625 + .125 − .125 + .875 = 1.5 → cov = .5; var R = 4.75/3 = 1.5833
//    D = .5 / √(.3333 × 1.5833) = .5 / .72648 = .68825
//    sorted a [0,0,1,1] with sorted R [0,2,2,3]: Σ = .875 − .125 + .125 + .625 = 1.5 → DE = 1
// b: mean .5 → 50%; R = [3,3,1,0], mean 1.75, deviations [1.25,1.25,−.75,−1.75]
//    Σ products with [.5,−.5,.5,−.5] = .625 − .625 − .375 + .875 = .5 → cov = .16667; var R = 6.75/3 = 2.25
//    D = .16667 / √(.3333 × 2.25) = .16667 / .86603 = .19245  (below .2: not discriminating)
//    sorted b [0,0,1,1] with sorted R [0,1,3,3]: Σ = .875 + .375 + .625 + .625 = 2.5 → covmax .8333 → DE = .2
// c: mean 1.25 → 62.5%; deviations [.75,.75,−.25,−1.25], var = 2.75/3 = .91667 → sd .95743 = 47.87% of 2
//    R = [2,1,1,0], mean 1, deviations [1,0,0,−1]; Σ products = .75 + 1.25 = 2 → cov .66667, var R .66667
//    D = .66667 / √(.91667 × .66667) = .85280; sorted pairs give the same Σ → DE = 1
// Totals: mean 56.25%, median (75 + 50)/2 = 62.5%; T deviations from 2.25: [1.75,.75,−.25,−2.25]
//    Σ squares 8.75 → var 2.9167, sd 1.7078 = 42.70% of 4
// α = 3/2 × (1 − (1/3 + 1/3 + .91667) / 2.9167) = 1.5 × (1 − .54286) = .68571
const items: AnalysisItem[] = [
  { id: 'a', kind: 'choice', max: 1, options: ['x', 'y', 'z'] },
  { id: 'b', kind: 'choice', max: 1, options: ['x', 'y'] },
  { id: 'c', kind: 'classify', max: 2 },
  { id: 'rate', kind: 'scale', max: 0 },
];
const attempts = [
  { scores: [1, 1, 2, 0], answers: ['x', 'y', ['f', 'g'], [3, 3]] },
  { scores: [1, 0, 2, 0], answers: ['x', 'x', ['f', 'g'], [3, 3]] },
  { scores: [0, 1, 1, 0], answers: ['y', 'y', ['f', 'f'], [3, 3]] },
  { scores: [0, 0, 0, 0], answers: [null, 'x', ['g', 'f'], [3, 3]] },
];

describe('item analysis', () => {
  const stats = analyseItems(items, attempts);
  const [a, b, c] = stats.items;

  it('matches the hand-computed per-item figures', () => {
    expect(stats.items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(a).toMatchObject({ attempts: 4, answered: 3, facility: 50, flags: [] });
    expect(a?.sd).toBeCloseTo(57.735, 3);
    expect(a?.discrimination).toBeCloseTo(0.68825, 4);
    expect(a?.efficiency).toBeCloseTo(1, 6);
    expect(b?.discrimination).toBeCloseTo(0.19245, 4);
    expect(b?.efficiency).toBeCloseTo(0.2, 6);
    expect(b?.flags).toEqual(['not-discriminating']);
    expect(c?.facility).toBeCloseTo(62.5, 6);
    expect(c?.sd).toBeCloseTo(47.871, 3);
    expect(c?.discrimination).toBeCloseTo(0.8528, 4);
    expect(c?.efficiency).toBeCloseTo(1, 6);
    expect(c?.options).toBeUndefined();
  });

  it('counts how often each option was picked, including options nobody picked', () => {
    expect(a?.options).toEqual([
      { key: 'x', count: 2, share: 50 },
      { key: 'y', count: 1, share: 25 },
      { key: 'z', count: 0, share: 0 },
    ]);
  });

  it('matches the hand-computed set figures', () => {
    expect(stats).toMatchObject({ attempts: 4, max: 4, mean: 56.25, median: 62.5 });
    expect(stats.sd).toBeCloseTo(42.696, 3);
    expect(stats.alpha).toBeCloseTo(0.68571, 4);
    expect(stats.histogram.map((h) => h.count)).toEqual([1, 0, 0, 0, 0, 1, 0, 1, 0, 1]);
  });

  it('flags too easy and too hard items and gives null, not NaN, when a figure cannot exist', () => {
    const easy = analyseItems(
      [{ id: 'e', kind: 'choice', max: 1 }],
      [1, 1, 1].map((s) => ({ scores: [s], answers: ['x'] })),
    );
    expect(easy.items[0]).toMatchObject({
      facility: 100,
      sd: 0,
      discrimination: null,
      efficiency: null,
      flags: ['too-easy'],
    });
    expect(easy.alpha).toBeNull();
    const hard = analyseItems(
      [{ id: 'h', kind: 'multi', max: 2 }],
      [{ scores: [0], answers: [null] }],
    );
    expect(hard.items[0]).toMatchObject({ facility: 0, sd: null, flags: ['too-hard'] });
    expect(hard.sd).toBeNull();
    expect(analyseItems(items, [])).toMatchObject({
      attempts: 0,
      mean: null,
      median: null,
      alpha: null,
    });
  });
});
