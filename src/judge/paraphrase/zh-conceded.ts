import { hasHan } from '../text/chars.js';
import { contentKeys } from '../text/content.js';
import type { NormalisedText } from '../text/index.js';
import type { PhraseHit } from '../types.js';
import { ownExcuseHit, retells } from './en-own-excuse.js';
import { toldContentKeys } from './told-keys.js';
import { type ZhClause, zhClauseList } from './zh-clause-list.js';

/** A turn against what came before, opening a clause: 不过, 可是, 但是, 只是 (呢 may follow). */
const TURN = /^(?:不过|可是|但是|但|只是)(?:呢|啊|嘛)?/;
/**
 * The agent acknowledging the feeling at the head of a clause: 我理解, 我了解 (台), 我很明白, 我知道您急, 换了谁都…,
 * 换咗边个都…. 理解得 is the closing check (我理解得对吗), not an acknowledgement.
 */
const ACKNOWLEDGES =
  /^(?:(?:我|咱)(?:们|哋)?(?:真的|真系|是|很|好|都|也|能|可以|完全|非常|十分|绝对)*(?:理解|了解|明白|体谅|知道|懂|感受到|听得出|看得出)(?!得)|换(?:了|咗|作|成)?(?:谁|边个|是谁|任何人)|任何人)/;
/** Someone's words retold (店员说…, 师傅话…, 客服表示…): the story, not the agent conceding; 电话 is a call. */
const REPORTED = /[说讲称]|(?<!电)话|表示|告诉|写着|写住/;
/** The customer's feeling or the agent's apology: no excuse. */
const FEELING_OR_SORRY = /觉得|感觉|心情|抱歉|对不起|不好意思|[我].{0,3}(?:理解|明白)/;

const SUGGESTION =
  '别在复述里先说一句借口或怪客户的话，再用"不过我理解"带过：复述客户说的事实，认同感受，再确认。';

/**
 * What a restatement concedes against the customer's feeling: a clause the agent sets before a
 * turn to acknowledging it (碳圈本来就娇气，不过我理解您着急; 您当时应该先检查的。不过我理解…), a
 * clause opened by the turn right before the acknowledgement (可是您寄的时候也没选保价，我理解您心疼),
 * or one opened by the turn right after it (我明白你好嬲，不過你報名嗰陣應該再確認).
 * Turning from it to "but I understand" marks it as the agent's own excuse or blame, whatever its
 * words; the trainers cap such a restatement at partial. Not when the clause reports someone's
 * words, speaks of the feeling or apologises; a clause opened by the turn must also say something
 * other than the customer's own words (说好两天到，可是第五天才到，我理解… and 我理解您着急，可是剩下的
 * 课都约不上 are the story).
 */
export function zhConceded(answer: NormalisedText, customer: NormalisedText): PhraseHit[] {
  const text = answer.original;
  if (!hasHan(text)) return [];
  const clauses = zhClauseList(text).filter((c) => c.said !== '');
  const told = toldContentKeys(customer.text);
  const out: PhraseHit[] = [];
  const concede = (c: ZhClause | undefined, ownWordsOnly: boolean) => {
    if (!c || REPORTED.test(c.simple) || FEELING_OR_SORRY.test(c.simple)) return;
    const said = c.simple.replace(TURN, '');
    if (ownWordsOnly && retells([...new Set(contentKeys(said))], told)) return;
    if (said.length > 0) out.push(ownExcuseHit(text, c.said, c.at, SUGGESTION));
  };
  clauses.forEach((c, i) => {
    const turned = TURN.exec(c.simple);
    if (turned && ACKNOWLEDGES.test(c.simple.slice(turned[0].length)))
      concede(clauses[i - 1], false);
    else if (ACKNOWLEDGES.test(c.simple) && TURN.test(clauses[i - 1]?.simple ?? ''))
      concede(clauses[i - 1], true);
    // The turn after the acknowledgement (我理解您着急，不过您当初应该…) sets the agent's own word
    // against the feeling just acknowledged, unless it goes on with the customer's story.
    else if (turned && ACKNOWLEDGES.test(clauses[i - 1]?.simple ?? '')) concede(c, true);
  });
  return out;
}
