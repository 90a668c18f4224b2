import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'zh-Hans');

const gates = '我家的沙发说好送到小区南门，结果师傅送到了北门，打电话也没人接。';

test('the other end of a pair in the customer’s frame is a wrong fact', () => {
  expect(status(gates, ['南门'], '您的沙发说好送到小区北门，结果师傅送到了南门。')).toBe(
    'contradicted',
  );
  expect(status(gates, ['南门'], '说好送到小区南门，师傅却送去了北门。')).toBe('met');
});

test('the frame is the words around the pair, not the whole clause it was merged into', () => {
  const train = '我买的是明天上午九点去苏州的动车，结果改成了下午，我十点要签合同。';
  expect(status(train, ['苏州'], '您明早九点去苏州的动车推迟到了下午，您十点要签合同。')).toBe(
    'met',
  );
});

test('frames alike (广场的机柜) are told apart by the rest of their clauses', () => {
  const bank = '上周六我在你们火车站南广场的机柜借了个充电宝，用了半个小时就还到北广场的机柜了。';
  expect(status(bank, ['借了个充电宝'], '您上周六在北广场的机柜借了个充电宝。')).toBe(
    'contradicted',
  );
});

test('a particle is no frame: 新的 beside 旧的 says nothing of where', () => {
  const fridge = '签约时中介说会给我换新冰箱，搬进去一看冰箱是旧的。';
  expect(status(fridge, ['换新冰箱'], '签约时中介答应换成新的冰箱，进去一看冰箱还是旧的。')).toBe(
    'met',
  );
});

test('who acted turned round: one’s own doing for what was done to them', () => {
  const pool = '我女儿在你们游泳馆被别的小孩推进了池子，呛了好几口水。';
  expect(status(pool, ['推进了池子'], '您女儿在游泳馆自己跳进了池子，呛了好几口水。')).toBe(
    'contradicted',
  );
  expect(status(pool, ['推进了池子'], '您女儿在游泳馆被别的孩子推进了池子。')).toBe('met');
});

test('自己 in another clause of the customer’s is not the act retold', () => {
  const leak = '楼上漏水把我家厨房顶泡坏了，物业只说让我跟楼上自己商量。';
  expect(status(leak, ['泡坏'], '您家厨房顶被楼上的水泡坏了。')).toBe('met');
});

test('a value already found wrong is one error, not two', () => {
  const item = restatementItem('我约的是下午三点的理发，到店前台说没有预约记录。', [
    ['time', ['三点', '下午']],
    ['haircut', ['理发']],
  ]);
  const j = judge.judge(item, '您约的是上午十点的理发，前台说没有记录，对吗？', 'zh-Hans');
  expect(j.criteria.find((c) => c.id === 'haircut')?.status).not.toBe('contradicted');
});
