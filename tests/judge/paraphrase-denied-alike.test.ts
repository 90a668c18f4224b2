import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// The customer's denial stands after the thing ("… wasn't in the envelope", "nobody at reception
// told me"), where the walk back from the phrase does not reach; the answer denies it its own way.
test('a thing denied by the customer and denied by the answer is the fact, not its opposite', () => {
  const customer =
    "The spare key we'd asked for wasn't in the envelope, and nobody at reception told me why.";
  expect(
    factStatus(judge, customer, ['spare key', 'key'], 'There was no key in the envelope.', 'en'),
  ).toBe('met');
  expect(
    factStatus(judge, customer, ['told', 'explained'], 'Reception never explained why.', 'en'),
  ).toBe('met');
  expect(
    factStatus(
      judge,
      '师傅在屋顶上找了三个钟头都没找到漏水点。',
      ['三个钟头', '3个小时'],
      '师傅在上面足足三个钟头也没找着漏点。',
      'zh-Hans',
    ),
  ).toBe('met');
  // The customer's denial inside the accepted phrase itself (一根都没).
  expect(
    factStatus(judge, '钢管一根都没运到工地。', ['一根都没'], '一根钢管也没运到工地。', 'zh-Hans'),
  ).toBe('met');
});

test('a denial elsewhere in the answer does not make an arrival the customer denied its fact', () => {
  expect(
    factStatus(
      judge,
      'The heater I ordered still hasn’t come, and the tracking has not moved since Monday.',
      ["hasn't come", 'not arrived'],
      'So the heater came on Friday but the tracking hasn’t moved since Monday.',
      'en',
    ),
  ).toBe('contradicted');
});

test('a value told absent as the customer told it is no reversal', () => {
  const customer = 'The paint kit was missing both brushes, and I paid £30 for it.';
  const brushes = ['two brushes', 'both brushes'];
  expect(
    factStatus(judge, customer, brushes, 'The kit came without the pair of brushes.', 'en'),
  ).toBe('met');
  expect(factStatus(judge, customer, brushes, 'The kit came with both brushes.', 'en')).not.toBe(
    'met',
  );
  const hinges =
    'My order of forty screws and six hinges arrived on Tuesday with the hinges missing.';
  expect(
    factStatus(
      judge,
      hinges,
      ['six hinges', '6 hinges'],
      'The forty screws and six hinges came on Tuesday, but the six hinges were missing.',
      'en',
    ),
  ).toBe('met');
  expect(
    factStatus(
      judge,
      hinges,
      ['six hinges', '6 hinges'],
      'The forty screws and six hinges came on Tuesday, and they all fit.',
      'en',
    ),
  ).toBe('contradicted');
});

test('a check the customer reports as normal, retold as fine, is their own report', () => {
  expect(
    factStatus(
      judge,
      'The inspector signed the boiler off as normal in March, and in April it broke down.',
      ['March'],
      'In March the inspector passed the boiler as fine, and in April it broke down.',
      'en',
    ),
  ).toBe('met');
  expect(
    factStatus(
      judge,
      'The boiler broke down in April.',
      ['April'],
      'The boiler was fine in April.',
      'en',
    ),
  ).toBe('contradicted');
});

test('emphatic "does" on what the customer said does happen is their account', () => {
  expect(
    factStatus(
      judge,
      'The radio works, but it only picks up one station since you repaired it in May.',
      ['May'],
      'Since the repair in May the radio does work, but it only gets one station.',
      'en',
    ),
  ).toBe('met');
  // What was booked to happen, or said as a noun, is no telling that it happened.
  expect(
    factStatus(
      judge,
      'I booked the cleaner to clean on Monday at £20 a clean, and she never came.',
      ['never came', "didn't come"],
      'The cleaner did clean on Monday.',
      'en',
    ),
  ).toBe('contradicted');
});

test('自己 retold from the customer’s own telling is no reversal', () => {
  expect(
    factStatus(
      judge,
      '顶棚漏水泡坏了两台客人的车,我赔了三千。',
      ['三千', '3000'],
      '漏水泡坏了客人两台车,您自己掏了三千块赔给车主。',
      'zh-Hans',
    ),
  ).toBe('met');
  expect(
    factStatus(
      judge,
      '门槛做得太高,我妈自己跨不过去。',
      ['跨不过去', '太高'],
      '门槛高得您母亲自己跨不过去。',
      'zh-Hans',
    ),
  ).toBe('met');
  expect(
    factStatus(
      judge,
      '店员把我的订单取消了,三千块到现在没退。',
      ['取消'],
      '是您自己把订单取消了,三千块还没退。',
      'zh-Hans',
    ),
  ).toBe('contradicted');
});
