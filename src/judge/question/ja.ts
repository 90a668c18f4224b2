/**
 * Japanese rules, over normalised text (kanji as written, "." and "," for 。、; katakana stays
 * katakana, so a loanword such as パスワードの or ドレス never reads as どの or どれ). Japanese commas split phrases of one clause, so a sentence is judged whole.
 * Priority: confirmation tag → invitation (詳しく教えて, 何かお困りのことは) → embedded
 * wh (何があったか教えて, いつだったか覚えて) → options (それとも, AかBか, AとBどちら) →
 * wh-word by class (policy.ts: なぜ/どのような open; どこ/どれ/どちら, いつ, 誰, いくら/何人
 * and identifiers closed, except どこ/どれ about the problem itself: どこが痛みますか) →
 * yes/no ending (か, の, かどうか) → fallback.
 */
import { type WhClass, whClassDecision, whichDecision } from './policy.js';
import { closed, type Decision, open, trimEndOf } from './types.js';

/** Endings that ask to confirm what was just said. */
const TAG =
  /(ですよね|ますよね|でしたよね|ましたよね|よね|ですね|ますね|でしたね|ましたね|じゃないですか|じゃない|ではないですか|ではありませんか|でよろしいでしょうか|でよろしいですか|でよろしかったでしょうか|でお間違いないでしょうか|でお間違いないですか|で間違いないですか|で間違いございませんか|で合っていますか|であっていますか|でしょう|だよね|だね)$/;

/** Nouns naming one identifying fact. */
const IDENT =
  /(機種|モデル|メーカー|お支払い方法|支払い?方法|配送方法|お受け取り方法|受け取り方法|お名前|名前|ご氏名|氏名|番号|ご住所|住所|めーるあどれす|あどれす|メールアドレス|アドレス|生年月日|日付|日時|郵便番号|口座|型番|品番|ご連絡先|連絡先|お届け先|さいず|サイズ|色|ふりがな|フリガナ|ぱすわーど|パスワード|暗証|id|年齢|ご年齢|金額)/;

/**
 * Nouns and adverbs that ask for a description; 点 "points" after a modifier (気になった点, 不便な
 * 点), not 時点 "a point in time".
 */
const DESCRIBE =
  /((?<=[たいなる])点|詳しく|くわしく|詳細|具体的|状況|経緯|様子|症状|内容|ご用件|用件|ご要望|要望|ご意見|意見|ご感想|感想|事情|お気持ち|気持ち|理由|原因|きっかけ|いきさつ|状態|お困り|ご不満|不満|ご不明|お考え|考え|ご希望|希望|ご質問|ご心配|流れ|こと|について|につきまして|少し|例を|具体例)/;

/**
 * Nouns that head an account (a state, a course of events, reasons, a view): as the head of the
 * object (サイン色紙の状態, お住まいに求める条件) they ask for a description whatever fact noun
 * modifies them. Not 希望 or 要望: a wish about a fact (日時のご希望) is that fact.
 */
const ACCOUNT_HEAD =
  /(状況|経緯|様子|症状|内容|状態|事情|理由|原因|きっかけ|いきさつ|感想|意見|気持ち|考え|流れ|条件)/g;
const IDENT_ALL = new RegExp(IDENT.source, 'g');

/** "求める条件", "望む暮らし": what the customer wants, seeks or values, theirs to describe. */
const WANTED = /(求める|望む|重視する|大切にしたい|期待する)/;

/** Where the last match of `re` (global) in `s` ends; -1 when none. */
function lastEnd(re: RegExp, s: string): number {
  let end = -1;
  for (const m of s.matchAll(re)) end = m.index + m[0].length;
  return end;
}

/**
 * Verbs that ask to be told (電話して is a phone call, not 話して "tell"). 説明 or お話 as the topic
 * or subject of ある / ない (安全説明はありましたか, お話がございました) is a noun: whether one was
 * given, not a request to give one.
 */
const TELL =
  /((?:(?<=例を)(?:挙げ|あげ)|教えて|お教え|聞かせ|お聞かせ|伺|お聞き|説明(?!書)|ご説明(?!書)|(?<!電)話して|お話し|お話|おっしゃって|ご教示|お知らせ)(?![はがも](?:あり|ござい|な)))/;

/**
 * "何かお困りのことはございますか": opens the floor, like 有什么需要我帮忙的吗. A bare "is there
 * anything" opens it only in the present: 何か問題がございましたか asks whether something
 * went wrong (closed, as "Was there a problem?"); what still bothered them (気になったこと) and
 * what they would like to add (付け加えたいことはございますか) open it in any tense.
 */
// 何か所, 何か月 (か before a counter) ask a number, not "anything".
const ANYTHING =
  /(何か(?![所月ヶ]|ヵ)|なにか|ほかに|他に)[^.?!]{0,12}(お困り|お手伝い|お役に|ございます|あります|ご不明|ご質問|ご要望|気にな[るっ]|ご不便|ご心配|ご用|ご意見|お気づき|お申し付け)|たい(こと|点)(は|が|など)?(ございます|あります|おありです)/;

/** Verbs of telling at length, not of informing of one thing (お知らせ, 教えて). */
const TALKED = /^(?:お話し|お話|話して|聞かせ|お聞かせ|伺|お聞き)$/;

const KNOW = /(ご存知|ご存じ|覚えて|おわかり|お分かり|わかり|分かり|記憶|お心当たり|心当たり)/;

/** Wh-words that invite a description. */
const OPEN_WH: ReadonlyArray<readonly [RegExp, string]> = [
  [/(なぜ|なんで|何で(?!す|しょう|ござ)|どうして)/, 'なぜ'],
  [/(どのよう|どんな|どういう|どういった|どうゆう)/, 'どのような'],
  [/どう(?!ぞ|も|か|しても|せ|り)/, 'どう'],
  [/(いかが)/, 'いかが'],
];

/**
 * Counters after 何 that ask for a number: the one-kanji counters, nouns used as counters (何部屋,
 * 何種類, 何畳) and any katakana unit (何センチ, 何メートル, 何ページ, 何インチ), a closed class: a
 * unit after 何 always counts or measures.
 */
const COUNTER =
  '(?:回|個|名|人|歳|才|件|分|階|台|枚|本|度|円|割|倍|秒|冊|泊|杯|足|箱|着|袋|粒|錠|軒|羽|匹|頭|通|缶|隻|束|皿|社|店|棟|部屋|種類|畳|箇所|か所|カ所|ヶ所|段|桁|文字|組|坪|席|便|巻|[ァ-ヺ][ァ-ヺー]*)';

/**
 * 何/なに as "what", not 何か (something; 何から is "from what"), 何も, 何でも, 何時 (a time),
 * 何回 or 何センチ (a quantity: a counter follows).
 */
const WHAT = new RegExp(
  `(何|なに|なん)(?!か(?!ら)|も|でも|とか|時|日|番|色|月|年|曜|週|ヶ|か月|号|${COUNTER})`,
);

/**
 * The other wh-words by class (policy.ts); か after them makes an indefinite (どこか
 * "somewhere", いつか "some day") unless it starts から ("from").
 */
const CLASS_WH: ReadonlyArray<readonly [RegExp, WhClass, string]> = [
  [/(いつ)(?!も|でも|か(?!ら)|までも|頃か(?!ら))/, 'when-who', 'when'],
  [/(何|なん)(時|日|月|年|曜|週|ヶ月|か月)/, 'when-who', 'when'],
  [/(誰|だれ|どなた|どちら様|どちらさま)(?!か(?!ら)|でも|も)/, 'when-who', 'who'],
  [new RegExp(`(何|なん)${COUNTER}`), 'quantity', 'how-many'],
  [
    /(いくら|いくつ|おいくつ|どのくらい|どれくらい|どれぐらい|どのぐらい|どの程度)/,
    'quantity',
    'how-many',
  ],
  [/(どちら|どれ|どっち|どの)(?!よう|くらい|ぐらい|程度|か(?!ら)|でも|も)/, 'which', 'which'],
  [/(どこ)(?!か(?!ら)|でも|も)/, 'which', 'where'],
];

/**
 * どこ/どれ about the problem itself or the customer's view of it (どこが痛みますか,
 * どれが使いにくいと感じますか, 問題はどこにあるとお考えですか): the answer is a description.
 */
const PROBLEM =
  /(痛|辛|つら|苦し|だる|かゆ|痒|しび|痺|腫|おかし|具合|調子|不具合|不調|問題|故障|不満|不便|気にな|困|使いにく|わかりにく|分かりにく|改善|怪我|けが|悪い|悪く|違和感|不安|心配|懸念|疑問|難し|大変|しんど|きつく感じ|きつかった)/;

/** A wish governing the wh-word: 回りたい, 行きたいとお考え. */
const WISHED = /(どこ|どれ|どちら)[^.?!]{0,8}たい(と|か|です|ですか|のですか)/;

/**
 * どこ as the subject of a negative (どこがうまく動かない): where the customer finds fault, the
 * problem itself.
 */
const WHERE_NOT =
  /どこが[^.?!]{0,12}(ない|なかった|ません|にく|づら)|(ない|なかった|にく[いかっ]|づら[いかっ]|違[うっ]|異なる)[^.?!]{0,3}?(点|ところ|部分|箇所)(は|が)?どこ/;

/**
 * どの + a noun of extent (どのあたり, どの辺, どの部分, どの点): which part of a thing, answered by
 * describing it (ソファのどの部分がへたってきましたか), not by naming one of known options.
 */
const PART = /どの(あたり|辺|へん|部分|点|箇所|ところ)/;

/** An identifier asked for: 注文番号は何番, ご住所はどちら, お名前は(?). */
const IDENT_ASKED = new RegExp(
  `(${IDENT.source})(は|を|が)?[^.?!]{0,4}(何|なん|なに|どちら|どこ|いくつ)|(${IDENT.source})(は|を)$`,
);

/** "〜てはいかが" advises; "木曜はいかが", "ご都合はいかが" propose a time: both closed. */
const SUGGESTION =
  /(ては|では|たら|のは)いかが|(曜日?|日|時|午前|午後|朝|夜|週|月|ご都合|都合|お時間|こちら|これ)中?(は|で|なら|の方は)?(いかが|どう)(です|でしょう)/;

function stripFinal(s: string): string {
  return trimEndOf(s, '?!.~ "\',');
}

/** "お支払い方法はどうなさいますか": how to handle a fact of a known range is one fact. */
const IDENT_HOW = new RegExp(`(${IDENT.source})(は|を)(どう|いかが)(なさい|され|し|いたし)`);

/** 何をご注文されましたか: the thing bought or picked is one fact. */
const WHAT_OBJECT =
  /(何|なに|なん)を(ご注文|注文|ご購入|購入|お買い|買い|お買い求め|お選び|選び|ご予約|予約)/;

/** お支払いはどうなさいますか, どのようにご連絡すれば: the means is one pick. */
const HOW_MEANS =
  /(お支払い|支払い|ご連絡|連絡|お受け取り|受け取り|配送|お届け)(は|を)?(どう|どのよう|どうやって|いかが)|(どのように|どうやって)[^.?!]{0,6}(お支払|支払|ご連絡|連絡|お受け取り|受け取)/;

function whDecision(s: string, embedded: boolean): Decision | null {
  if (SUGGESTION.test(s)) return closed('suggestion:いかが', false);
  if (IDENT_HOW.test(s) || HOW_MEANS.test(s)) return whClassDecision('ident', 'ident', embedded);
  if (WHAT_OBJECT.test(s)) return whClassDecision('which', 'what-object', embedded);
  for (const [re, cue] of OPEN_WH) {
    if (re.test(s)) return whClassDecision('describe', cue, embedded);
  }
  if (IDENT_ASKED.test(s) && !DESCRIBE.test(s)) return whClassDecision('ident', 'ident', embedded);
  for (const [re, cls, cue] of CLASS_WH) {
    if (!re.test(s)) continue;
    // "どこを回りたいとお考えですか": where they wish to go is theirs to describe.
    if (cls === 'which' && WISHED.test(s)) return whClassDecision('describe', 'wished', embedded);
    if (cls === 'which')
      return whichDecision(cue, PROBLEM.test(s) || WHERE_NOT.test(s) || PART.test(s), embedded);
    return whClassDecision(cls, cue, embedded);
  }
  if (WHAT.test(s)) {
    if (IDENT.test(s) && !DESCRIBE.test(s)) return whClassDecision('ident', 'ident', embedded);
    return whClassDecision('describe', '何', embedded);
  }
  return null;
}

function hasWh(s: string): boolean {
  return whDecision(s, false) !== null;
}

function decideInvitation(s: string): Decision | null {
  if (ANYTHING.test(s)) return open('invitation:anything-help');
  const tell = TELL.exec(s);
  if (!tell) return null;
  const before = s.slice(0, tell.index);
  // "何があったか教えて": the object is an embedded question; its wh-word decides — unless it is
  // told at length (お話しいただけますか, 伺いたい): then where or which is the topic, not one fact.
  if (/か[,]?$/.test(before) && hasWh(before)) {
    if (/かどうか[,]?$/.test(before)) return closed('yes-no:かどうか');
    const wh = whDecision(before, false);
    if (wh && /^one-fact:(where|which|who)$/.test(wh.cue) && TALKED.test(tell[1] as string))
      return open('invitation:tell-me');
    return wh;
  }
  if (/かどうか/.test(before)) return closed('yes-no:かどうか');
  if (DESCRIBE.test(before) || WANTED.test(before) || DESCRIBE.test(s.slice(tell.index))) {
    const detailed = /(詳しく|くわしく|詳細|具体的)/.test(s);
    const headIsAccount = lastEnd(ACCOUNT_HEAD, before) > lastEnd(IDENT_ALL, before);
    if (IDENT.test(before) && !detailed && !headIsAccount) return closed('one-fact:ident');
    return open('invitation:tell-me');
  }
  if (IDENT.test(before)) return closed('one-fact:ident');
  if (hasWh(before)) return whDecision(before, false);
  if (/^(お話|話|説明|ご説明|聞かせ|お聞かせ)/.test(tell[1] as string))
    return open('invitation:tell-me', false);
  return null;
}

function decideEmbedded(s: string): Decision | null {
  const know = KNOW.exec(s);
  if (!know) return null;
  const before = s.slice(0, know.index);
  if (/かどうか[,]?$/.test(before)) return closed('yes-no:かどうか');
  if (/か[,]?$/.test(before) && hasWh(before)) return whDecision(before, true);
  return null;
}

function decideOptions(s: string): Decision | null {
  // "返金と交換、どちらを…", "AとBのどちらが…", "赤、青、黒のどれ": the options are given.
  if (/([とか][^.?!]{1,15}|,[^.?!,]{1,10}の)[,の]?(どちら|どっち|どれ)(?!か(?!ら)|でも|も)/.test(s))
    return closed('options:どちら');
  if (/それとも|あるいは|または|もしくは/.test(s) && !hasWh(s)) return closed('options:それとも');
  // "AですかBですか", "AかBか": two alternatives, each closed by か.
  // Not the か of an indefinite (どこか, 誰か, 何か: "somewhere, someone, something") or of から.
  const plain = s.replace(/(どこ|だれ|誰|なに|何|なん|いつ|どなた|どれ|どちら)か/g, '');
  // "AですかBですか", "Aか、Bか", "AかBか": the first か closes an alternative.
  const twoAlternatives =
    /(です|ます|でしょう|ません)か,?[^.?!]+(です|ます|でしょう|ません)か$/.test(plain) ||
    /[^.?!]か(?!ら),[^.?!]+か$/.test(plain) ||
    /[^.?!]か(?!ら)[^.?!,かでま]{1,6}か(,|$)/.test(plain);
  if (twoAlternatives && !hasWh(s) && !/かどうか/.test(s)) return closed('options:か…か');
  return null;
}

const SAY_MORE =
  /^(例えば|たとえば|それで|それから|具体的には|と(言|い)いますと|と(言|い)うと|と申しますと|他には|ほかには)$/;

/** Judges one Japanese sentence, normalised. Null when no cue fired. */
export function decideJapanese(sentence: string): Decision | null {
  const s = stripFinal(sentence.trim());
  if (s.length === 0) return null;
  // "例えば?", "と言いますと?", "他には?": asks the customer to go on.
  if (SAY_MORE.test(s)) return open('invitation:say-more');
  const tagged = TAG.exec(s);
  if (tagged && !hasWh(s)) return closed(`tag:${tagged[1]}`);
  const invitation = decideInvitation(s);
  if (invitation) return invitation;
  const embedded = decideEmbedded(s);
  if (embedded) return embedded;
  const options = decideOptions(s);
  if (options) return options;
  if (/かどうか/.test(s)) return closed('yes-no:かどうか');
  const wh = whDecision(s, false);
  if (wh) return wh;
  const ending = /(か|かな|かしら|の)$/.exec(s);
  if (ending) return closed(ending[1] === 'の' ? 'の' : 'か');
  return null;
}
