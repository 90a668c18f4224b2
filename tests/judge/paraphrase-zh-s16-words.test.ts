import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'zh-Hans');

test('a refusal said with another verb, two word classes at once', () => {
  const fitter = '你们装的纱窗坏了,我要求返修,你们不肯重新做。';
  for (const answer of ['纱窗坏了,我们不愿意返工。', '您要求返修,店里一口回绝重做。'])
    expect(status(fitter, ['不肯重新做'], answer)).toBe('met');
  expect(status(fitter, ['不肯重新做'], '纱窗坏了,我们已经答应重新做了。')).not.toBe('met');
});

test('never turned up, short of staff, nothing heard since', () => {
  const carer = '护工这周三次没来,督导说人手不足,到现在也没有下文。';
  expect(status(carer, ['没来'], '护工这周有三回没露面。')).toBe('met');
  expect(status(carer, ['人手不足'], '督导只说人不够。')).toBe('met');
  expect(status(carer, ['没有下文'], '督导说会再找人,之后一直没回音。')).toBe('met');
  expect(status(carer, ['没来'], '护工这周三次都来了。')).not.toBe('met');
});

test('left the job, married, written down wrong', () => {
  const agency = '介绍的三个人里两个已婚,红娘已经离职了,你们还说是我自己填错了资料。';
  expect(status(agency, ['已婚'], '三位里有两位是有家室的。')).toBe('met');
  expect(status(agency, ['离职'], '红娘已经不干了。')).toBe('met');
  expect(status(agency, ['自己填错'], '说是您自己写错了资料。')).toBe('met');
});

test('half a month for two weeks is the same wait', () => {
  const tiler = '才过了两个星期,淋浴区就有六块砖空鼓了。';
  expect(status(tiler, ['两个星期', '两周'], '才半个月就有6块砖空了。')).toBe('met');
});

test('the second flight said with another measure word is no route turned round', () => {
  const drone = '拿回来第二次飞就又冒烟摔了。';
  expect(status(drone, ['第二次飞', '第二次'], '取回去才飞第二趟又冒烟坠了。')).not.toBe(
    'contradicted',
  );
});

const grade = (customer: string, criteria: [string, string[]][], answer: string) =>
  judge.judge(restatementItem(customer, criteria), answer, 'zh-Hans');
/** The status of fact `id` of a two-fact story. */
const statusIn = (customer: string, criteria: [string, string[]][], answer: string, id: string) =>
  grade(customer, criteria, answer).criteria.find((c) => c.id === id)?.status;

test('a meeting point moved with a verb of moving keeps its place', () => {
  const birds =
    '我报名了周日早上的观鸟团,集合点从东门改到了西门,没人通知我们,我们在东门等了四十分钟。';
  const facts: [string, string[]][] = [
    ['change', ['东门', '西门']],
    ['waited', ['四十分钟', '40分钟']],
  ];
  const answer = '集合点从东门挪到西门却没人告诉您,您在东门干等了40分钟。';
  expect(statusIn(birds, facts, answer, 'change')).toBe('met');
});

test('a date agreed (约好14日) said in its own place is not swapped with today', () => {
  const skate = '我7号订了一块定制板面,说好14号能取。今天都21号了,店员还说图案没印。';
  const facts: [string, string[]][] = [
    ['promised', ['14号', '14日']],
    ['today', ['21号', '21日']],
  ];
  const told = '您7日订了定制板面,约好14日取,可到21日店员还说图案没印好。';
  expect(statusIn(skate, facts, told, 'promised')).toBe('met');
  const swapped = '您7日订了定制板面,说好21号能取,今天都14号了,店员还说图案没印。';
  expect(statusIn(skate, facts, swapped, 'promised')).toBe('contradicted');
});

test('a price per metre after its digits (85一米) is 85, and 十二毫 is the 12 the customer said', () => {
  const velvet = '我买了6米丝绒做窗帘,每米85。收到的颜色偏蓝。';
  expect(status(velvet, ['85', '八十五'], '六米丝绒做窗帘,85一米,颜色发蓝。')).toBe('met');
  const beads = '我喺網店訂咗個沉香手串,十二毫,一千六。收到嘅係十毫。';
  expect(status(beads, ['一千六', '1600'], '你用1600訂咗條12毫嘅手串,收到卻係10毫。')).toBe('met');
});

test('there from the start, half a year, a place pointed at', () => {
  const frame = '昨天去拿,画框右上角多了一个缺口,师傅小陈说本来就有。';
  expect(status(frame, ['本来就有'], '取件发现画框多了个缺角,陈师傅却说原本就有。')).toBe('met');
  const violin = '我儿子练了半年小提琴,考试当天名单上没有他。';
  expect(status(violin, ['半年'], '孩子苦练了六个月,名单里却找不到他。')).toBe('met');
  const tiles = '才过了两个星期,淋浴区就有六块砖空鼓了。';
  expect(status(tiles, ['淋浴区'], '才半个月淋浴那块就有6块砖空了。')).toBe('met');
  expect(status(tiles, ['淋浴区'], '才半个月厨房那块就有6块砖空了。')).not.toBe('met');
});

const feelingMet = (customer: string, answer: string) =>
  grade(customer, [['f', ['预约']]], answer).criteria.find((c) => c.id === 'feeling')?.met;

test('feelings in the trainee’s own words: 心有余悸, 七上八下, 有被轻忽的感觉', () => {
  const ear = '我上周做了采耳,耳道划伤了,我现在想起来还后怕。';
  expect(feelingMet(ear, '您上周的预约采耳划伤了耳道,换谁想起来都会心有余悸。对吗?')).toBe(true);
  expect(feelingMet(ear, '您上周的预约采耳划伤了耳道。对吗?')).toBe(false);
  const carer = '居服员三次没来,我上班时一直提心吊胆。';
  expect(feelingMet(carer, '预约的居服员三次没来,您上班时心里一定七上八下。对吗?')).toBe(true);
  const class_ = '老师临时说要改期,我觉得很不被尊重。';
  expect(feelingMet(class_, '不好意思让你有被轻忽的感觉。预约的课老师临时说要延期。对吗?')).toBe(
    true,
  );
});

const hits = (customer: string, answer: string) =>
  grade(customer, [['f', ['暖气片']]], answer).forbidden.map((h) => h.phrase);

test('what the business said or did, told back, is not the agent speaking', () => {
  const heating =
    '师傅来了两趟,让我们自己加装暖气片。合同上写的明明是全屋均匀供暖。师傅每次都说排满了。';
  expect(
    hits(heating, '师傅上门两回,让您自己装暖气片;可合同里白纸黑字写着全屋均匀供暖。对吗?'),
  ).toEqual([]);
  expect(hits(heating, '师傅让您自己装暖气片,每回都说师傅没空。对吗?')).toEqual([]);
  // The agent's own rule, in a clause of its own words, is still the agent speaking.
  expect(hits(heating, '师傅让您自己装暖气片。这是我们公司的规定。对吗?')).not.toEqual([]);
});

test('fixed and the cost left to the customer, said the Cantonese or the trade’s way', () => {
  const sewing = '我九月尾攞部衣車嚟整,你哋話修好晒,點知返屋企車兩條褲就斷線。';
  expect(status(sewing, ['話修好晒'], '你九月尾攞部衣車嚟整,我哋話搞掂晒,點知又斷線。')).toBe(
    'met',
  );
  const cooker = '客服說運送途中的損壞要買家自己承擔。';
  expect(status(cooker, ['買家自己承擔'], '客服卻說運送途中壞掉要您自己吸收。')).toBe('met');
  expect(status(cooker, ['買家自己承擔'], '客服說運送途中壞掉由我們吸收。')).not.toBe('met');
});

test('a rash said as red spots', () => {
  const well = '水变黄以后,孩子洗澡后起红疹。';
  expect(status(well, ['起红疹'], '孩子洗完澡身上起红点。')).toBe('met');
});

test('feelings said with 最 or as worry in other words (磨人, 忧心, 挂心)', () => {
  const tickets = '我订的两张票一直没出票,我很着急。';
  expect(feelingMet(tickets, '您预约的两张票一直没出票。这种等待最磨人。我说的没错吧?')).toBe(true);
  expect(feelingMet(tickets, '您预约的两张票一直没出票,最好今天处理。我说的没错吧?')).toBe(false);
  const meals = '这周有三天饭菜一点多才送到,我很担心我爸。';
  expect(feelingMet(meals, '预约的饭三天拖到一点多才送,您挂心是肯定的。对吗?')).toBe(true);
});
