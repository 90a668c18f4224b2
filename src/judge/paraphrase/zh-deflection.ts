import { hasHan } from '../text/chars.js';
import type { NormalisedText } from '../text/index.js';
import type { PhraseHit } from '../types.js';
import { ZH_FEELINGS } from './cues.js';
import { ownExcuseHit } from './en-own-excuse.js';
import { zhClauseList } from './zh-clause-list.js';

/** Someone's words, writing or bidding retold (客服叫您别急, 报告写住一切正常): the story, not the agent. */
const REPORTED = /[说讲话叫让劝称回写]|要(?=[您你他她])|告诉|表示/;
/** The customer told not to do or feel something: 您别往心里去, 你唔使咁紧张, 您不用太在意. */
const TOLD_NOT_TO =
  /[您你](?:们|哋)?(?:先|也|就|可|千万)?(?:别|不要|不用|不必|甭|唔使|唔好(?!受|意思)|无须|无需)/;
/** The matter set between the customer and another party: 那是房东跟您之间的事. */
const BETWEEN = /(?:[跟和与同][您你]|[您你](?:们|哋)?[跟和与同][^，。]{1,8})之间/;
/** The problem called normal, common or unavoidable at the end of its clause: 出点误差是很正常的. */
const NORMAL = /(?:正常|常见|常有|难免|普遍)(?:的事|的|了|嘅|㗎|啦|吧|啊)*$/;
const NORMAL_WORD = /正常|常见|常有|难免|普遍/;
/** A rule said to hold for everyone, closed by an asserting 的: 估价都要排队的. */
const FOR_ALL = /都(?:要|得|需要|必须|是要)[^，。]*的$/;
/** A clause that opens by setting itself against what came before: it speaks for itself. */
const CONTRAST = /^(?:不过|但是|但|可是|只是|其实)/;
/** The customer or their feeling as the subject: 您觉得被坑了也很正常 acknowledges the feeling. */
const ABOUT_THEM = new RegExp(`[您你]|觉得|感觉|${ZH_FEELINGS.join('|')}`);

const SUGGESTION =
  '别在复述里淡化问题、推开责任或叫客户别在意：复述客户说的事实，认同感受，再确认。';

/**
 * The agent brushing the case aside inside a restatement, in its own voice rather than retold:
 * telling the customer not to mind (您别往心里去), setting the matter between the customer and
 * someone else (那是房东跟您之间的事), calling the problem normal or common (配镜出点误差是很正常的,
 * 这种事以前我们这儿也常有) or a rule everyone must follow (估价都要排队的) — unless the customer said so themselves or the clause speaks of their
 * feeling (您觉得被耍了，这很正常 acknowledges it). The trainers cap such a restatement at partial,
 * as they do a forbidden phrase.
 */
export function zhDeflections(answer: NormalisedText, customer: NormalisedText): PhraseHit[] {
  const text = answer.original;
  if (!hasHan(text)) return [];
  const out: PhraseHit[] = [];
  for (const c of zhClauseList(text)) {
    if (REPORTED.test(c.simple)) continue;
    const normalised =
      ((NORMAL.test(c.simple) &&
        !/不(?:正常|常见|常有|普遍)/.test(c.simple) &&
        !NORMAL_WORD.test(customer.text)) ||
        (FOR_ALL.test(c.simple) && !/我/.test(c.simple))) &&
      !ABOUT_THEM.test(c.simple) &&
      (CONTRAST.test(c.simple) || !ABOUT_THEM.test(c.before));
    if (TOLD_NOT_TO.test(c.simple) || BETWEEN.test(c.simple) || normalised)
      out.push(ownExcuseHit(text, c.said, c.at, SUGGESTION));
  }
  return out;
}
