import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { normalise } from '../../src/judge/text/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const values = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);

test('a weekday numeral is not read into the number after it', () => {
  expect(normalise('礼拜五两点到').text).toBe('礼拜五2点到');
  expect(values('周四十点半开门')).toEqual(['weekday/day=4', 'time/clock=10:30']);
  expect(values('星期二五箱到货')).toEqual(['weekday/day=2', 'quantity/箱=5']);
  // Counts after 周 are no days: 三周两次, 每周二十单.
  expect(values('三周两次')).toEqual(['duration/day=21', 'quantity/次=2']);
  expect(values('每周二十单')).toEqual(['quantity/单=20']);
});

test('weekday lists: 周一、四 and 星期三和六 name every day', () => {
  expect(values('逢周一、四上课')).toEqual(['weekday/day=1', 'weekday/day=4']);
  expect(values('星期三和六营业')).toEqual(['weekday/day=3', 'weekday/day=6']);
  expect(values('周一,三箱破了')).toEqual(['weekday/day=1', 'quantity/箱=3']);
});

const gym = '我报了私教课,每周一和周四早上七点上,结果教练两次都迟到。';
test('a weekday list restates the days; a wrong day is never a met fact', () => {
  const days = ['周一和周四', '星期一和星期四'];
  expect(factStatus(judge, gym, days, '您每週一、四上私教课,教练迟到两次。', 'zh-Hans')).toBe(
    'met',
  );
  expect(factStatus(judge, gym, days, '您礼拜一礼拜四上课,教练迟到两次。', 'zh-Hans')).toBe('met');
  // One day right and one wrong: not met (unsure which was meant); both wrong: contradicted.
  expect(factStatus(judge, gym, days, '您每周一、五上课,教练迟到两次。', 'zh-Hans')).toBe('missed');
  expect(factStatus(judge, gym, days, '您每周二、五上课,教练迟到两次。', 'zh-Hans')).toBe(
    'contradicted',
  );
});

const dinner = '我订了周五下午六点的包间,到了说没有记录,等到七点才有位子。';
test('parts of the day that hold the same clock agree; others contradict', () => {
  const time = ['周五下午六点', '六点'];
  expect(factStatus(judge, dinner, time, '您订的周五傍晚六点包间没有记录。', 'zh-Hans')).toBe(
    'met',
  );
  expect(factStatus(judge, dinner, time, '您订的周五晚上6点包间没有记录。', 'zh-Hans')).toBe('met');
  expect(factStatus(judge, dinner, time, '您订的周五早上六点包间没有记录。', 'zh-Hans')).toBe(
    'contradicted',
  );
});

test('counts with measure words, floors and codes of letters and digits', () => {
  expect(values('订了二十桌,每个九寸')).toEqual(['quantity/桌=20', 'quantity/寸=9']);
  expect(values('一百二十蚊')).toEqual(['money/money=120']);
  expect(values('改到B2停车场')).toEqual(['quantity/楼=-2']);
  expect(values('在地下二层')).toEqual(['quantity/楼=-2']);
  expect(values('到了5F前台')).toEqual(['quantity/楼=5']);
  expect(values('买的A9型号')).toEqual(['code/code=9']);
  expect(values('上咗兩粒鐘')).toEqual(['duration/hour=2']);
  const hall = '我们订了二楼的大厅,十六桌,付了三万定金。';
  expect(factStatus(judge, hall, ['二楼', '2楼'], '您订的2F大厅,16桌,定金三万。', 'zh-Hans')).toBe(
    'met',
  );
  expect(factStatus(judge, hall, ['二楼', '2楼'], '您订的4F大厅,16桌,定金三万。', 'zh-Hans')).toBe(
    'contradicted',
  );
  expect(
    factStatus(judge, hall, ['十六桌', '16桌'], '您订的二楼大厅,十八桌,定金三万。', 'zh-Hans'),
  ).toBe('contradicted');
  // A basement named with a letter is no amount: the deposit is not made wrong by it.
  expect(factStatus(judge, hall, ['三万', '定金'], '二楼改到B1,十六桌,定金三万。', 'zh-Hans')).toBe(
    'met',
  );
});

test('amounts said short, shares and lessons', () => {
  // 三千六一个月: the amount ends where the month's count starts.
  expect(values('三千六一个月')).toEqual(['number/number=3600', 'duration/day=30']);
  expect(values('付了千八')).toEqual(['number/number=1800']);
  expect(values('付了七成,就是七万')).toEqual(['quantity/percent=70', 'number/number=70000']);
  expect(values('付了70%')).toEqual(['quantity/percent=70']);
  // 万一 ("in case") and 千万 ("by all means") stay words.
  expect(values('万一下雨,千万别去')).toEqual([]);
});

const course = '我报的钢琴课是每月三千六,三月份老师缺了三堂课,也没通知补课。';
test('a share and an amount of one payment are no swapped values; lessons count times', () => {
  const fee = ['三千六', '3600'];
  expect(
    factStatus(judge, course, fee, '每月3600的钢琴课,三月老师缺课三次,没通知补课。', 'zh-Hans'),
  ).toBe('met');
  expect(
    factStatus(judge, course, ['缺了三堂', '三次'], '每月三千六,三月老师缺了三次课。', 'zh-Hans'),
  ).toBe('met');
  const paid = '装修款我已经付了六成,也就是九万,可厨房到现在还没动工。';
  expect(
    factStatus(judge, paid, ['六成', '九万'], '您已经付了9万,也就是六成,厨房还没动工。', 'zh-Hans'),
  ).toBe('met');
});

const exam = '报名表5月8号寄出,5月11号就签收了,可系统一直显示未收到,6月2号截止。';
test('a day said with its month is one date: the right day in the wrong month is wrong', () => {
  // The day alone is not the date said, nor a wrong one.
  const sent = ['5月8号', '五月八号'];
  expect(
    factStatus(judge, exam, sent, '您5/8寄出,11号签收,系统没显示,6月2号截止。', 'zh-Hans'),
  ).toBe('met');
  expect(
    factStatus(judge, exam, sent, '您8号寄出,11号签收,系统没显示,6月2号截止。', 'zh-Hans'),
  ).toBe('missed');
  expect(
    factStatus(judge, exam, ['6月2号', '截止'], '您5月8号寄出,5月11号签收,5月2号截止。', 'zh-Hans'),
  ).toBe('contradicted');
});

test('a floor reached is not a fact turned round', () => {
  const clinic = '我到了四楼才被告知医生今天不出诊,也没人提前通知我。';
  expect(
    factStatus(
      judge,
      clinic,
      ['四楼', '4楼'],
      '您到了4F才知道医生不出诊,没人提前通知。',
      'zh-Hans',
    ),
  ).toBe('met');
});

test('lengths of time in other units, parties of adults and children, the eighth day', () => {
  expect(values('四十八小时内')).toEqual(['duration/day=2']);
  expect(values('等了一百二十分钟')).toEqual(['duration/hour=2']);
  expect(values('等了四十分钟')).toEqual(['duration/minute=40']);
  expect(values('今天已经第六日')).toEqual(['date/relative=today', 'duration/day=6']);
  expect(values('三大两细嘅位')).toEqual(['quantity/adult=3', 'quantity/child=2']);
  expect(values('买了三张成人票、两张儿童票')).toEqual(['quantity/adult=3', 'quantity/child=2']);
  const zoo = '我在网上买了三张成人票、两张儿童票,一共六百,到了门口说查不到订单。';
  const tickets = ['三张成人', '3大2小'];
  expect(
    factStatus(judge, zoo, tickets, '您网上买了三大两小的票,六百块,门口查不到订单。', 'zh-Hans'),
  ).toBe('met');
  expect(
    factStatus(judge, zoo, tickets, '您网上买了两大三小的票,六百块,门口查不到订单。', 'zh-Hans'),
  ).toBe('contradicted');
  const lab = '化验单说好两天出结果,今天都第五天了还没出。';
  expect(
    factStatus(judge, lab, ['两天', '2天'], '说好48小时出结果,现在第五天还没出。', 'zh-Hans'),
  ).toBe('met');
  expect(
    factStatus(judge, lab, ['两天', '2天'], '说好72小时出结果,现在第五天还没出。', 'zh-Hans'),
  ).toBe('contradicted');
});

test('days counted with 日, working days in other words, counts of about ten', () => {
  expect(values('住咗两日就病')).toEqual(['duration/day=2']);
  expect(values('五日之内')).toEqual(['duration/day=5']);
  expect(values('4月5日')).toEqual(['date/dom=4-5']);
  expect(values('两个营业日,两个工作天')).toEqual(['duration/workday=2', 'duration/workday=2']);
  expect(values('等了二十几天')).toEqual(['duration/day=20']);
  const fine = '停车场的道闸坏了,我被困了二十多分钟,出来还被多收了十几块。';
  expect(
    factStatus(judge, fine, ['十几块'], '您被困了二十来分钟,还多收了十多块。', 'zh-Hans'),
  ).toBe('met');
  expect(
    factStatus(judge, fine, ['十几块'], '您被困了二十来分钟,还多收了三十多块。', 'zh-Hans'),
  ).toBe('contradicted');
});
