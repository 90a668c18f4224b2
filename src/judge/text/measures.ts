/**
 * Units of measure (English) and the same measure said in another of them: "about thirteen feet"
 * for 4 metres, "an inch" for 3 cm, "44 lb" for 20 kg, "eleven gallons" for 50 litres, "half a
 * metre" for 50 cm. "Pounds" alone stay money, as values.ts reads them.
 */

type Kind = 'length' | 'mass' | 'volume';
type System = 'metric' | 'imperial';
interface Measure {
  kind: Kind;
  /** The unit's size in the kind's metric unit (metre, kilogram, litre). */
  size: number;
  system: System;
}

const metric = (kind: Kind, size: number): Measure => ({ kind, size, system: 'metric' });
const imperial = (kind: Kind, size: number): Measure => ({ kind, size, system: 'imperial' });

/** Units as values.ts names them (singular; short forms written out, lb as poundweight; British gallons and pints). */
const MEASURES: Readonly<Record<string, Measure>> = {
  millimetre: metric('length', 0.001),
  centimetre: metric('length', 0.01),
  metre: metric('length', 1),
  kilometre: metric('length', 1000),
  millimeter: metric('length', 0.001),
  centimeter: metric('length', 0.01),
  meter: metric('length', 1),
  kilometer: metric('length', 1000),
  inch: imperial('length', 0.0254),
  foot: imperial('length', 0.3048),
  feet: imperial('length', 0.3048),
  yard: imperial('length', 0.9144),
  mile: imperial('length', 1609.344),
  gram: metric('mass', 0.001),
  kilogram: metric('mass', 1),
  kilo: metric('mass', 1),
  // The Chinese 斤 (市斤), half a kilogram, and 里 (市里), half a kilometre.
  斤: metric('mass', 0.5),
  里: metric('length', 500),
  tonne: metric('mass', 1000),
  ounce: imperial('mass', 0.0283495),
  poundweight: imperial('mass', 0.453592),
  stone: imperial('mass', 6.35029),
  millilitre: metric('volume', 0.001),
  litre: metric('volume', 1),
  milliliter: metric('volume', 0.001),
  liter: metric('volume', 1),
  pint: imperial('volume', 0.568261),
  gallon: imperial('volume', 4.54609),
};

/** Whether a unit as values.ts names it is a unit of measure (a length, weight or volume). */
export const isMeasure = (unit: string): boolean => MEASURES[unit] !== undefined;

/** Units whose word is as often a thing ("a stone hit the car", "a yard at the back"). */
const ALSO_THINGS = new Set(['stone', 'yard']);
/** Whether "a"/"an" before the word says one of that unit ("an inch", "a litre"). */
export const saidAsOne = (word: string): boolean =>
  MEASURES[word] !== undefined && !ALSO_THINGS.has(word) && word !== 'feet';

/**
 * How far a measure said in the other system may be from the one it restates: a conversion is
 * said in round numbers ("an inch" for 3 cm is 15% short, "a foot" for 30 cm 2% over), while
 * "three inches" for 3 cm is two and a half times as long. Within one system nothing needs
 * rounding (half a metre is 50 cm, 45 cm is not).
 */
const ROUNDED = 0.2;

interface Amount {
  type: string;
  unit: string;
  value: string;
}

/** An amount in the kind's metric unit, with its kind and system, or undefined when it is no measure. */
function metricOf(v: Amount): { kind: Kind; system: System; amount: number } | undefined {
  const m = MEASURES[v.unit];
  const amount = Number(v.value) * (m?.size ?? 0);
  return m && v.type === 'quantity' && amount > 0 ? { ...m, amount } : undefined;
}

/** Two amounts of one kind of measure (lengths, weights or volumes), whatever their units. */
export const sameKindOfMeasure = (a: Amount, b: Amount): boolean => {
  const kind = metricOf(a)?.kind;
  return kind !== undefined && kind === metricOf(b)?.kind;
};

/** How many times the larger of two amounts is the smaller. */
const ratio = (x: number, y: number) => Math.max(x, y) / Math.min(x, y);

/**
 * The answer's measure `said` restates the customer's `told`: the same amount, exactly in one
 * system, roughly across two — and, said roughly, nearer `told` than any other measure of its
 * kind the customer gave (`others`): "thirteen feet" is the 4 metres, not the 3.5 beside it.
 */
export function sameMeasure(told: Amount, said: Amount, others: readonly Amount[] = []): boolean {
  const a = metricOf(told);
  const b = metricOf(said);
  if (!a || !b || a.kind !== b.kind) return false;
  const off = ratio(a.amount, b.amount);
  if (a.system === b.system) return off < 1 + 1e-9;
  return (
    off <= 1 + ROUNDED &&
    !others.some((o) => {
      const c = metricOf(o);
      return c !== undefined && c.kind === b.kind && ratio(c.amount, b.amount) < off;
    })
  );
}
