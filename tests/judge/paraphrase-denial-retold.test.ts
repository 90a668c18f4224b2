import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const FEEL = ['理解', '难怪', '生气', '着急', '抱歉', '心疼', '明白', '嬲'];
const CHECK = ['对吗', '是这样吗', '我理解得对吗', '啱唔啱', '係咪咁'];

const statuses = (customer: string, facts: [string, string[]][], answer: string) => {
  const j = judge.judge(
    restatementItem(customer, [...facts, ['feeling', FEEL], ['check', CHECK]]),
    answer,
    'zh-Hans',
  );
  return { facts: Object.fromEntries(j.criteria.map((c) => [c.id, c.status])), verdict: j.verdict };
};

const HEARING =
  '我在你们店配的助听器，三千八。调试完第二天右耳那只就开始啸叫，你们换了个零件，也没告诉我要另收两百。我爸戴着总响，根本没法用。';
const HEARING_FACTS: [string, string[]][] = [
  ['price', ['三千八']],
  ['squeal', ['啸叫']],
  ['no-notice', ['没告诉我', '没通知']],
  ['fee', ['两百']],
];

const BONSAI =
  '我的盆景放你们那儿寄养了一个月，交了六百。取回来叶子全黄了，掉了一大半。我想看看你们这一个月浇水的记录，店员不肯给我看。';
const BONSAI_FACTS: [string, string[]][] = [
  ['month', ['一个月']],
  ['paid', ['六百']],
  ['yellow', ['叶子全黄', '黄了']],
  ['refused', ['不肯给我看', '不给看']],
];

test('a denied act retold by another verb, same polarity, at its place in the story', () => {
  const r = statuses(
    BONSAI,
    BONSAI_FACTS,
    '您的盆景在我们这儿寄养了一个月，付了六百，拿回去叶子都黄了；您想查这个月的浇水记录，店员却死活不拿出来，您一定很心疼。是这样吗？',
  );
  expect(r.facts.refused).toBe('met');
  expect(r.verdict).toBe('pass');
});

test('the denial left out stays missed, though the answer denies something else', () => {
  const r = statuses(
    HEARING,
    HEARING_FACTS,
    '您花三千八配的助听器，右耳第二天就啸叫，换零件又多收了两百，老人家根本没法用，我理解。我理解得对吗？',
  );
  expect(r.facts['no-notice']).toBe('missed');
});

test('a denial told as done is not that denial', () => {
  const r = statuses(
    HEARING,
    HEARING_FACTS,
    '您花三千八配的助听器，右耳第二天就啸叫，换零件前我们跟您说了要收两百，我理解。我理解得对吗？',
  );
  expect(r.facts['no-notice']).not.toBe('met');
});

const TROUSERS =
  '我拎條西褲去你哋度改褲腳，講明改短一吋。攞返嚟短咗成三吋。你哋又冇問過我就剪咗佢，而家冇得改返。下個禮拜我要飲宴著㗎。';
const TROUSER_FACTS: [string, string[]][] = [
  ['asked', ['一吋']],
  ['got', ['三吋']],
  ['not-asked', ['冇問過我', '冇問我']],
  ['dinner', ['飲宴']],
];

test('Cantonese: 冇同你確認 retells 冇問過我 (the business the doer on both sides)', () => {
  const r = statuses(
    TROUSERS,
    TROUSER_FACTS,
    '你講明改短一吋，結果短咗三吋，我哋又冇同你確認就剪咗，下個禮拜仲要著去飲宴，換邊個都會嬲。係咪咁？',
  );
  expect(r.facts['not-asked']).toBe('met');
});

test("another of the customer's denials retold (改唔返 for 冇得改返) is not the missing one", () => {
  const r = statuses(
    TROUSERS,
    TROUSER_FACTS,
    '你講明改短一吋，結果短咗三吋，改唔返，下個禮拜要飲宴，換邊個都會嬲。係咪咁？',
  );
  expect(r.facts['not-asked']).toBe('missed');
});

test('the check asked both ways (啱唔啱) is no denial', () => {
  const r = statuses(
    TROUSERS,
    TROUSER_FACTS,
    '你講明改短一吋，結果短咗三吋，下個禮拜要飲宴，換邊個都會嬲。我講得啱唔啱？',
  );
  expect(r.facts['not-asked']).toBe('missed');
});

test('the denial put on the customer (您自己没…) is not the business failing', () => {
  const r = statuses(
    '我在你们驾校约了周三下午的练车，提前二十分钟到了。教练说预约没登记上，让我改天再来。',
    [
      ['wed', ['周三']],
      ['early', ['二十分钟']],
      ['not-booked', ['没登记上', '没登记']],
      ['later', ['改天']],
    ],
    '您周三下午约的练车，提前二十分钟到了，是您自己没约上，教练让您改天再来，我理解您很着急。对吗？',
  );
  expect(r.facts['not-booked']).toBe('missed');
});

test('a denial sharing the words of another fact still missed tells that fact turned round', () => {
  const r = statuses(
    '我喺你哋中心請咗個外傭，中介費收咗八千。合約寫明佢識照顧老人家，點知佢嚟咗兩個禮拜，連幫我阿媽轉身都唔識。',
    [
      ['fee', ['八千']],
      ['contract', ['識照顧老人', '照顧老人家']],
      ['two-weeks', ['兩個禮拜']],
      ['cant-turn', ['轉身都唔識', '唔識轉身']],
    ],
    '你請咗個外傭，中介費八千，兩個禮拜都唔識照顧你阿媽，我明白你好擔心。係咪咁？',
  );
  expect(r.facts['cant-turn']).toBe('missed');
});

test('a denial with the other side as its doer (我们没开 for 我没拿到) is not the customer’s', () => {
  const r = statuses(
    '我上个月在你们店买了一台咖啡机，一千二。用了一个礼拜就漏水。我没拿到发票，现在保修也办不了。',
    [
      ['price', ['一千二']],
      ['leak', ['漏水']],
      ['no-receipt', ['没拿到发票', '没发票']],
      ['warranty', ['保修']],
    ],
    '您上个月花一千二买的咖啡机，用了一个礼拜就漏水，我们没开给您单据，保修也办不了，难怪您着急。对吗？',
  );
  expect(r.facts['no-receipt']).toBe('missed');
});
