import type { PhraseList } from './compile.js';
import { firstStanding } from './first-sentence.js';

/**
 * Chinese policy shield by clause roles (folded text: simplified, 您 as 你, marks as , . ? !): a clause
 * citing a written rule as the source (根据条款 / 按合同约定 / 依照会员条款 / 根据我哋嘅服务条款), then in the
 * same sentence the outcome held against the customer with no exception — a charge upheld (出勤费照样收 /
 * 学费还是要全额缴 / 由你承担), relief refused (唔设减免 / 订金一样唔退 / 冇例外) or the request refused
 * (不能带朋友来看 / 唱片清洗不接加急) — and nothing of ours after it; or the rule said to be written plainly
 * closing the sentence after such an outcome (过咗期就作废,条款写到明). The rule in the customer's favour (上门费我们全免), with what they or we can do after it
 * (…,不过我可以帮你延到下个月), or under a condition of theirs stays information; the rule inside someone's
 * words or a check put to the customer (您是说店员跟您讲,根据合同,上门费照样收,对吗?) retells it.
 */
const RULE = '(?:条款|合同|合约|协议|约定|规定|制度|政策|规则|章程|细则|条例|守则|规矩)';

/**
 * The rule as the source opening a clause (根据条款, / 按我们的制度,), or as the subject of a copula that
 * states the outcome (我哋制度系改衫唔做加急).
 */
const CITED = new RegExp(
  `(?:^|,)(?:但|不过|可是|那)?(?:(?:根据|按照|依照|依据|遵照|按|照|依)[^,.!?]{0,10}?${RULE}[^,.!?]{0,4}?,|(?:我们|我哋|公司|本店|店里)?(?:的|嘅)?${RULE}(?:是|系|就是|就系))`,
  'u',
);

/**
 * The rule said to be written plainly, closing the sentence after the outcome (过咗期就作废,条款写到明):
 * the rule held up as the whole answer.
 */
const WRITTEN_CLOSE = new RegExp(
  `,${RULE}(?:上|里|入面)?(?:已经)?(?:写|订|定|列|注)(?:到|得)?(?:明|清楚|明白|很清楚|好清楚|明明白白|清清楚楚)(?:了|咗)?(?:的|嘅)?[啦喇咯嘛㗎]*$`,
  'u',
);

/** An outcome against the customer told before the rule written plainly: void, of no use. */
const VOID = /作废|无效|失效|冇用|没用/u;

/** A charge upheld: the money word, then its collection kept whatever happened. */
const CHARGE_UPHELD =
  /(?:费|钱|款|金|租|价)[^,.!?]{0,6}?(?:照样|照常|照|一样|同样|还是|仍然|仍|也|都)(?:要|得|会|需)?(?:全额|全数|足额)?(?:收|算|计|扣|付|交|缴)|由你(?:们|哋)?(?:自行|自己)?(?:承担|负担|支付|负责)/u;

/** Relief refused outright: no reduction, no refund, no exception. */
const NO_RELIEF =
  /(?:不|唔|没有|冇|没)(?:设|作|予|做|给|得|会)?(?:减免|豁免|例外|通融|退还|退款|优惠|补发|补偿|赔偿|赔|延期|减)|(?:一样|同样|也|都|概)(?:不|唔)退|没得(?:谈|商量|减|退)|冇得(?:倾|商量|减|退|讲)|恕不/u;

/** The request refused: a "cannot" or a "not accepted". */
const REFUSED =
  /不能|不可以|不可|无法|没法|没办法|不接受|不受理|不办理|不予|不允许|唔可以|唔得|唔能|冇办法|冇得|[不唔](?:接|做|办|提供|支持)(?![心错到])|[不唔]收(?:回|件|单|货)/u;

/** What can still be done in the sentence: a pivot, a possibility, our act, the customer's option. */
const WAY_ON =
  /不过|但是|可是|(?<![不唔])可以|(?<![不唔只没])能|帮你|为你|替你|我(?:们|哋)?(?:会|来|帮|给|去|马上|即刻|现在|先|再|这边|尽量)|免费|全免|豁免你|如果|要是|的话|嘅话/u;

/** A check put to the customer: the sentence asks (…,对吗?). */
const ASKED = /[?？]|吗$|对吧$|是吧$|系咪咁$/u;

/**
 * Someone's words before the rule: the rule cited inside what they or the customer said (店员跟你讲,根据
 * 合同,… / 你是说…); the agent's own 跟你说一下 announces.
 */
const REPORTED =
  /(?:跟|同|和|对|给)你(?:们|哋)?(?:说|讲|话)(?!一下|下)|(?<![跟同和对给])你(?:们|哋)?(?:是)?(?:说|讲|话|提到)|告诉你|(?:他|她|佢)(?:们|哋)?(?:说|讲|话)/u;

/** The list entry that words the flag. */
export const RULE_CITED_ENTRY_ZH = 'policy-rule';

/** The first sentence citing a rule as the ground of an outcome held against the customer, as a range. */
export function ruleCitedZh(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  return firstStanding(t, list, runOn, heldByRule);
}

/** Does the sentence cite a rule, then hold an outcome against the customer with nothing of ours? */
function heldByRule(sentence: string): boolean {
  const plain = sentence.replace(/[.!]+$/u, '');
  const written = WRITTEN_CLOSE.exec(plain);
  if (written) {
    const outcome = plain.slice(0, written.index);
    return [VOID, NO_RELIEF, REFUSED].some((re) => re.test(outcome)) && !WAY_ON.test(outcome);
  }
  const m = CITED.exec(plain);
  if (!m || ASKED.test(plain) || REPORTED.test(plain.slice(0, m.index))) return false;
  const outcome = plain.slice(m.index + m[0].length);
  return (
    [CHARGE_UPHELD, NO_RELIEF, REFUSED].some((re) => re.test(outcome)) && !WAY_ON.test(outcome)
  );
}
