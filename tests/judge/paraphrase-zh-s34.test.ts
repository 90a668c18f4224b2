import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'zh-Hans');

test('a bare number wording is said as that number, not by its characters scattered over a clause', () => {
  const screen = '我在你们店换手机屏幕，报价说三百八，取机的时候却收了我五百五。';
  expect(status(screen, ['五百五'], '报的是三百八，取机收了您六百五。')).not.toBe('met');
  expect(status(screen, ['五百五'], '报的是三百八，取机收了您五百五。')).toBe('met');
});

test('a length told against a bound covers the customer’s when it lies where the bound puts it', () => {
  const broadband = '我家宽带从上个月八号开始就三天两头断网，到今天整整二十五天了。';
  expect(status(broadband, ['二十五天'], '宽带老掉线，算下来差几天就一个月了。')).toBe('met');
  const table = '结果放在家里三个礼拜，就裂了一条缝。';
  expect(status(table, ['三个礼拜'], '结果在家放不到一个月就裂开了。')).toBe('met');
  expect(status(table, ['三个礼拜'], '结果在家放不到两个礼拜就裂开了。')).toBe('contradicted');
  const guard = '保安等咗成四十分鐘先嚟。';
  expect(status(guard, ['四十分鐘'], '保安隔咗大半個鐘先到。')).toBe('met');
  expect(status('保安等咗成二十分鐘先嚟。', ['二十分鐘'], '保安隔咗大半個鐘先到。')).toBe(
    'contradicted',
  );
});

test('a fall retold with another verb and the same result meets the customer’s fall', () => {
  const escalator = '我们商场那部扶梯上周停了三次,有个老太太被顿了一下摔倒了。';
  expect(status(escalator, ['摔', '跌'], '扶梯上周停了三回,一位老人家被急停顿倒了。')).toBe('met');
  expect(status(escalator, ['摔', '跌'], '扶梯上周停了三回,一位老人家差点被顿倒了。')).not.toBe(
    'met',
  );
  expect(status(escalator, ['摔', '跌'], '扶梯上周停了三回,反倒没人受伤。')).not.toBe('met');
  const mall = '我阿爸喺你哋商場扶手電梯口跌咗一跤，撞親個頭。';
  expect(status(mall, ['跌'], '你阿爸喺商場扶手電梯口仆低，個頭都撞親。')).toBe('met');
  const slope = '上周六我妈在你们超市门口的坡道上摔倒了，伤了手腕。';
  expect(status(slope, ['摔倒'], '老太太在我们门口的坡道上滑倒了，把手腕伤了。')).toBe('met');
});

test('a bare number of the customer’s said with a measure word of its own is in its place, not swapped', () => {
  const flight = '我给我爸七十大寿订了直升机观光,两个人一千六,约的是十月五号下午三点。';
  expect(
    status(flight, ['七十大寿', '七十岁'], '您给父亲过七十岁生日,订了两人一千六的直升机观光。'),
  ).toBe('met');
});

test('a fact that is nothing but a value has no polarity: a denial in its clause does not turn it', () => {
  const pier = '我琴日喺西貢碼頭跌咗部iPhone落海，你哋潛水員搵咗兩個鐘都搵唔到。';
  expect(status(pier, ['兩個鐘', '2個鐘'], '我哋潛水員落咗足足兩粒鐘都冇撈返。')).toBe('met');
  expect(status(pier, ['兩個鐘', '2個鐘'], '我哋潛水員落咗半個鐘就撈返。')).not.toBe('met');
});

test('a value said with the particle the customer gave it (十一点才到 for 十一点才来) is in its own place', () => {
  const saw = '你们的锯木机八月十四号来,师傅说八点到,十一点才来,下午三点就走了。';
  expect(status(saw, ['十一点', '11点'], '八月十四号师傅十一点才到,三点就走。')).toBe('met');
  expect(status(saw, ['八点', '8点'], '八月十四号师傅说好十一点到,八点才来。')).toBe(
    'contradicted',
  );
});

test('one end of an opposite pair said for the customer’s is one minor slip; both ends swapped is poor', () => {
  const verdict = (customer: string, criteria: [string, string[]][], answer: string) =>
    judge.judge(restatementItem(customer, criteria), answer, 'zh-Hans').verdict;
  const escalator =
    '我们商场东门那部下行扶梯上周停了三次,周六下午就停了两次,有个老太太摔倒了。你们工程师四个小时才到,我是真担心出大事。';
  const facts: [string, string[]][] = [
    ['which', ['下行']],
    ['count', ['三次']],
    ['sat', ['周六']],
    ['fall', ['摔']],
    ['response', ['四个小时', '四小时']],
  ];
  const restated = (which: string) =>
    `东门${which}扶梯上周停了三次,周六下午两次,有位老太太摔了,工程师四小时才到。我理解您担心。对吗?`;
  expect(verdict(escalator, facts, restated('上行'))).toBe('partial');
  expect(verdict(escalator, facts, restated('下行'))).toBe('pass');
  const brows =
    '我上個月喺你哋度做咗飄眉，三千八。做完左邊眉比右邊高咗成半厘米。我返嚟執，個師傅話要等三個禮拜先可以補色。我下個月結婚，真係好崩潰。';
  const browFacts: [string, string[]][] = [
    ['paid', ['三千八']],
    ['uneven', ['左邊眉比右邊高', '左邊高']],
    ['wait', ['三個禮拜']],
    ['wedding', ['結婚']],
  ];
  expect(
    verdict(
      brows,
      browFacts,
      '你上個月做咗三千八嘅飄眉，做完右邊眉比左邊高咗半厘米，師傅話要等三個禮拜先補色，你下個月結婚，我明白你好崩潰，係咪咁？',
    ),
  ).toBe('fail');
});

test('Cantonese 落行 is read as 下行, so 上行 for it is the other end', () => {
  const mall = '我係管理商場嘅。上個禮拜落行嗰條扶手電梯停咗三次,我真係好擔心出事。';
  expect(status(mall, ['落行', '下行'], '上行扶手電梯上個禮拜停咗三次,明白你好擔心。')).toBe(
    'contradicted',
  );
});
