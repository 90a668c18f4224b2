import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// A negation binds its own verb: only the same fact said the other way round contradicts it.

const berth = '上個月颱風之後你哋將我條船移咗去另一個位，冇通知我，船身花咗一大條。';
const moved = ['颱風後移咗船', '移去另一個位'];

test('a denied verb of its own before 就 says how it was done, not that it was not', () => {
  expect(
    factStatus(
      judge,
      berth,
      moved,
      '上個月颱風過後我哋冇問過你就將船移咗位，船身花咗。',
      'zh-Hans',
    ),
  ).toBe('met');
  expect(
    factStatus(
      judge,
      '台风之后你们把我的船移走了。',
      ['台风后移了船'],
      '台风过后没通知您就把船移了。',
      'zh-Hans',
    ),
  ).toBe('met');
  // The wording's own verb denied is still its opposite.
  expect(
    factStatus(
      judge,
      '台风之后你们把我的船移走了。',
      ['台风后移了船'],
      '台风过后你们没移我的船。',
      'zh-Hans',
    ),
  ).toBe('contradicted');
});

const cards = '说好12月1号到,今天都12月6号了还没来,店员还说「不一定有」。';

test('a negation after a verb of saying is the words reported', () => {
  expect(
    factStatus(judge, cards, ['店员说'], '到今天六号都没来,店员还说不一定拿得到。', 'zh-Hans'),
  ).toBe('met');
});

const licence =
  '我上個月報咗考試，交咗八百蚊，話考完兩個禮拜有證書。考咗成個月都未收到，打電話去三次冇人聽，我下個禮拜要用個牌。';

test('a topic with its number denied after it says the denied fact', () => {
  expect(
    factStatus(
      judge,
      licence,
      ['成個月未收到', '一個月都未有'],
      '即係你上個月考完，我哋答應兩星期出證，而家一個月都冇消息，三次電話都冇人接。',
      'zh-Hans',
    ),
  ).toBe('met');
});

const pen = '我講明要原廠零件，收咗一千二。今日攞返嚟，發現筆咀換咗第二個牌子。';

test('words of a denied wording spread over clauses do not contradict it', () => {
  expect(
    factStatus(
      judge,
      pen,
      ['唔係原廠筆咀'],
      '你指定原廠零件，畀咗一千二，攞返嚟筆咀係第二個牌子。',
      'zh-Hans',
    ),
  ).not.toBe('contradicted');
  const fryer = '我上周五买了一台空气炸锅,显示周日送到,结果到今天周三还没到。';
  expect(
    factStatus(
      judge,
      fryer,
      ['周日送到'],
      '上周五买的空气炸锅,承诺的送达日是星期日,现在还没送来。',
      'zh-Hans',
    ),
  ).not.toBe('contradicted');
  // Inside one clause the wording denied is still contradicted.
  expect(factStatus(judge, fryer, ['周日送到'], '空气炸锅周日没送到。', 'zh-Hans')).toBe(
    'contradicted',
  );
});
