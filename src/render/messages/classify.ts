import type { Lang } from '../../drills/schema.js';
import type { QuestionRule, QuestionType } from '../../judge/question/index.js';
import { type Bilingual, pick } from './common.js';

/** What `cs-drill classify` prints: the verdict, and the policy rule that decided it. */
export interface ClassifyText {
  verdict: Record<QuestionType, string>;
  /** One line per rule of docs/question-policy.md. */
  rule: Record<QuestionRule, string>;
  /** The line under the question: rule id, cue, and the rule's explanation. */
  because(rule: QuestionRule, cue: string, unsure: boolean, explanation: string): string;
}

export const classifyText: Bilingual<ClassifyText> = {
  en: {
    verdict: { open: 'open   ', closed: 'closed ' },
    rule: {
      'open.describe':
        'a question word that asks the customer to describe or explain in their own words',
      'open.invitation':
        'a polite invitation to talk (could you tell me…, tell me about…, I’d be interested to know…): open even in yes/no grammar or without a question mark',
      'open.floor':
        'an opener that gives the customer the floor (is there anything…, 有什么…的吗): open although it can be answered yes or no',
      'open.problem':
        'where / which about the problem itself or the customer’s view (哪里不舒服, where does it hurt): the answer is a description',
      'open.list': 'asks for a list or an area in the customer’s own words (哪些, 哪方面)',
      'closed.yes-no': 'answerable with yes or no',
      'closed.choice': 'offers options to choose from (A or B, 还是, どちら)',
      'closed.one-fact':
        'asks for one specific fact (which store, what time, when, who, how many, an order number)',
      'closed.confirm': 'asks the customer to confirm what was said (…, right?)',
      'closed.suggestion': 'proposes something to accept or decline (how about we…, why not…)',
      'closed.no-cue': 'no question cue found: read as closed — a trainer should look',
    },
    because: (rule, cue, unsure, why) =>
      `  rule ${rule} (cue "${cue}"${unsure ? ', unsure' : ''}): ${why}`,
  },
  zh: {
    verdict: { open: '开放式 ', closed: '封闭式 ' },
    rule: {
      'open.describe': '疑问词请客户用自己的话描述或说明',
      'open.invitation':
        '礼貌地邀请客户讲述（能跟我说说……吗、请讲讲……、我想了解一下……），即使是是非问句的形式或没有问号，也算开放式',
      'open.floor':
        '把话语权交给客户的开场问题（有什么需要我帮忙的吗），虽然可以用“有/没有”回答，也算开放式',
      'open.problem':
        '“哪里/哪个”问的是问题本身或客户的看法（哪里不舒服、问题出在哪儿），答案是一段描述',
      'open.list': '请客户用自己的话列举或说明某个方面（哪些、哪方面）',
      'closed.yes-no': '用“是/不是”就能回答',
      'closed.choice': '给出选项让客户选（A 还是 B）',
      'closed.one-fact': '只问一个具体事实（哪家店、几点、什么时候、谁、多少、订单号）',
      'closed.confirm': '请客户确认刚才说的内容（……，对吧？）',
      'closed.suggestion': '提出建议让客户接受或拒绝（……怎么样？）',
      'closed.no-cue': '没有找到疑问线索：按封闭式处理——请培训师看一下',
    },
    because: (rule, cue, unsure, why) =>
      `  规则 ${rule}（线索“${cue}”${unsure ? '，不确定' : ''}）：${why}`,
  },
};

export function classifyTextFor(lang: Lang): ClassifyText {
  return pick(classifyText, lang);
}
