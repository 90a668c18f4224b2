import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const wash = restatementItem(
  '我把一件羊毛大衣送到你们干洗店，收了一百二。取回来袖子缩了一截，扣子也掉了两颗。',
  [
    ['coat', ['羊毛大衣', '大衣']],
    ['fee', ['一百二', '120']],
    ['shrunk', ['缩了']],
    ['buttons', ['两颗', '2颗']],
  ],
);
const story = '您送来干洗的羊毛大衣收了一百二，取回来袖子缩了一截，还掉了两颗扣子';
const grade = (answer: string) => judge.judge(wash, answer, 'zh-Hans').verdict;

// The agent brushing the case aside after a complete restatement: telling the customer not to
// mind, setting the matter between them and someone else, calling the problem normal or common,
// or a rule everyone must follow. Each caps the restatement at partial.
test.each([
  `${story}。我理解您着急，您别往心里去。对吗？`,
  `${story}。我理解您着急，不过那是您跟洗衣工之间的事。对吗？`,
  `${story}。我理解您着急，不过羊毛洗了缩水是很正常的。对吗？`,
  `${story}，这种事以前我们这儿也常有。我理解您着急。对吗？`,
  `${story}。我理解您着急，不过干洗的衣服都要过两道工序的。对吗？`,
])('brush-off: %s → partial', (answer) => {
  expect(grade(answer)).toBe('partial');
});

test('Cantonese: 你唔使咁介意 after the story caps it too', () => {
  expect(
    grade(
      '你送嚟乾洗件羊毛大褸收咗一百二，攞返去袖縮咗一截，仲甩咗兩粒鈕。你唔使咁介意。我明白你好嬲。係咪？',
    ),
  ).toBe('partial');
});

// What is no brush-off: the feeling called normal, the customer's or the shop's words retold,
// 唔好受 (feeling bad) and 不正常.
test.each([
  `${story}，您觉得被坑了，这很正常。我说得对吗？`,
  `${story}，店员还说缩水很正常，换谁都生气。对吗？`,
  `${story}，店员叫您别着急，换谁都生气。对吗？`,
  `${story}，袖子缩得很不正常，换谁都生气。对吗？`,
])('no brush-off: %s → pass', (answer) => {
  expect(grade(answer)).toBe('pass');
});

test('唔好受 is a feeling, not 唔好 telling the customer not to', () => {
  const j = judge.judge(
    wash,
    '你送嚟乾洗件羊毛大褸收咗一百二，攞返去袖縮咗一截，仲甩咗兩粒鈕，我明白你唔好受。係咪？',
    'zh-Hans',
  );
  expect(j.forbidden).toEqual([]);
});
