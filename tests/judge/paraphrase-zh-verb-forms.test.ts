import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const plumber = '我们约了水管工周六下午来修水龙头,他一直没来,我们全家等了一下午。';

test('a visit that never happened, said with another verb of arriving', () => {
  for (const answer of [
    '您约了周六下午修水龙头,水管工始终没到,全家白等了一下午。',
    '您約了週六下午修水龍頭,師傅一直沒出現,全家等了一下午。',
    '您约的周六下午,水管工压根没露面,一家人等了一下午。',
  ])
    expect(factStatus(judge, plumber, ['没来', '一直没来'], answer, 'zh-Hans')).toBe('met');
});

test('another verb of arriving affirmed is no denied arrival', () => {
  expect(
    factStatus(judge, plumber, ['没来', '一直没来'], '水管工周六下午到了,修完就走了。', 'zh-Hans'),
  ).not.toBe('met');
});

const wallpaper = '新贴的墙纸才两个星期,卧室那面墙就鼓起来了好几处。';

test('a directional complement with 了 inside, or with its 来 left out', () => {
  for (const answer of [
    '卧室的墙纸贴了两周,就鼓起了好几处。',
    '卧室墙纸才两周就鼓了起来,好几处。',
    '臥室牆紙兩週就鼓起好幾塊。',
  ])
    expect(factStatus(judge, wallpaper, ['鼓起来'], answer, 'zh-Hans')).toBe('met');
});

const hotel = '我订的是海景房,到了前台说满了,只能给我换成一间城景房,还不退差价。';

test('a change said with another result complement', () => {
  expect(
    factStatus(
      judge,
      hotel,
      ['换成城景房'],
      '海景房满了,前台给您换到城景房,差价也不退。',
      'zh-Hans',
    ),
  ).toBe('met');
  expect(
    factStatus(judge, hotel, ['换成城景房'], '海景房满了,前台让您换个房间,差价不退。', 'zh-Hans'),
  ).not.toBe('met');
});

const workshop = '你们木工课上老师让我女儿一个人用锯子锯木板,结果划伤了手。';

test('doing it alone said another way, the tool left to the verb', () => {
  expect(
    factStatus(
      judge,
      workshop,
      ['一个人用锯锯木板'],
      '老师让您女儿独自锯木板,手被划伤了。',
      'zh-Hans',
    ),
  ).toBe('met');
  expect(
    factStatus(judge, workshop, ['一个人用锯锯木板'], '老师让您女儿锯木板,手被划伤了。', 'zh-Hans'),
  ).not.toBe('met');
});

const concert = '我排了三个小时队，最后还是没买到演唱会的票，我女儿吓到了以为我出了事。';

test('a denied attainment said with another result complement or the object first', () => {
  for (const answer of [
    '您排了三个小时队，演唱会的票还是没买着，您女儿吓坏了。',
    '您排了三个小时，最后也没把票买上，女儿吓得以为您出事了。',
  ])
    expect(factStatus(judge, concert, ['没买到'], answer, 'zh-Hans')).toBe('met');
});

test('an attainment affirmed is no denied one', () => {
  expect(
    factStatus(judge, concert, ['没买到'], '您排了三个小时队，票买着了。', 'zh-Hans'),
  ).not.toBe('met');
});

test('being affected said with another complement', () => {
  for (const answer of ['您女儿吓得以为您出了事。', '您女儿吓着了，以为您出了事。'])
    expect(factStatus(judge, concert, ['吓到'], answer, 'zh-Hans')).toBe('met');
});
