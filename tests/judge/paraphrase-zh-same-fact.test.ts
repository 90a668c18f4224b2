import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// A wrong fact needs both sides to speak of the same fact: the same head with another value of
// its kind. A value of another head, or a value on one side only, contradicts nothing.

test('one ticket at its price is a unit price, not a count of tickets', () => {
  const cave = '我們一家四口上週日參加你們的導覽，票一張四百五。導覽員帶到一半就帶我們出去。';
  const tour = ['上週日四個人', '一張四百五'];
  expect(
    factStatus(judge, cave, tour, '上週日四個人參加導覽，門票四百五乘四張。', 'zh-Hans'),
  ).not.toBe('contradicted');
  // Three tickets for the family of four is still a wrong count.
  expect(
    factStatus(
      judge,
      '我们买了四张票，一共一千八。',
      ['四张票'],
      '您买了三张票，一共一千八。',
      'zh-Hans',
    ),
  ).toBe('contradicted');
});

test('the customer and five friends are six people', () => {
  const party = '上周六我们六个人在你们店订了晚上七点的剧本杀，交了三百定金。';
  const booking = ['六个人', '剧本杀'];
  expect(
    factStatus(judge, party, booking, '上周六您和五个朋友约了七点的剧本杀。', 'zh-Hans'),
  ).not.toBe('contradicted');
  expect(factStatus(judge, party, booking, '上周六你们五个人约了七点的剧本杀。', 'zh-Hans')).toBe(
    'contradicted',
  );
});

test('a number in digits and the same number in words are one value', () => {
  const race = '我禮拜六放了15羽鴿子參加比賽,報名費1500。電子鐘一羽都沒記到。';
  expect(
    factStatus(
      judge,
      race,
      ['15羽', '十五羽'],
      '您放了十五羽、交了一千五報名費,電子鐘一羽都沒登錄。',
      'zh-Hans',
    ),
  ).not.toBe('contradicted');
});

test('half a month is two weeks', () => {
  const repair = '我部手機拎返嚟維修，等咗兩個禮拜，到而家都冇消息。';
  expect(
    factStatus(
      judge,
      repair,
      ['兩個禮拜', '兩星期'],
      '送咗返嚟修，已經等咗半個月，仲未有人覆你。',
      'zh-Hans',
    ),
  ).not.toBe('contradicted');
  expect(
    factStatus(
      judge,
      repair,
      ['兩個禮拜', '兩星期'],
      '送咗返嚟修，已經等咗一個月，仲未有人覆你。',
      'zh-Hans',
    ),
  ).toBe('contradicted');
});

test('a verb before a head names no place or person', () => {
  const clinic = '医生说三天出报告，今天第八天了，挂号处让我自己去找医生。';
  expect(
    factStatus(
      judge,
      clinic,
      ['让您自己找医生', '自己去找医生'],
      '挂号处只让您直接找主治医生。',
      'zh-Hans',
    ),
  ).not.toBe('contradicted');
  const ride = '我叫的网约车司机绕路，本来二十分钟的路开了五十分钟。';
  expect(
    factStatus(judge, ride, ['绕路', '绕远'], '司机没走正常路线，开了五十分钟。', 'zh-Hans'),
  ).not.toBe('contradicted');
  // A surname before a doctor is still a name.
  const doctor = '我挂了王医生上午九点的号，等到十一点还没叫到我。';
  expect(factStatus(judge, doctor, ['王医生'], '您挂的是李医生上午九点的号。', 'zh-Hans')).toBe(
    'contradicted',
  );
});

test('合同 and 时 are no party told', () => {
  const jump = '签合同的时候我说了我有高血压，教练说没问题。跳完我就头晕。';
  expect(
    factStatus(
      judge,
      jump,
      ['说了有高血压', '签约时告知'],
      '您签合同时告诉教练自己血压高，教练点了头。',
      'zh-Hans',
    ),
  ).not.toBe('contradicted');
});

test('no word in advance said as 没打过招呼 is nobody telling', () => {
  const points = '我攒的两万积分上个月被清零了，事先没有任何通知，我昨天去换电饭锅才知道。';
  expect(
    factStatus(
      judge,
      points,
      ['没通知', '没有通知'],
      '收银的同事告诉您积分上月清零了，事先没有任何人跟您打过招呼。',
      'zh-Hans',
    ),
  ).not.toBe('contradicted');
});

test('a comparison retold from one end, or in its own order, swaps nothing', () => {
  const brows = '做完左邊眉比右邊高咗成半厘米，而家一邊粗一邊幼。我下個月結婚。';
  const uneven = ['左邊眉比右邊高', '半厘米'];
  expect(
    factStatus(
      judge,
      brows,
      uneven,
      '做完兩條眉一高一低，左邊高咗半厘米，一邊粗一邊幼。',
      'zh-Hans',
    ),
  ).not.toBe('contradicted');
  expect(
    factStatus(judge, brows, uneven, '做完左邊比右邊高咗半厘米，一邊粗一邊幼。', 'zh-Hans'),
  ).not.toBe('contradicted');
  expect(
    factStatus(judge, brows, uneven, '做完右邊眉比左邊高咗半厘米，一邊粗一邊幼。', 'zh-Hans'),
  ).toBe('contradicted');
});
