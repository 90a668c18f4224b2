import { describe, expect, test } from 'vitest';
import { modelOnlyHit } from '../../src/judge/phrases/detect.js';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { resources } from './phrases-helpers.js';

// The reply model's Chinese gate reads who 您/你 is (session 20): the owner of a thing (您家, Cantonese
// 你个 / 你间), the subject of a 的-clause that only picks a thing out (您量的那面墙), or the teller of an
// account the sentence opens on (你话…) is not the customer targeted; the customer's own thing told
// befallen or ended (您报名的班停办了) and the agent vouching (我保证) still charge the sentence.

const model = resources.replyModel;
/** The model and its gate alone, as on a wording no list holds. */
const gateAlone = (text: string) =>
  model ? modelOnlyHit(text, resources.phraseLists, model)?.act : undefined;
const acts = (text: string) =>
  detectPhrases(text, resources.phraseLists, model).map((h) => h.category);

describe('您/你 that only names whose thing it is', () => {
  test.each([
    '幕布是一百英寸的，您量的那面墙放得下。',
    '您挑的那只青花碗我已经包好了，周五来拿就行。',
    '你揀的那款窗簾布我們已經裁好了。',
    '这个胡桃色跟您家踢脚线很搭。',
    '您家阳台的花架已经装好了，螺丝都拧紧了。',
    '你個預約頁面已經加咗埋粵語版本。',
    '你部相機換咗新嘅快門，試過影相，冇問題。',
    '你話個城堡一送到就漏氣，我記低咗，後備風機而家送緊過嚟。',
  ])('%s is not the customer targeted', (text) => {
    expect(gateAlone(text)).toBeUndefined();
    expect(acts(text)).toEqual([]);
  });

  test.each([
    // the customer's talking itself, not an account told
    '你講咗好耐喇,講重點啦。',
    // a family member so named is a person
    '您家孩子吃坏肚子，多半是自己在外面乱买零食。',
    '你個細路自己爬上去,跌落嚟梗係痛啦。',
    // 你 the subject of the main clause, not of a 的-clause
    '机器卡是你自己装的插件弄的，我们电脑出厂都是好的。',
    '我看您是把别家的报价跟我们的搞混了。',
  ])('%s still charges the customer', (text) => {
    expect(acts(text).length).toBeGreaterThan(0);
  });
});

describe('the customer’s own thing (or a session named by its day) told befallen or ended', () => {
  test.each([
    '很遗憾，您报名的四月那场公考模考班停办了。',
    '您订的那款复古台灯停产了。',
    '您要的那张黑胶唱片已经被别人买走了。',
    '你報名的那期陶笛初階班停開了。',
    // a session named by its day or turn is the customer's booking
    '周日的观星活动取消了。',
    '星期六嗰堂陶藝班取消咗。',
    '您好，结果出来了：样本污染，这次化验作废。',
    // bought in formal words, refused by another party, a closing particle after the fate
    '您预购的那批演唱会周边，厂家那边取消了喔。',
    '您家狗狗的手术理赔，保险公司驳回了。',
  ])('%s is a dead end', (text) => {
    expect(acts(text)).toEqual(['refusal']);
  });

  test.each([
    '您订的那间房已经按您的要求取消了，押金原路退回。',
    '您报名的那期班没有取消，周六照常上课。',
    '您订的那款台灯停产了，不过同系列的新款下周到货，我先给您留一台？',
    '周日的观星活动取消了，改到下周六同一时间，名额给您保留。',
    '您购的那套茶具已经按您的要求取消了喔，款项三天内退回。',
  ])('%s is not', (text) => {
    expect(acts(text)).toEqual([]);
  });
});
