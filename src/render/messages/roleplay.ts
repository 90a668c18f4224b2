import type { Lang } from '../../drills/schema.js';
import type { Verdict } from '../../judge/types.js';
import { type Bilingual, pick } from './common.js';

/** The words of a role-play: the chat, the turn feedback, the debrief and the scorecard. */
export interface RoleplayText {
  title(channel: string): string;
  channel: Record<'counter' | 'phone' | 'chat', string>;
  who: string;
  where: string;
  customer: string;
  you: string;
  ending: Record<'close' | 'walk-out', string>;
  endWord: Record<'close' | 'walk-out', string>;
  cutShort: string;
  verdict: Record<Verdict, string>;
  debrief: string;
  path: string;
  turn(n: number): string;
  wentTo(n: number, verdict: string, line: string): string;
  because(reason: string): string;
  missedWhy(missed: string): string;
  stoppedAt(n: number): string;
  goodReply: string;
  scorecard: string;
  skill: Record<
    'listening' | 'questioning' | 'restating' | 'phrases' | 'procedure' | 'overall',
    string
  >;
  notPlayed: string;
  replyLabel(n: number): string;
  notARoleplay(item: string, set: string): string;
  roleplaysAre(ids: string): string;
}

const text: Bilingual<RoleplayText> = {
  en: {
    title: (c) => `Role-play · ${c}`,
    channel: { counter: 'at the counter', phone: 'on the phone', chat: 'in the chat' },
    who: 'Customer',
    where: 'Situation',
    customer: 'Customer',
    you: 'You',
    ending: {
      close: '— the conversation ends —',
      'walk-out': '— the customer gives up and leaves —',
    },
    endWord: { close: 'closed', 'walk-out': 'walked out' },
    cutShort: 'The conversation went round in circles and the customer ran out of patience.',
    verdict: { pass: 'good', partial: 'partial', fail: 'poor' },
    debrief: 'Debrief',
    path: 'Path taken',
    turn: (n) => `Turn ${n}`,
    wentTo: (n, v, line) => `At turn ${n} the reply was ${v}, and the customer answered: “${line}”`,
    because: (r) => `because ${r}`,
    missedWhy: (m) => `because the reply missed: ${m}`,
    stoppedAt: (n) => `The conversation stopped at turn ${n}, without a reply.`,
    goodReply: 'A good reply',
    scorecard: 'Scorecard',
    skill: {
      listening: 'listening',
      questioning: 'questioning',
      restating: 'restating',
      phrases: 'phrases',
      procedure: 'procedure',
      overall: 'overall',
    },
    notPlayed: 'not played',
    replyLabel: (n) => `reply ${n}`,
    notARoleplay: (i, s) => `"${i}" is not a role-play of set "${s}"`,
    roleplaysAre: (ids) =>
      ids
        ? `its role-plays: ${ids}`
        : 'this set has no role-plays; try: cs-drill roleplay roleplay counter-gift',
  },
  zh: {
    title: (c) => `角色扮演 · ${c}`,
    channel: { counter: '柜台接待', phone: '电话', chat: '在线聊天' },
    who: '顾客',
    where: '情境',
    customer: '顾客',
    you: '你',
    ending: { close: '—— 对话结束 ——', 'walk-out': '—— 顾客不满地离开了 ——' },
    endWord: { close: '圆满结束', 'walk-out': '顾客离开' },
    cutShort: '对话一直在原地打转，顾客失去了耐心。',
    verdict: { pass: '好', partial: '部分做到', fail: '差' },
    debrief: '复盘',
    path: '对话走向',
    turn: (n) => `第${n}轮`,
    wentTo: (n, v, line) => `第${n}轮的回答${v}，顾客接着说：“${line}”`,
    because: (r) => `原因：${r}`,
    missedWhy: (m) => `原因：回答没有做到：${m}`,
    stoppedAt: (n) => `对话停在第${n}轮，没有回答。`,
    goodReply: '参考回答',
    scorecard: '评分卡',
    skill: {
      listening: '倾听',
      questioning: '提问',
      restating: '复述',
      phrases: '用语',
      procedure: '流程',
      overall: '总分',
    },
    notPlayed: '未涉及',
    replyLabel: (n) => `第${n}句回答`,
    notARoleplay: (i, s) => `“${i}”不是题组“${s}”中的角色扮演`,
    roleplaysAre: (ids) =>
      ids
        ? `其中的角色扮演：${ids}`
        : '这个题组没有角色扮演；试试：cs-drill roleplay roleplay counter-gift',
  },
};

export function roleplayTextFor(lang: Lang): RoleplayText {
  return pick(text, lang);
}
