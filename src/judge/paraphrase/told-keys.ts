import { contentKeys, unitsOf } from '../text/content.js';
import { keptReadings } from '../text/kept.js';

/**
 * The customer's words as a restatement's own clauses are set against them (`told` of retells):
 * English, the keys of their units; Chinese, their content keys. The same for every answer to
 * an item, so read once per customer text (kept like the customer's own reading) and shared by
 * every reading that asks.
 */
export const toldUnitKeys: (customer: string) => ReadonlySet<string> = keptReadings(
  1000,
  (customer) => new Set(unitsOf(customer).map((u) => u.key)),
);

export const toldContentKeys: (customer: string) => ReadonlySet<string> = keptReadings(
  1000,
  (customer) => new Set(contentKeys(customer)),
);
