import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const doorbell =
  'Our video doorbell stopped recording visitors after your update on the 9th. We missed two parcel drops and I want it fixed.';

test.each([
  [
    "a denied verb for 'stopped V-ing'",
    ['stopped recording'],
    "Since the update on the 9th the doorbell hasn't recorded anyone, and two parcel drops were missed. Is that right?",
    'met',
  ],
  [
    'the thing the customer said stopped, said not done',
    ['visitors'],
    "Since the update on the 9th the doorbell won't record visitors, and two parcel drops were missed. Is that right?",
    'met',
  ],
  [
    'the verb of ceasing itself, as written',
    ['stopped recording'],
    'Since the update on the 9th the doorbell stopped recording, and two parcel drops were missed. Is that right?',
    'met',
  ],
])('en: ceasing said as a denial — %s', (_, any, answer, status) => {
  expect(factStatus(judge, doorbell, any, answer, 'en')).toBe(status);
});

test("en: a denial of another verb does not retell 'stopped recording'", () => {
  expect(
    factStatus(
      judge,
      doorbell,
      ['stopped recording'],
      "Since the update on the 9th the doorbell hasn't rung, and two parcel drops were missed. Is that right?",
      'en',
    ),
  ).not.toBe('met');
});

const printer =
  "Our label printer stopped printing the barcode labels after Monday's update. The warehouse shipped forty parcels late and I'm fed up.";

test.each([
  "Since Monday's update the printer won't do labels with barcodes, and forty parcels went out late. Is that right?",
  "Since Monday's update there have been no barcode labels from the printer, and forty parcels went out late. Is that right?",
])(
  'en: what the customer said was no longer done, told as not done, is their fact: %s',
  (answer) => {
    expect(factStatus(judge, printer, ['barcode labels'], answer, 'en')).toBe('met');
  },
);
