import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factShapes } from '../../src/judge/text/zh-fact-shapes.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'zh-Hans');
const feelingMet = (customer: string, answer: string) =>
  judge
    .judge(restatementItem(customer, [['f', ['会议室']]]), answer, 'zh-Hans')
    .criteria.find((c) => c.id === 'feeling')?.met;

test('losing face before others acknowledged: 尴尬, 难堪, 不好交代', () => {
  const room = '我订的会议室被别人占了,客户在走廊站了二十分钟,我很没面子。';
  expect(feelingMet(room, '您订的会议室被别人占了,客户在走廊干站了二十分钟,太尴尬了。对吗?')).toBe(
    true,
  );
  expect(feelingMet(room, '您订的会议室被占了,客户在走廊站着,搁谁都难堪。对吗?')).toBe(true);
  expect(feelingMet(room, '會議室被佔咗,客人企喺走廊,真係好難交代。啱唔啱?')).toBe(true);
  expect(feelingMet(room, '您订的会议室被别人占了,客户在走廊站了二十分钟。对吗?')).toBe(false);
});

test('a verb and its object said with the object fronted (把课停了 for 停课)', () => {
  const yoga = '第二天一早老师就说身体不舒服停课了。';
  expect(status(yoga, ['停課'], '第二天老师说不舒服,就把课停了。')).toBe('met');
  expect(status(yoga, ['停課'], '第二天老师说不舒服,课就停了。')).toBe('met');
  expect(status(yoga, ['停課'], '第二天老师说不舒服,可课照常上了。')).not.toBe('met');
});

test('adverbs inside a fact, a doubled verb said once, 不着 for 不到', () => {
  const screen = '装完第二天显示屏就黑了。';
  expect(status(screen, ['屏幕黑'], '第二天屏幕就黑了。')).toBe('met');
  const wait = '打电话每次都说再等等。';
  expect(status(wait, ['再等等'], '每次打来都叫你们再等。')).toBe('met');
  const case_ = '下午去取,工作人员说找不到了。';
  expect(status(case_, ['找不到'], '下午来取时工作人员说箱子找不着。')).toBe('met');
  expect(status(case_, ['找不到'], '下午来取时工作人员很快就找着了。')).not.toBe('met');
});

test('a closed state said as the denial of its pair (不亮 for 黑, 关着 for 没开)', () => {
  const boat =
    '你们的师傅上周五给我的船装了新的探鱼器,收了四千二。装完第二天显示屏就黑了,我这周末只能取消出海。';
  expect(status(boat, ['屏幕黑'], '上周五装的探鱼器第二天屏幕就不亮了。')).toBe('met');
  const stay = '我们订的民宿,晚上十点到了才发现暖气没开,两个孩子冻了一夜。';
  expect(
    status(stay, ['暖气没开', '没有暖气'], '您十点到民宿,一进门暖气是关着的,孩子冻了一晚。'),
  ).toBe('met');
  expect(status(stay, ['暖气没开', '没有暖气'], '您十点到民宿,暖气开得太热,孩子热了一晚。')).toBe(
    'contradicted',
  );
  const said = (wording: string, text: string) =>
    factShapes(wording).some(({ re }) => new RegExp(re.source).test(text));
  expect(said('屏幕黑', '屏幕就不亮了')).toBe(true);
  expect(said('屏幕黑', '屏幕就更亮了')).toBe(false);
});

test('a denial of one verb keeps an adverb of still (仲未到 ~ 都未到)', () => {
  const nanny = '合約寫明三月一號開工,而家已經三月十五,佢仲未到。';
  expect(status(nanny, ['仲未到', '未嚟'], '合約寫三月一號開工,到今日十五號都仲未到。')).toBe(
    'met',
  );
  expect(status(nanny, ['仲未到', '未嚟'], '姐姐三月一號就應該開工,到今日十五號都未到。')).toBe(
    'met',
  );
});

test('a result after a verb that only says "did it", its object fronted (把扶手弄坏了 for 压坏扶手)', () => {
  const piano = '你们搬家师傅上周三来搬我的钢琴,把楼道的扶手压坏了,物业现在要我赔两千。';
  expect(status(piano, ['压坏扶手'], '上周三师傅搬琴时把扶手弄坏了,物业要您赔两千。')).toBe('met');
  expect(status(piano, ['压坏扶手'], '上周三师傅搬琴时把门框弄坏了,物业要您赔两千。')).not.toBe(
    'met',
  );
});
