import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
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
