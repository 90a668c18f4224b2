import { expect, test } from 'vitest';
import { checkQuestion } from '../../src/judge/paraphrase/restate.js';
import { prepareAnswer } from '../../src/judge/text/index.js';

// Chinese closing checks in forms no list holds: a question about whether the restatement is
// right or complete, read by its structure (zh-Hans, Taiwan, written Cantonese).
test.each([
  '所以热水器周一装好,周三又不出热水了。我讲的跟您碰到的一样吗?',
  '所以熱水器週一裝好,週三又不出熱水了。您看我這段有沒有偏差?',
  '所以热水器周一装好,周三又不出热水了,我复述得有没有要纠正的地方?',
  '即係熱水爐禮拜一裝好,禮拜三又冇熱水。我有冇講漏嘢?',
  '即係熱水爐禮拜一裝好,禮拜三又冇熱水,仲有冇其他想同我講?',
  '所以热水器周一装好,周三又不出热水了。还有别的细节要告诉我吗?谢谢。',
  '所以热水器周一装好,周三又不出热水了,如果我说得不准确,请您指正。',
  '熱水器週一裝好,週三又不出熱水了,我這樣記下來您看對得上嗎?',
  '即係熱水爐禮拜一裝好,禮拜三又冇熱水,我講得啱未?',
])('%s is a closing check', (answer) => {
  expect(checkQuestion(prepareAnswer(answer)).met).toBe(true);
});

// Questions at the end that ask something else: a fact, an offer, doubt of the customer.
test.each([
  '所以热水器周一装好,周三又不出热水了,您确定吗?',
  '所以热水器周一装好,周三又不出热水了,要不要我帮您约师傅?',
  '所以热水器周一装好,现在接口还在漏水吗?',
  '所以热水器周一装好,周三又不出热水了,还有什么可以帮您的吗?',
  '所以热水器周一装好,师傅把型号装错了吗?',
  '所以熱水爐禮拜一裝好,禮拜三又冇熱水,你係咪冇開電掣?',
])('%s is no check of the restatement', (answer) => {
  expect(checkQuestion(prepareAnswer(answer)).met).toBe(false);
});

// A cue the lists hold earlier in the answer (对不上号, a fact of the story) does not hide the
// closing check that follows in a form no list holds.
test.each([
  ['配图跟文字对不上号,还晚了一个多礼拜。您着急,我明白。我这样概括有没有漏的?', []],
  ['配图跟文字对不上号,还晚了一个多礼拜。您着急,我明白。我这样概括有没有漏的?', ['对吗', '有没有']],
  ['配圖跟文字對不上,仲遲咗成個禮拜。你咁急,我明白。我咁講有冇漏咗啲乜?', []],
])('%s: the closing check is met after an earlier cue', (answer, also) => {
  expect(checkQuestion(prepareAnswer(answer), also).met).toBe(true);
});
