/**
 * Chinese orders chained in one sentence, read by clause shape (folded text: Simplified, marks as
 * , . ? !). A subjectless handling verb with its result, direction or place and no aspect marker
 * is a step put on the customer: 狗绳解开 / 挂在门口钩子上 / 表格填好 / 剪刀放低 / 寄回来 / 电话写对 / 擦干 / 泊喺后门; so is a step to
 * do again (再填过 / 重新发一遍 / 重新填一张), and one after 给我 / 俾我, the order's own intensifier before its
 * verb (申请表给我填好了): not 发给我 / 交给我, where the agent receives. Two such steps, or one with a demand beside it — a requirement or a
 * ban (只要PDF / 每一格都要填 / 一个都不能少 / 别…), a wait for the agent's word (等叫号) or a day (明天)
 * — make a chain of orders: "雨伞收好,放在外面架子上。" One step alone may be a how-to, and the same
 * shape with 了 / 咗 / 已经 reports the agent's own work; the caller (zh-bare-order.ts) sets aside
 * courtesy, reasons, the agent as subject and the agent's help after it.
 */

/** Verbs of handling a thing: put, take, fill, send, close, open, undo, hang, pack, tie, park and the like. */
export const HANDLE_ZH =
  '(?:放|收|拿|攞|拎|填|寄|发|交|关|闩|开|解|拆|装|挂|摆|带|送|取|插|拔|脱|签|拍|影|量|洗|晾|擦|抹|留|存|扔|锁|贴|写|传|搬|挪|停|泊|拴|绑|熄|折|包|封|剪|盖|倒|清|抄|印|扫|send)';

/** What completes the step: a result, a direction or a place reached. */
export const COMPLETES_ZH =
  '(?:好|掉|开|低|齐|完|紧|稳|住|走|对|啱|整齐|完整|清楚|干净|干|回来|回去|回嚟|返来|返去|返嚟|过来|过嚟|出来|出嚟|下来|落嚟|起来|进去|上去|上来|来|嚟|(?:在|到|喺|去|落)[^,.!?]{1,8})';

/** The step's clause, with no subject before it and no aspect or modal of the agent's report. */
const STEP = new RegExp(`^(?:[^,.!?]{0,10}?)(?:先|再|都)?${HANDLE_ZH}${COMPLETES_ZH}`, 'u');

/** A step to do again: 再填过 / 重新发一遍 / 再send一次 / 重新填一张. */
const REDO = new RegExp(
  `(?:再|重新)${HANDLE_ZH}(?:过|[1一](?:遍|次|份|张|封|套)|多次|多[1一](?:次|份|张))`,
  'u',
);

/** 给我 / 俾我 before the step's verb, not after a verb of handing (发给我 / 交给我: the agent receives). */
const GIVE_ME_STEP = new RegExp(
  `^[^,.!?]{0,10}?(?<!${HANDLE_ZH}|还|退|递|转|借|卖|让|打)(?:给|俾|畀)我${HANDLE_ZH}${COMPLETES_ZH}(?:了)?$`,
  'u',
);

/** A pronoun left as the object after the step's result (影清楚佢 / 填啱佢): it is the thing, not a subject. */
const IT_AFTER_RESULT = /(?<=好|对|啱|掂|完|晒|齐|干净|清楚)(?:佢|他)$/u;

/** What a report or a statement carries: aspect, an adverb of the past, a modal, a pronoun subject. */
const NOT_A_STEP = /了|咗|已|刚|着|会|能|可以|在等|你|他|她|它|佢|哋|我|咱|谁|没|冇|未|很|太|真/u;

/** A demand beside the step: a requirement, a ban, a wait for the agent's word, or a day alone. */
const DEMAND =
  /^(?:只要|要|都要|一定要|必须|务必)[^,.!?]{0,10}$|(?:都|也)(?:要|得)[^,.!?]{1,4}$|(?:不能|不准|不许|不可以|唔可以|唔准|唔得)(?:少|漏|缺|迟|晚|拖|错)|^(?:别|不要|唔好|唔准|不准)[^,.!?]{1,14}$|^等[^,.!?]{1,10}$|^(?:今天|今日|明天|听日|今晚|马上|即刻)$/u;

/** Is the clause a step put on the customer? */
function isStep(clause: string): boolean {
  if (GIVE_ME_STEP.test(clause)) return true;
  const plain = clause.replace(IT_AFTER_RESULT, '');
  return !NOT_A_STEP.test(plain) && (STEP.test(plain) || REDO.test(plain));
}

/** Does the sentence chain two steps, or a step and a demand? */
export function chainedOrderZh(sentence: string): boolean {
  const clauses = sentence
    .split(/[,;:、]/u)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  if (clauses.length < 2) return false;
  const steps = clauses.filter(isStep).length;
  const demands = clauses.filter((c) => DEMAND.test(c)).length;
  return steps >= 2 || (steps === 1 && demands >= 1);
}
