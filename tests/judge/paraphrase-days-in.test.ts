import { expect, test } from 'vitest';
import { normalise } from '../../src/judge/text/index.js';
import { valuesIn } from '../../src/judge/text/values.js';

const days = (text: string) =>
  valuesIn(normalise(text))
    .filter((v) => v.type === 'date' && v.unit === 'dom')
    .map((v) => v.value);

test('"N days in" counts on from the day said before it, and a day after that from it', () => {
  expect(days('The hire began on the 4th of June; the van broke down six days in.')).toEqual([
    '4',
    '10',
  ]);
  expect(
    days(
      'Your course started on the 2nd, the tutor left nine days in, and the exam was three days after that.',
    ),
  ).toEqual(['2', '11', '14']);
});

test('"days in a row" counts no day on', () => {
  expect(days('From the 4th it rained three days in a row.')).toEqual(['4']);
});
