import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// The customer said what was arranged (约好…上门) and that it never happened (没上门).
const survey = '我约好周四上午九点你们派人上门量尺寸,结果等到中午也没人上门,电话也打不通。';
const noVisit = ['没上门', '没人上门'];

test('the arrangement told back beside the failure contradicts nothing', () => {
  expect(
    factStatus(
      judge,
      survey,
      noVisit,
      '您约了周四上午九点上门量尺寸,一直等到中午,可是电话也打不通。',
      'zh-Hans',
    ),
  ).not.toBe('contradicted');
  expect(
    factStatus(
      judge,
      survey,
      noVisit,
      '說好週四早上九點上門量尺寸,等到中午電話也打不通。',
      'zh-Hans',
    ),
  ).not.toBe('contradicted');
});

test('saying it happened, with no arrangement before it, still contradicts', () => {
  expect(
    factStatus(judge, survey, noVisit, '周四上午九点我们的人上门了,只是电话打不通。', 'zh-Hans'),
  ).toBe('contradicted');
});
