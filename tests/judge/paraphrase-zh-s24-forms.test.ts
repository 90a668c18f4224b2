import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'zh-Hans');
const feelingMet = (customer: string, answer: string) =>
  judge
    .judge(restatementItem(customer, [['f', ['冰箱']]]), answer, 'zh-Hans')
    .criteria.find((c) => c.id === 'feeling')?.met;
const read = (text: string) => valuesIn(text).map((v) => [v.type, v.unit, v.value]);

test('counts with the measure words 扇, 根, 片, 针 are read, and one wrong count is wrong', () => {
  expect(read('有五扇窗渗水')).toContainEqual(['quantity', '扇', '5']);
  expect(read('断了两根')).toContainEqual(['quantity', '根', '2']);
  const windows = '你们给我家十二扇窗贴了密封条。结果一下雨,有五扇窗往里渗水。';
  expect(status(windows, ['五扇', '5扇'], '十二扇窗贴了密封条,下雨有三扇渗水。')).toBe(
    'contradicted',
  );
  expect(status(windows, ['五扇', '5扇'], '十二扇窗贴了密封条,下雨有五扇往里渗水。')).toBe('met');
});

test('a count wording is said with its number next to its measure word, not scattered', () => {
  const curtains = '你们装了八扇窗的窗帘,收了三千二。结果有三扇的轨道装歪了。';
  expect(status(curtains, ['三扇'], '八扇窗的窗帘,花了三千二,轨道都歪了。')).not.toBe('met');
  const nappies = '一桶脏尿布在门口放了好几天。';
  expect(status(nappies, ['一桶'], '一大桶尿布在门口堆了几天。')).toBe('met');
});

test('针 counts jabs as 次 does', () => {
  const blood = '护士扎了三针都没扎进去。';
  expect(status(blood, ['扎了三针'], '护士连扎三次都没成功。')).not.toBe('contradicted');
});

test('块 counts the thing where a price follows it or where it is what a thing became', () => {
  expect(read('买了一块六千八的手表')).toEqual([
    ['quantity', '块', '1'],
    ['number', 'number', '6800'],
  ]);
  expect(read('一块六')).toContainEqual(['money', 'money', '1']);
  const watch = '我五月在你们店买了一块六千八的手表,办了退税。';
  expect(status(watch, ['六千八', '6800'], '您五月在店里买了六千八百块的表。')).toBe('met');
  const bowl = '我妈妈的青花碗摔成三片,付了一千二。';
  expect(status(bowl, ['三片'], '青花碗碎成了三块,花了一千二。')).toBe('met');
});

test('N日 promised or closing its clause with a particle is a length (粵)', () => {
  expect(read('应承两日还')).toContainEqual(['duration', 'day', '2']);
  expect(read('而家十日喇都未见返')).toContainEqual(['duration', 'day', '10']);
  expect(read('约好14日取')).toContainEqual(['date', 'dom', '14']);
  const sling = '攞走咗個吊帶話拎返去測試,兩日就還。而家十日喇都未見返。';
  expect(status(sling, ['十日', '個半禮拜'], '應承兩日還,點知個半禮拜都未見返。')).toBe('met');
});

test('a relative named where the customer said 他/她/佢 is the one named before', () => {
  const hoist = '你哋師傅嚟整我老婆部移位機。我要叫兩個姐姐一齊抬佢落床。';
  expect(status(hoist, ['姐姐', '抬'], '要兩個姐姐合力抬你太太落床。')).toBe('met');
});

test('the feeling perceived by the agent: 听得出/看得出 + you, not a thing perceived', () => {
  const move = '搬家师傅把冰箱门撞出一个坑,一个多星期了也没人理我。';
  expect(feelingMet(move, '冰箱门撞了个坑,一周多没人管。听得出您快撑不住了。对吗?')).toBe(true);
  expect(feelingMet(move, '冰箱门撞了个坑,一周多没人管。看得出来你好委屈。对吗?')).toBe(true);
  expect(feelingMet(move, '冰箱门撞了个坑。看得出来是搬运时磕的。对吗?')).toBe(false);
  expect(feelingMet(move, '冰箱门还有个坑看得到,你一周多没人理。对吗?')).toBe(false);
});

test('a degree word before the agent’s own 理解 closing its clause; fear said with 吓', () => {
  const move = '搬家师傅把冰箱门撞出一个坑,一个多星期了也没人理我。';
  expect(feelingMet(move, '冰箱门撞了个坑,一周多没人管,您心里不踏实,我特别理解。对吗?')).toBe(true);
  expect(feelingMet(move, '冰箱门撞了个坑,一周多没人管,这种滋味我相当能理解。对吗?')).toBe(true);
  expect(feelingMet(move, '冰箱门撞了个坑,一周多没人管。你们一定都吓到了。对吗?')).toBe(true);
  expect(feelingMet(move, '冰箱门撞了个坑,一周多没人管。对吗?')).toBe(false);
});
