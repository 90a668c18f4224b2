/**
 * Chinese rules (both scripts: text arrives converted to Simplified). Priority:
 * invitation → embedded wh-clause → options (还是) → clauses from the last: open wh-word,
 * one-fact wh-word, yes/no grammar (吗, A不A, 是否, 吧) → fallback.
 *
 * Open = invites describing (什么, 怎么, 如何, 为什么, 说说, 详细讲, 有什么需要我帮忙的吗, 哪些,
 * 哪里不舒服). Closed = yes/no, a choice (A还是B), or one fact (哪家店, 什么时候, 几点, 谁,
 * 多少, 几, 多久, 您的订单号是多少, 怎么称呼您). See policy.ts.
 */

import { type WhClass, whClassDecision, whichDecision } from './policy.js';
import { closed, type Decision, open, trimEndOf } from './types.js';

/** Nouns naming one identifying fact. */
const IDENT =
  /(姓名|名字|贵姓|称呼|全名|号码|单号|订单号|手机号|电话|手机|地址|邮箱|邮编|生日|出生日期|身份证|证件|账号|帐号|账户|卡号|编号|密码|验证码|车牌|房号|门牌|工号|会员号|序列号|尾号|数字)/;
/** An identifier asked for: 订单号是多少, 地址是哪里, 什么名字, 叫什么名, 哪个手机号, 贵姓. */
const IDENT_ASKED = new RegExp(
  `(${IDENT.source})(是|为|叫)?(多少|什么|啥|哪里|哪儿|哪个|几)|(什么|啥|哪个|哪一个)(${IDENT.source})|叫(什么|啥)名(?!堂)|贵姓|(怎么|如何)称呼`,
);

/** Nouns and adverbs that ask for a description. */
const DESCRIBE =
  /(情况|情形|经过|过程|步骤|内容|现象|表现|样子|状态|故障|问题|详细|具体|细节|原因|想法|意见|看法|需求|需要|感受|感觉|症状|状况|体验|经历|顾虑|担心|困难|不满|建议|要求|来龙去脉|怎么回事|怎么了|发生了|发生的|从头|哪些|一切|全部)/;

/** Verbs that ask the customer to talk at length. */
const DESCRIBE_VERB =
  /(帮我理解|让我了解|我(?:很|真|非常|特别)?想(?:多|再)?了解|想听听|听听您|说说|讲讲|谈谈|聊聊|说一说|讲一讲|谈一谈|聊一聊|描述|形容|介绍一下|介绍介绍|解释一下|解释解释|说明一下|详细说|详细讲|详细谈|详细介绍|详细描述|详细地说|具体说|具体讲|具体谈|具体描述|具体介绍|仔细说|展开说|多说|多讲|讲述|叙述|分享|举个例子|举几个例子|举例|(?:说|讲|谈|聊)得?(?:详细|具体|仔细)(?:一点|一些|些)?)/;

/** Wanting to know ("我很想知道…"): the object decides. */
const WANT_TO_KNOW = /我(?:很|真|非常|特别)?想(?:多)?知道/;

/** Verbs that ask to be told something; the object decides. */
const TELL_VERB =
  /(告诉|告知|讲给|说给|提供|报一下|说一下|讲一下|说[一1]遍|讲[一1]遍|留一下|发一下|给我|确认一下|核对一下)/;

/** What may follow a verb of telling with no object after it (说给我听吗, 告诉我好吗). */
const TOLD_NOTHING = /^(?:我们?|我听听?|我听)?(?:听)?(?:一下)?(?:好|可以)?(?:吗|么|呢|吧)?[?.!~]*$/;

/** "有什么需要我帮忙的吗": an opener that invites the customer to talk, although it ends in 吗. */
const ANYTHING =
  /(有|还有|有没有|还有没有|有啥)(什么|啥|哪些|其他|别的|东西)[^,.?!]{0,10}(帮|效劳|服务|协助|为您|替您|做的|补充|问题|疑问|需要|要求|建议|意见|想法|顾虑|困难|不满|不明白|不清楚|不懂|想问|想了解|想说|想知道|关心|担心)|(有|还有|有没有|还有没有)(什么|啥|其他|别的|东西|哪里|哪儿|哪边)[^,.?!]{0,6}(想|要|需要|希望)[^,.?!]{0,4}?(说|讲|谈|聊|告诉|补充|反映|分享|问|了解|知道|提|跟进|处理|安排|转达|转告|留意|解决|帮)|(还有没有|有没有|还有)[^,.?!]{0,3}(要|想|需要)(补充|说|讲|问|告诉)|(还有|还想|还要)[^,.?!]{0,8}?(补充|说|讲|告诉|交代|嘱咐|叮嘱)(的|点|些|一下|什么|啥)/;
const HELP_WH =
  /(我|我们)?(能|可以|可|该)(为您|帮您|帮你|为你|替您)?(做|帮|效劳|服务)(些)?(什么|啥)/;

const KNOW = /(知道|记得|清楚|了解|确定|记不记得|知不知道|记得不记得|有印象)/;

/** Wh-words that ask for a description: never indefinite before 吗 (为什么, 如何). */
const OPEN_WH: ReadonlyArray<readonly [RegExp, string]> = [
  [/(为什么|为何|为啥|干嘛|何故)/, '为什么'],
  [/(怎么样|怎样|怎么|如何|咋)/, '怎么'],
  [/(什么|啥)/, '什么'],
];

/**
 * 什么/怎么 inside a time word (什么时候) ask when, not for a description; the other wh-words
 * by class (policy.ts). Earlier rows win: 哪天 before 哪, 多少 before 几. The normaliser has
 * turned 一 into 1 (哪一天 → 哪1天).
 */
const WHEN_WH = /(什么时候|什么时间|什么日期|啥时候|几点|几号|哪[一1]?天|何时|多会儿)/;
const WHEN_WH_ALL = new RegExp(WHEN_WH.source, 'g');
const CLASS_WH: ReadonlyArray<readonly [RegExp, WhClass, string]> = [
  [WHEN_WH, 'when-who', 'when'],
  [/(谁|哪[一1]?位)/, 'when-who', 'who'],
  // 哪几 asks "which ones", not how many; 这几天, 前几次, 好几个, 举几个例子 count nothing.
  [
    /(多少|(?<![哪这那前近好十举])几(?!乎)|多久|多长|多大|多远|多高|多重|多贵)/,
    'quantity',
    'how-many',
  ],
  [/(哪里|哪儿|何处|哪)(?!个|一|1|几|种|款|家|些|项|条|张|台|份|次|间|辆)/, 'which', 'where'],
  [/(哪)/, 'which', 'which'],
];

/** 哪些, 哪方面, 哪几: a list or an area the customer fills in with their own account. */
const LIST_WH = /(哪些|哪几|哪方面|哪[一1]?部分|什么方面)/;
/**
 * 哪里/哪个 about the problem itself or the customer's view of it (哪里不舒服, 问题出在哪儿,
 * 哪个环节最让您不满意): the answer is a description.
 */
const PROBLEM =
  /(不舒服|不正常|异常|不稳|不灵|不满|不好|不够|不对|不行|不便|不方便|不顺|不喜欢|不习惯|不清楚|不明白|难用|难受|最难|难在|不适|疼|痛|痒|酸|麻(?!烦)|胀|晕|肿|伤|问题|毛病|故障|出错|改进|改善|做得更好|提高|提升|完善|困扰|担心|顾虑|开始(说|讲|谈|聊)|说起|讲起|谈起)/;

/**
 * 哪里 before a negated predicate (哪里用着不顺手, 哪儿没弄好, 边度唔妥): where the customer finds
 * fault, the problem itself — described, like 哪里不舒服.
 */
const WHERE_NOT = /(哪里|哪儿)[^,.?!]{0,6}?[不没]/;

/** Yes/no grammar anywhere in the clause. */
const YES_NO_WORDS =
  /(是否|是不是|有没有|有无|能不能|能否|可不可以|可否|会不会|要不要|对不对|好不好|行不行|需不需要|愿不愿意|方不方便|可以不可以|了没有|了没|没有吗)/;
/** A-not-A: 去不去, 满不满意, 清不清楚. */
const A_NOT_A = /([\u4e00-\u9fff])[不没]\1/;
const FINAL_PARTICLE = /(吗|(?<![什怎那这多要])么|嘛|吧|不|没|没有|否)[?!.~]*$/;

function stripFinal(s: string): string {
  return trimEndOf(s, '?!.~ "\'');
}

/** 什么型号, 什么颜色: one thing picked from a known range — one fact. */
const WHAT_FACT =
  /(什么|啥)(型号|颜色|尺码|尺寸|品牌|牌子|款式|规格|版本|套餐|系统|浏览器|付款方式|支付方式|口味|车型|机型|航班|座位|房型|卡)/;

/**
 * 您对哪类服务感兴趣, 希望菜单偏什么口味: the kind of thing the customer wants, plans or takes an
 * interest in is their needs, theirs to describe (as "what kind of course are you interested
 * in?"). A kind of means or a value from a known range (哪种方式, 哪种颜色) stays one pick.
 */
const WISHED_KIND =
  /(希望|想要|想找|想学|想做|想买|打算|计划|期待|感兴趣|有兴趣|在找|寻找)[^,.?!]*(哪[1]?(类|种)(?!方式|方法|途径|渠道|型号|颜色|尺码|尺寸|品牌|牌子|规格|版本|套餐|付款|支付)|(什么|啥)(类型|种类|风格|口味))|(哪[1]?(类|种)|(什么|啥)(类型|种类|风格|口味))[^,.?!]*(感兴趣|有兴趣)/;

/** 买了什么, 点的是什么: the thing bought or picked is one fact (想买什么 asks for needs). */
const WHAT_OBJECT = /(买|购买|点|订|预订|预定|选|下单|下单买)(了|的是|的)(什么|啥)/;

/** 怎么付款, 怎么联系您: the means is one pick from a known range. */
const HOW_MEANS =
  /(怎么|如何|怎样)(付款|付钱|支付|付费|结账|联系|联络|取货|收货|寄|送货|配送|退回)/;

function whDecision(clause: string, embedded: boolean): Decision | null {
  if (IDENT_ASKED.test(clause)) return whClassDecision('ident', 'ident', embedded);
  if (WISHED_KIND.test(clause)) return whClassDecision('describe', 'what-kind-wished', embedded);
  if (WHAT_FACT.test(clause)) return whClassDecision('which', 'what-kind', embedded);
  if (WHAT_OBJECT.test(clause)) return whClassDecision('which', 'what-object', embedded);
  if (HOW_MEANS.test(clause)) return whClassDecision('which', 'how-means', embedded);
  // 什么时候 asks when: its 什么 is no describing 什么.
  const rest = clause.replace(WHEN_WH_ALL, '');
  for (const [re, cue] of OPEN_WH) {
    if (re.test(rest)) return whClassDecision('describe', cue, embedded);
  }
  const list = LIST_WH.exec(clause);
  if (list) return open(`list:${list[1]}`, !embedded);
  for (const [re, cls, cue] of CLASS_WH) {
    if (!re.test(clause)) continue;
    if (cls === 'which')
      return whichDecision(cue, PROBLEM.test(clause) || WHERE_NOT.test(clause), embedded);
    return whClassDecision(cls, cue, embedded);
  }
  return null;
}

/** One-fact wh-cues an invitation to talk turns into a topic: who, where, which (not a date, a count, an identifier). */
const ASKED_AROUND = /^one-fact:(who|where|which)$/;

/** Verbs of talking at length (说说, 聊聊, 想听听), not of stating one thing (说明一下, 介绍一下). */
const TALK_VERB = /^(?:想听听|听听您|说说|讲讲|谈谈|聊聊|说一说|讲一讲|谈一谈|聊一聊)$/;

function hasWh(s: string): boolean {
  return OPEN_WH.some(([re]) => re.test(s)) || CLASS_WH.some(([re]) => re.test(s));
}

function decideInvitation(s: string): Decision | null {
  if (ANYTHING.test(s) || HELP_WH.test(s)) return open('invitation:anything-help');
  // "我很想知道您对新门店的感觉": wanting to know the customer's account, with no wh-word or
  // yes/no word in it to make it one fact, invites it.
  const want = WANT_TO_KNOW.exec(s);
  if (want) {
    const after = s.slice(want.index + want[0].length);
    if (DESCRIBE.test(after) && !hasWh(after) && !YES_NO_WORDS.test(after))
      return open('invitation:想知道');
  }
  const describe = DESCRIBE_VERB.exec(s);
  if (describe) {
    const after = s.slice(describe.index);
    if (IDENT.test(after) && !DESCRIBE.test(after) && !hasWh(after))
      return closed('one-fact:ident');
    if (hasWh(after)) {
      const wh = whDecision(after, false);
      // "说说您想让谁看到", "想听听孩子最喜欢哪一段": asked to talk about it, not to name one.
      if (wh && ASKED_AROUND.test(wh.cue) && TALK_VERB.test(describe[1] as string))
        return open(`invitation:${describe[1]}`);
      return wh ?? open(`invitation:${describe[1]}`);
    }
    return open(`invitation:${describe[1]}`);
  }
  const tell = TELL_VERB.exec(s);
  if (tell) {
    // "把整个过程讲给我听": with 把 the object comes before the verb.
    const ba = s.lastIndexOf('把', tell.index);
    const tail = s.slice(tell.index + (tell[1] as string).length);
    // "那天的经过，可以说给我听吗": nothing told after the verb, so the topic before it is told.
    const object =
      ba >= 0 ? s.slice(ba + 1, tell.index) : TOLD_NOTHING.test(tail) ? s.slice(0, tell.index) : '';
    const after = object + tail;
    if (hasWh(after)) return whDecision(after, false);
    if (/^(我|我们)?(一下)?(是否|是不是|有没有|能不能|会不会)/.test(after))
      return closed('yes-no:是否');
    if (IDENT.test(after) && !DESCRIBE.test(after)) return closed('one-fact:ident');
    if (DESCRIBE.test(after)) return open('invitation:tell-me');
  }
  return null;
}

function decideEmbedded(s: string, clauses: readonly string[]): Decision | null {
  const know = KNOW.exec(s);
  if (!know) return null;
  const after = s.slice(know.index + (know[1] as string).length);
  if (hasWh(after) && FINAL_PARTICLE.test(after)) return whDecision(after, true);
  // "为什么会这样，您知道吗": the wh-clause comes first, the knowing after it.
  const last = clauses[clauses.length - 1] ?? '';
  if (clauses.length > 1 && KNOW.test(last) && last.length <= 8) {
    const before = clauses.slice(0, -1).join(',');
    if (hasWh(before)) return whDecision(before, true);
  }
  return null;
}

function decideClause(clause: string): Decision | null {
  const c = stripFinal(clause);
  if (c.length === 0) return null;
  const ends = /(吗|(?<![什怎那这多要])么|嘛)$/.test(c);
  // 为什么/为何/如何 are never indefinite: before 吗 they sit in an embedded question.
  if (ends && /(为什么|为何|为啥|如何)/.test(c)) return whDecision(c, true);
  // "有注意到什么状况吗", "有发生什么事吗": anything at all asked for, the customer's to tell.
  if (ends && /有[^,.?!]{0,6}(什么|啥)(?!时候|时间|日期)/.test(c)) return open('anything-told');
  if (!ends) {
    const wh = whDecision(c, false);
    if (wh) return wh;
  }
  const yn = YES_NO_WORDS.exec(c);
  if (yn) return closed(`yes-no:${yn[1]}`);
  if (A_NOT_A.test(c)) return closed('yes-no:a-not-a');
  const fin = /(吗|(?<![什怎那这多要])么|嘛|吧|没有|没|否)$/.exec(c);
  if (fin) return closed(fin[1] === '么' ? '吗' : (fin[1] as string));
  if (/呢$/.test(c)) return open('呢', false);
  return null;
}

/** Judges one Chinese sentence, normalised to Simplified. Null when no cue fired. */
export function decideChinese(sentence: string): Decision | null {
  const s = stripFinal(sentence.trim());
  const clauses = s
    .split(/[,;:]+/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  if (clauses.length === 0) return null;
  const last = clauses[clauses.length - 1] as string;
  if (
    clauses.length > 1 &&
    /^(对吧|对吗|对么|是吧|是吗|好吗|好吧|行吗|可以吗|没错吧|没错吗|是不是|对不对|是这样吗|是这样吧|没问题吧|可以吧|好不好|行不行)$/.test(
      last,
    )
  ) {
    // "麻烦您描述一下经过，好吗": a tag asking consent to a request to describe leaves the request to decide.
    if (/^(好吗|好吧|行吗|可以吗|可以吧|好不好|行不行)$/.test(last)) {
      const request = decideInvitation(clauses.slice(0, -1).join(','));
      if (request?.verdict === 'open') return request;
    }
    return closed(`tag:${last}`);
  }
  // "还有其他的吗?", "有没有别的?": anything else, the floor given back.
  if (/^(还有|有没有|还有没有|有)(其他|别的)(的|事|事情)?(吗|呢|没有)?$/.test(s))
    return open('invitation:anything-help');
  const invitation = decideInvitation(s);
  if (invitation) return invitation;
  const embedded = decideEmbedded(s, clauses);
  if (embedded) return embedded;
  if (/还是/.test(s)) {
    const rest = s.slice(s.indexOf('还是') + 2);
    const still = /^(不|没|一样|会|很|无法|不能|这样|那样|有问题|老样子)/.test(rest);
    if (!still && !OPEN_WH.some(([re]) => re.test(s.replace(WHEN_WH_ALL, ''))))
      return closed('options:还是');
  }
  // "退款和换货，您选哪个", "这两个地址用哪个": the options are given, 哪个 picks one.
  if (
    /[和或跟与][^,.?!哪]{1,12}(,|之间|当中|中)[^,.?!]{0,8}哪(个|[一1]个|种|[一1]种|样)/.test(s) ||
    /(这|那)?[两2-9几][个种款样家位条项份张台笔件次部单套批][^,.?!哪]{0,8}(里|中|之间|当中)?[^,.?!]{0,4}哪/.test(
      s,
    )
  )
    return closed('options:哪个');
  if (/或者|或是/.test(s) && /(吗|呢)$/.test(s) && !hasWh(s)) return closed('options:或者');
  for (let i = clauses.length - 1; i >= 0; i--) {
    const d = decideClause(clauses[i] as string);
    if (d) return d;
  }
  return null;
}
