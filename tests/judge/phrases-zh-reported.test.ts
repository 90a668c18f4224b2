import { describe, expect, test } from 'vitest';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { resources } from './phrases-helpers.js';

/** Every hit, the lists' and the shipped model's. */
const hits = (text: string) =>
  detectPhrases(text, resources.phraseLists, resources.replyModel).map((h) =>
    text.slice(h.span.start, h.span.end),
  );

// A third party's words or view restated (the clause's subject is not the agent, its verb one of
// saying or thinking) are theirs; the agent's own view, or a verb with no subject, stays flagged.
describe("Chinese: another party's view restated is theirs, by the clause's structure", () => {
  test.each([
    ['维修工觉得是您操作不当,才把滤网弄坏的。'],
    ['装修队的工长认为是您自己的问题。'],
    ['驾校教练还说是你自己没听清楚。'],
    ['房東表示這是您自己的問題。'],
    ['保安仲話係你自己泊錯位。'],
    ['店長覺得係你自己整爛嘅,唔關佢哋事。'],
  ])('%s', (text) => {
    expect(hits(text)).toEqual([]);
  });

  test.each([
    ['我觉得是您操作不当。'],
    ['我们认为这是您自己的问题。'],
    ['觉得是您操作不当。'],
    ['说实话,是您操作不当。'],
    ['从来没有人说过我们的面包不新鲜。'],
    ['都跟你讲过了,先排队。'],
    ['要换货的话您自己去找店长。'],
    ['你讲咗好耐喇,讲重点啦。'],
  ])('%s stays flagged', (text) => {
    expect(hits(text).length).toBeGreaterThan(0);
  });
});

// A party telling the customer to see to it themselves, and a clause that goes on with that
// party as its dropped subject, are the party's words too; the agent saying it stays flagged.
describe('Chinese: a third party telling the customer to do it themselves is theirs', () => {
  test.each([
    ['快递员电话里叫您自己去站点取。'],
    ['物业前天来电说电梯修不好，还让您自己看着办。'],
    ['裝修師傅講冇材料，仲叫你自己諗辦法。'],
  ])('%s', (text) => {
    expect(hits(text)).toEqual([]);
  });

  test.each([
    ['电梯修不好，还让您自己看着办。'],
    ['冇材料，你自己諗辦法。'],
    ['这个我们处理不了，您自己去站点取。'],
    ['这个要您自己去跟店长谈。'],
  ])('%s stays flagged', (text) => {
    expect(hits(text).length).toBeGreaterThan(0);
  });
});
