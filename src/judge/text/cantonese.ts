/**
 * Written Cantonese read as Mandarin, so rules written for Mandarin apply to it: 边度唔舒服 is
 * 哪里不舒服, 有咩可以帮到你 is 有什么可以帮到你, 瞓得点 is 睡得怎么样. Grammar words and the
 * commonest Cantonese-only verbs, in the Simplified form the normaliser gives (嗰 arrives as
 * 𠮶); longer forms first. Only a sentence with a Cantonese-only word is read this way, so
 * Mandarin 系统 or 仲裁 in a Mandarin sentence is never touched. Never for Japanese.
 */
import type { MappedText } from './buffer.js';
import { emptyMapped, push } from './buffer.js';
import type { NormalisedText } from './normalise.js';

const CANTONESE_WORDS: readonly (readonly [RegExp, string])[] = [
  [/唔该/g, '谢谢'],
  [/系唔系|系咪/g, '是不是'],
  [/可唔可以/g, '可不可以'],
  // 带嚟得唔得? asks leave politely, as 可不可以 does.
  [/得唔得/g, '可不可以'],
  [/啱唔啱/g, '对不对'],
  [/有冇/g, '有没有'],
  // 系你自己整坏嘅啩: a closing 啩 guesses, as 吧 does.
  [/啩(?=[?.!~]*$)/g, '吧'],
  [/乜嘢|咩嘢|乜|咩|甚么/g, '什么'],
  [/边度|边处/g, '哪里'],
  [/边啲/g, '哪些'],
  // 边个知呀 / 边个会理: 边个 before what cannot begin a noun (a particle, the end, a modal, 知)
  // asks who, and a bare 知 after it is 知道; before a noun (边个师傅) it asks which.
  [/边个知(?!道)/g, '谁知道'],
  [/边个(?=[会肯敢识都也话讲系]|[呀啊㗎啦吖喎咩]*[?.!,~]|[呀啊㗎啦吖喎咩]*$)/g, '谁'],
  [/边个/g, '哪个'],
  [/细路(?:仔|女)?/g, '小孩'],
  [/边(?=[间位样只部架张方])/g, '哪'],
  // 边几次 / 边几日 "which ones" (这边几个 is "over here"); 边一步 "which step".
  [/(?<![这那呢嗰旁两外里左右身海前后一])边(?=几|一(?:步|个|间|位|次|日|样|段))/g, '哪'],
  [/点样/g, '怎样'],
  // 点做, 点处理, 点同你讲, 点睇: 点 before a verb of doing, handling, telling or seeing (or 同
  // before its person) asks how (before 点解 "why");
  // after a number it is a time (几点做完, 1点做好).
  [
    /(?<![几0-9一二两三四五六七八九十])点(?=做|搞|处理|解决|帮|安排|补救|跟进|应对|改善|形容|同|跟|讲|睇)/g,
    '怎么',
  ],
  [/点解|做咩|做乜/g, '为什么'],
  [/点算/g, '怎么办'],
  [/点(?=[会知])/g, '怎么'],
  // 老师系点教你, 呢个系点用: 系点 before a verb asks how it was done (系点钟 is a time).
  [/(?<=系)点(?![钟咗了])(?=[\u4e00-\u9fff])/g, '怎么'],
  // 瞓得点, 你觉得点: a bare 点 after 得 or 觉得, or closing the question, asks how (几点, 十点
  // after a number, is a time).
  [/(?<=得)点|(?<![几0-9一二两三四五六七八九十])点(?=[呀啊吖啦嘅㗎嘎]*[?.!~]*$)/g, '怎么样'],
  [/几时/g, '什么时候'],
  [/几多/g, '多少'],
  // 讲多啲 "say more": the Cantonese order of 多讲 (before 啲 and 多少 are read).
  [/讲多(?:啲|少少|一啲|一些)/g, '多讲'],
  [/说多(?:啲|少少|一啲|一些)/g, '多说'],
  [/倾多(?:啲|少少|一啲|一些)/g, '多聊'],
  [/讲吓|讲下/g, '讲讲'],
  [/倾吓|倾下/g, '聊聊'],
  // 湊仔, 睇住小朋友: looking after children (before 睇 is read as 看).
  [/(?:凑|睇住?)(?:仔女|仔)/g, '照顾孩子'],
  [/(?:凑|睇住?)(?=小朋友|小孩|孩子|bb)/g, '照顾'],
  // 租咗俾人 / 卖咗畀人: after a verb done, 俾人 gives it to someone else (before 俾人 reads as 被).
  [/咗[俾畀]人/g, '给了别人'],
  // 俾人订咗 / 畀人攞走: 俾 before 人 marks the passive, as 被 does (俾人睇 / 俾人等 let people).
  [/[俾畀](?=人(?![睇看等试]))/g, '被'],
  // 唔会俾你等 / 俾我睇下: 俾 before a person and a verb lets them, as 让 does.
  [/[俾畀](?=(?:你|我|他|佢)(?:[等睇试拣揀知]|失望))/g, '让'],
  [/好耐/g, '很久'],
  // 卖晒 / 订晒 / 满晒: 晒 after a verb says all of it is done (卖完, 订完, 满了).
  [/满晒/g, '满了'],
  [/爆晒/g, '爆满'],
  [/(?<=[卖用订约派领抢租借收])晒/g, '完'],
  [/喇(?=[,.!?~]|$)/g, '了'],
  [/唔使/g, '不用'],
  [/唔识/g, '不会'],
  [/冇所谓/g, '无所谓'],
  [/听日/g, '明天'],
  [/今日/g, '今天'],
  [/寻日|琴日|噚日/g, '昨天'],
  [/头先/g, '刚才'],
  [/依家|宜家/g, '现在'],
  [/(?:呢|这)度/g, '这里'],
  [/𠮶度/g, '那里'],
  [/喺度/g, '在这里'],
  // 实好返 / 实得: 实 before a verb is a certainty, as 肯定 is.
  [/实(?=[会得冇唔好系])/g, '肯定'],
  // 你估我哋好得闲? "you reckon we...": 你估 sets the agent's side up as the customer supposes
  // it, as 你以为 does (估计 / 估价 are estimates).
  [/(?<=你)估(?![计算价值量])/g, '以为'],
  // 等紧 / 做紧: 紧 after a verb is the progressive, as 着 is (要紧, 赶紧, 紧急 are Mandarin words).
  [/(?<=[\u4e00-\u9fff])(?<![要赶抓加收绷拉握捏勒扎缩关锁拧揪])紧(?![急张密凑迫贴])/gu, '着'],
  [/(?:迟|晏)(?:啲|些)/g, '晚点'],
  [/佢哋/g, '他们'],
  [/哋/g, '们'],
  [/佢/g, '他'],
  [/呢(?=[个几啲度间位部])/g, '这'],
  [/𠮶/g, '那'],
  [/啲/g, '些'],
  [/嘅/g, '的'],
  [/喺/g, '在'],
  [/咗/g, '了'],
  [/嚟/g, '来'],
  [/睇/g, '看'],
  // 玩吓, 等吓, 试吓: 吓 after a verb is 下 "a bit" (not 吓 "frighten", 吓亲).
  [/(?<=[玩试看等坐行望想谂问揾找听食])吓/g, '下'],
  [/瞓/g, '睡'],
  [/谂/g, '想'],
  [/揾/g, '找'],
  [/攞/g, '拿'],
  [/俾|畀/g, '给'],
  [/嘢/g, '东西'],
  [/而家/g, '现在'],
  [/落单/g, '下单'],
  [/同(?=[我你他])/g, '跟'],
  [/(?<=^|,)咁/g, '那'],
  [/咁/g, '这么'],
  [/冇/g, '没有'],
  // 你试过戒未: a closing 未 asks whether it has happened yet.
  [/未(?=[呀啊]*[?.!~]*$)/g, '没有'],
  // 跌低, 仆低, 跣低 "fell, fell flat, slipped over": 低 after a verb of falling is the result 倒.
  [/(?<=[跌仆跣])低/g, '倒'],
  [/唔/g, '不'],
  [/仲(?!裁)/g, '还'],
  // 覆你 "get back to you": Cantonese 覆 before whom it answers is 回复.
  [/覆(?=[你我他])/g, '回复'],
  // 系 is 是 in a Cantonese sentence, but for the Mandarin words it ends or opens (关系, 系统) and
  // the degree word 真系 the readers know as it is.
  [/(?<![关联体维派院直星水父母真])系(?![统列])/g, '是'],
];

/**
 * Words only written Cantonese uses: where one occurs, the sentence is read as Cantonese. 讲吓 is
 * Cantonese "tell (me) a bit" (Mandarin writes 讲一下; its 吓 is "frighten", never after 讲);
 * 相处成点? "how did it turn out" and 点做 "how to do it" have no Mandarin reading.
 */
const CANTONESE =
  /[唔咩冇嘅啲喺佢乜咗嚟哋睇俾瞓咁啱嘢畀揾攞㗎喎噉𠮶]|讲吓|边度|屋企|系咪|甚么|点样|点解|几时|几多|谂|[得成]点[呀啊吖啦]*\?|(?<![几0-9一二两三四五六七八九十])点(?:做|搞)|(?<![这那旁两外里])边个|(?<![这那呢嗰旁两外里左右身海前后一])边(?:方面|几)|细路|凑(?:仔|女|小朋友|细路)|[满爆卖订约租]晒|仲(?:有|未|要|系)|(?<![关联体派维])系点(?![钟])|点同(?:你|我|他|佢)|(?<![这那呢嗰旁两外里左右身海前后一])边一(?:步|个|间|位|次|日|样|段)/u;

/** Sentence ends in normalised text: each sentence is read as Cantonese or not on its own. */
const SENTENCE = /[^.?!\n]+[.?!\n]*|[.?!\n]+/g;

/** One rule over mapped text: every match becomes the replacement, mapped to what it replaced. */
function rewrite(src: MappedText, re: RegExp, to: string): MappedText {
  const text = src.units.join('');
  const out = emptyMapped();
  let at = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (end === m.index) {
      re.lastIndex++;
      continue;
    }
    for (let i = at; i < m.index; i++)
      push(out, src.units[i] as string, src.starts[i] as number, src.ends[i] as number);
    push(out, to, src.starts[m.index] as number, src.ends[end - 1] as number);
    at = end;
  }
  for (let i = at; i < text.length; i++)
    push(out, src.units[i] as string, src.starts[i] as number, src.ends[i] as number);
  return out;
}

function slice(src: MappedText, start: number, end: number): MappedText {
  return {
    units: src.units.slice(start, end),
    starts: src.starts.slice(start, end),
    ends: src.ends.slice(start, end),
  };
}

/**
 * Normalised text with its written-Cantonese sentences read as Mandarin; every unit still maps
 * to the original range it came from (a rewritten word maps to the whole word it replaced).
 * The same text when nothing in it is Cantonese, or when it is Japanese.
 */
export function readCantonese(n: NormalisedText): NormalisedText {
  if (n.japanese || !CANTONESE.test(n.text)) return n;
  // The feeling, check, telling and question readers each ask for the same answer's reading.
  const known = readings.get(n);
  if (known) return known;
  const read = rewriteSentences(n);
  readings.set(n, read);
  return read;
}

const readings = new WeakMap<NormalisedText, NormalisedText>();

function rewriteSentences(n: NormalisedText): NormalisedText {
  const whole: MappedText = { units: n.text.split(''), starts: [...n.starts], ends: [...n.ends] };
  const out = emptyMapped();
  for (const m of n.text.matchAll(SENTENCE)) {
    let part = slice(whole, m.index, m.index + m[0].length);
    if (CANTONESE.test(m[0])) for (const [re, to] of CANTONESE_WORDS) part = rewrite(part, re, to);
    out.units.push(...part.units);
    out.starts.push(...part.starts);
    out.ends.push(...part.ends);
  }
  return { ...n, text: out.units.join(''), starts: out.starts, ends: out.ends };
}
