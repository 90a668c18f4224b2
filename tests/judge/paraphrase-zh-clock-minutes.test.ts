import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// Minutes said in words after 点 and followed by another word are a clock time (八点二十那班车),
// and are not read a second time as a number of their own.
test('minutes in words followed by another word close a clock time', () => {
  const read = valuesIn('八点二十那班车没来').map((v) => [v.type, v.value]);
  expect(read).toEqual([['time', '8:20']]);
});

test('a numeral and a unit after 点 is still a decimal, not minutes', () => {
  expect(valuesIn('走了一点五公里').some((v) => v.type === 'time')).toBe(false);
});

const item = restatementItem(
  '我给我爸订了六十大寿的包间，说好晚上六点二十开席，结果六点二十那会儿包间还没收拾出来。',
  [
    ['age', ['六十大寿', '六十岁']],
    ['time', ['六点二十', '6点20']],
  ],
);
const status = (answer: string, id: string) =>
  judge.judge(item, answer, 'zh-Hans').criteria.find((c) => c.id === id)?.status;

test('an age and a time said word for word are both met', () => {
  const answer = '您给父亲订了六十岁生日的包间，六点二十那会儿包间还没收拾好。';
  expect(status(answer, 'age')).toBe('met');
  expect(status(answer, 'time')).toBe('met');
});

test('another time is still contradicted', () => {
  const answer = '您给父亲订了六十岁生日的包间，七点二十那会儿包间还没收拾好。';
  expect(status(answer, 'time')).toBe('contradicted');
});

test('a numeral with 号 after the hour names a thing, not minutes', () => {
  const read = valuesIn('十点三号码头开船').find((v) => v.type === 'time');
  expect(read?.value).toBe('10:00');
});
