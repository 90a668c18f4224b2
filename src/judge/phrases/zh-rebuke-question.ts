import { wayForward } from './acts.js';
import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';
import { pointedQuestion } from './zh-rhetorical.js';

/**
 * Chinese questions that rebuke the customer, read by structure on folded text (Simplified, 您 as
 * 你, marks as , . ? !). Each reads one question sentence in which the customer (你) is the one at
 * fault:
 * - why-not put to the customer's own act (你怎么就不锁呢? / 你点解唔睇?): a why-word, then a negated
 *   act — not an inability or a non-arrival (怎么不能登录 / 怎么没收到), which are problems to solve;
 * - what were you thinking (你怎么想的? / 你谂咩?), or, after the customer's act told in a clause before,
 *   what they expected of it or of us (潜水服放烘干机里,你指望它能好? / …,你估我哋点帮你?) — not a
 *   plan asked with a wh-word of time (你谂住几时嚟?);
 * - the customer's question thrown back (…死了你问我?);
 * - whether the customer checked before acting (签字之前你看过…没有? / 下单前你没看…吗?);
 * - who told or let the customer (谁跟你说…的? / 谁叫你…?) — not the cleft 是谁 that asks for a name;
 * - a rhetorical 难道/唔通 making the agent do the customer's part (唔通要我帮你喂?);
 * - what more do you want (你仲想我点?);
 * - only now (而家先嚟嗌? / 现在才来问?), or now again to us after the customer's own act told (你自己
 *   改过线路,现在又来找我们?);
 * - how much the customer expects (你想有几准啊?), what they still hope for (你还期待什么? / 你仲想佢
 *   画到几靓?), or what they want after being told how little they pay (先收你15蚊,你想要几好嘅服务呀?) —
 *   a degree or "what" put to the customer's expectation, not a count or a time (还要几个?), nor a
 *   price then a choice (这套才300块,您想要多大的?); the price then "is it how good you want" (两百块的保养,
 *   您是想要多好的效果?);
 * - 究竟 as 到底, pressing the customer (你究竟有冇跟说明书砌㗎?);
 * - nobody on the customer's side read it (你们单位就没有一个人看过吗? / 你哋公司就冇人睇过咩?);
 * - the customer's act told, then what they expected of it or whether it is fair (您把手机泡在水里一整晚,
 *   您觉得会怎么样? / 你买五十套授权装一百台电脑,这样你觉得合理吗?) — not a time or a plan of ours
 *   put to them (周六十点师傅上门,您觉得合适吗?: no act of theirs, or 我 in it);
 * - the customer's own doing, then "and now you blame us" (饲料你自己换牌子,现在怪我们喔?);
 * - the customer's mind questioned (你脑子有啥毛病? / 你个脑有冇问题㗎?), or their eyes or ears after
 *   what they failed to see or hear (咁大只字都睇唔到,你对眼有冇问题?);
 * - the act made pointless by what came before, asked with 还/仲 + verb + 什么 (都用了两个月了,还换什么货? /
 *   怕黑还报什么夜游?) — not what else the customer needs, wants, has or lacks (还需要什么? / 还差什么?);
 * - whether the customer has never done an everyday thing (你没坐过火车吗? / 你是第一次用洗衣机吗?), when
 *   no way forward follows — not a first visit or a step of ours (您是第一次来吗? / 您没收到过我们的短信吗?).
 * A condition or a polite opener (请问) before it makes it an ordinary question.
 */
/** A why-word asking the reason for an act. */
const WHY = '(?:怎么|咋|为什么|为啥|点解|点会)';
const ACT_NEGATED = '(?:不|没有|没|唔|冇|未)(?!能|可以|会|得|够|收到|到|识|用|办法|法|问题|事)';
/** 前 of an earlier act (签字前), not of 目前/提前/前台. */
const BEFORE = '(?:之前|以前|(?<![目提当眼])前(?![台面天几]))';
const CHECK = '(?:看|读|问|查|睇|确认|核对|了解|量|试|对)';
/** A visit or a step of service, asked of a customer in earnest (第一次来 / 没收到过 / 没办过). */
const SERVICE_STEP =
  '(?:来|到|嚟|光临|入住|收到|收过|办|申请|注册|预约|预订|订|买|付|交|填|参加|报名|开通|登记|绑定|签|领|见|听说|联系|打|试|使用我|用我|帮衬)';
/** How good, how long, how warm: 多/几 before a quality, not a count, a time or a measure word. */
const DEGREE =
  '(?:到|得)?(?:多|几)(?!多|少|个|点|号|时|位|次|件|张|份|天|日|本|杯|斤|间|只|条|台|样|种|款|套|盒|箱|包)\\p{Script=Han}';
/**
 * How good, how perfect: 多/几 before a quality, not a size, a length, a count or a time
 * (您是想要多大的? asks which size).
 */
const QUALITY =
  '(?:什么|啥|咩|乜|多(?!大|长|宽|高|重|少|久|厚|粗|深|远|快|早|晚|个)\\p{Script=Han}|几(?!个|点|号|时|位|次|件|天|日|多)\\p{Script=Han})';
const REBUKES = [
  new RegExp(`你[^,.!?]{0,12}?${WHY}(?:就|都|也|还|又)?${ACT_NEGATED}\\p{Script=Han}`, 'u'),
  new RegExp(`${WHY}(?:就|都|也|还|又)?你(?:就|都|也|还|又)?${ACT_NEGATED}\\p{Script=Han}`, 'u'),
  /(?:怎么|为什么|点解)(?:就|只有|偏偏)你/u,
  /你[^,.!?]{0,12}?(?:干嘛|干吗|做乜|做咩)(?:不|没|唔|冇)\p{Script=Han}/u,
  /早(?:干嘛|干吗|做乜|做咩)去了/u,
  /你[^,.!?]{0,4}?(?:到底|究竟)/u,
  /(?:要|让|叫)(?:我|我们|我哋)(?:怎么办|怎么样|怎样|点算|点样|点)[呢啊呀吖啫]*\?$/u,
  /你(?:是)?(?:在)?(?:开玩笑|讲笑|说笑)/u,
  /(?:跟|和|同)(?:我们|我哋)[^,.!?]{0,8}?(?:有什么关系|有啥关系|有乜关系|有咩关系)/u,
  /连[^,.!?]{1,10}?都(?:不会|不懂|唔识|唔记得|记不住|记唔住|搞不定|搞唔掂|看不懂|睇唔明|不知道|唔知)/u,
  /你[^,.!?]{0,3}?(?:怎么想的|咋想的|在想什么|想什么呢|想啥呢|点谂|谂乜|谂咩)/u,
  /,你(?:还|仲)?(?:指望|以为|谂住|估)(?:它|佢|我们|我哋|我)[^,.!?]*\?$/u,
  /你(?:来|才|就|仲|还|反而|倒)?(?:问|找|怪|赖)(?:我|我们|我哋)[呢啊呀吖咩]*\?$/u,
  /(?<!是)(?:谁|边个)(?:跟|和|同|对)你(?:说|讲|话)(?:过)?[^,.!?]{2,}\?$/u,
  /(?<!是)(?:谁|边个)(?:让|叫|准|教)你[^,.!?]+\?$/u,
  /(?:难道|唔通|莫非)[^,.!?]{0,3}?(?:要|叫|让|等)(?:我|我们|我哋)/u,
  /你[^.!?]{0,16}?(?:还|仲)想(?:我|我们|我哋)?(?:怎么样|怎样|点样|点)[呢啊呀吖啫]*\?$/u,
  /(?:现在|而家|宜家|依家|到现在|到而家)(?:才|先)(?:来|嚟|讲|说|问|投诉|找|打|想起|记起|报|嗌)[^,.!?]{0,6}\?$/u,
  /^(?![^.!?]*我[^们哋])你[^,.!?]*(?:过|了|咗)[^.!?]*,(?:现在|而家|宜家|依家)(?:又|倒|反而)(?:来|嚟)?(?:找|怪|赖|问)(?:我们|我哋)[呢啊呀吖咩]*\?$/u,
  /(?:块|蚊|元|钱|价|便宜|平)[^.!?]*(?:还|仲)(?:想要|想|要|指望)[^,.!?]{0,2}?(?:什么|啥|咩|乜|多\p{Script=Han}|几\p{Script=Han})/u,
  new RegExp(`(?:块|蚊|元|钱|价)[^.!?]*,你是(?:想要|想|要|指望)[^,.!?]{0,2}?${QUALITY}`, 'u'),
  /(?:你们|你哋)[^.!?]*?就(?:没有|没|冇)(?:一个|1个)?人[^,.!?]*(?:吗|么|咩)\?$/u,
  /^(?![^.!?]*(?:我|咱))[^.!?]*(?<![帮替为跟和同对向俾畀给])你[^.!?]*,(?:这样)?你?(?:是)?觉得(?:这|这样)?(?:会怎(?:么)?样|能怎(?:么)?样|合适|合理|说得过去|公平)[^,.!?]*\?$/u,
  /你自己[^.!?]*,(?:现在|而家|宜家|依家)(?:又|倒|反而)?(?:来|嚟)?(?:怪|赖)(?:我们|我哋)[呢啊呀吖咩喔哦]*\?$/u,
  /你(?:想|要|指望|期望|以为)(?:要)?有(?:几|多)\p{Script=Han}[啊呀呢吖㗎啫]*\?$/u,
  new RegExp(
    `你(?:还|仲|是)(?:期待|指望|期望)[^,.!?]{0,8}?(?:什么|啥|咩|乜|${DEGREE})[^,.!?]*\\?$`,
    'u',
  ),
  new RegExp(`你(?:还|仲)(?:想|想要|指望|期待)[^,.!?]{0,8}?${DEGREE}[^,.!?]*\\?$`, 'u'),
  /你(?:的|嘅|个|只)?(?:脑子|脑袋|头脑|脑筋|个脑)[^,.!?]{0,4}?有(?:什么|啥|咩|乜|冇|没有|没)?(?:问题|毛病)/u,
  /(?:都|也)(?:看不|睇唔|听不|听唔)[^.!?]*你(?:的|嘅|对|只)?(?:眼睛|眼|耳朵|耳)[^,.!?]{0,4}?有(?:什么|啥|咩|乜|冇|没有|没)?(?:问题|毛病)/u,
  /(?:都|已经|了|咗|怕|不|唔|没|冇)[^?]*?(?:还|仲)(?!想|要|需|有|能|可|在|差|缺|少|剩|担心)\p{Script=Han}{1,2}?(?:什么|啥|乜嘢|乜|咩)\p{Script=Han}{0,8}?[啊呀呢啦喔吖]*\?$/u,
  new RegExp(
    `(?:才|先|只)收(?:你)?\\d+(?:块|蚊|元|文)[^.!?]*,你(?:还|仲)?(?:想|想要|要|期待|指望)[^,.!?]{0,8}?(?:什么|啥|咩|乜|${DEGREE})[^,.!?]*\\?$`,
    'u',
  ),
];
/**
 * Whether the customer checked before acting (签字之前你看过…没有?), or a negative question on their
 * looking (你没看见门口的牌子吗?), reads as a check of the facts when the agent goes on to a way forward (你买之前有冇试过?冇都唔紧要,我哋可以帮你换).
 */
const CHECKED_BEFORE = [
  new RegExp(
    `你(?:是)?(?:根本|都|自己)?(?:(?<!有)(?:没有|没|冇)|不会|唔识)(?:自己)?(?:先)?(?:${CHECK}|看见|看到|睇到|留意|注意|检查)[^,.!?]*(?:吗|么|喔|咩|呀|啊)\\?$`,
    'u',
  ),
  new RegExp(`${BEFORE}(?:都|就)(?:不|没|唔|冇)(?:先)?${CHECK}`, 'u'),
  new RegExp(
    `你[^.!?]*${BEFORE}[^,.!?]{0,4}?(?:(?<!有)(?:没有|没|唔|冇|都没|都唔)(?:先)?${CHECK}|${CHECK}过[^,.!?]{0,10}?(?:没有|没|未|吗))`,
    'u',
  ),
  new RegExp(
    `${BEFORE}[^,.!?]{0,1}你[^,.!?]{0,3}?(?:(?<!有)(?:没有|没|唔|冇)(?:先)?${CHECK}|${CHECK}过[^,.!?]{0,10}?(?:没有|没|未|吗))`,
    'u',
  ),
];

/**
 * Whether the customer has never done an everyday thing (你没坐过火车吗? / 你未用过微波炉咩?), or is
 * using or riding one for the first time (你是第一次用洗衣机吗?): a rebuke unless a way forward follows.
 * Not a visit or a step of service (没来过 / 没办过 / 没收到过), nor anything of ours (我们 in it); a
 * first time at anything else (第一次做美甲) is asked in earnest.
 */
const NEVER_DONE = new RegExp(
  `^(?![^.!?]*(?:我|咱))[^.!?]*你(?:是)?(?:从来|以前|之前)?(?:(?:没有|没|未|冇)(?!${SERVICE_STEP})\\p{Script=Han}{1,2}?过|第(?:一|1)次(?:用|坐|搭|乘|开|骑))[^,.!?]{1,10}?(?:吗|么|咩|喔|哦|呀|啊)\\?$`,
  'u',
);

/** The list entry that words the flag. */
export const REBUKE_ENTRY_ZH = 'g-hostile';

/** The first rebuking question in folded text `t`, as a [start, end) range to its sentence's end. */
export function rebukeQuestionZh(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  for (const [s, e] of sentenceSpans(t, runOn)) {
    const sentence = t.slice(s, e);
    if (!pointedQuestion(sentence)) continue;
    const rebuke = firstMatch(sentence, REBUKES);
    if (rebuke) return [s + rebuke.index, e];
    // What follows is read only for a sentence of this form: reading it after every question
    // made a reply of many questions quadratic.
    const checked = firstMatch(sentence, CHECKED_BEFORE) ?? NEVER_DONE.exec(sentence) ?? undefined;
    if (checked && !wayForward(t, e, e, list, runOn)) return [s + checked.index, e];
  }
  return undefined;
}

function firstMatch(sentence: string, forms: readonly RegExp[]): RegExpExecArray | undefined {
  for (const re of forms) {
    const m = re.exec(sentence);
    if (m) return m;
  }
  return undefined;
}
