import { hasHan, hasKana } from '../text/index.js';
import { matchesOf } from '../text/matches.js';
import { agentActed, offeredBefore, wayForward } from './acts.js';
import {
  ADVERSE_EN,
  ADVERSE_ZH,
  BY_PRONOUN_EN,
  RUINED_EN,
  RUINED_JA,
  RUINED_ZH,
  VERDICT_ON_YOURS_EN,
} from './adverse-outcome.js';
import { sentenceStartsAt } from './clause.js';
import type { PhraseList } from './compile.js';
import { endsSentenceAt, occursWithin } from './phrase-patterns.js';
import {
  CAPACITY_REFUSAL_EN,
  CLEFT_REFUSAL_EN,
  DECLINED_JA,
  FULL_ZH,
  PASSIVE_WITHHELD_EN,
  SERVICE_WITHHELD_EN,
  SERVICE_WITHHELD_ZH,
  VERDICT_JA,
} from './refusal-shape.js';
import { ZH_OWNER_AFTER_YOU } from './zh-owner.js';

/**
 * Dead ends by structure, whatever the thing is: a statement that what the customer wants is not
 * to be had — availability negated ("no sled tours available in March", "it's not available",
 * "no interpreter is free on the 3rd"), every one gone ("every kayak is out", "we've sold every
 * fir"), or in Japanese a fullness or an ending closing the sentence (全室埋まっています / 満席です /
 * すべて中止です / もう締め切りました), or the customer's own case told ended or befallen as a plain
 * fact ("The koi you reserved died in quarantine", "Your permit file was closed because the
 * deadline passed", お預かりしていた鞍は割れてしまいました, 你预订的巴西龟在运送途中死亡了), or in Chinese
 * the work asked for told undoable with no one named (修不好 / 没有人可以去) — with no way forward anywhere in the
 * reply: no alternative, question, time, contact or act of the agent before or after it. What follows may explain ("The
 * dogs are resting.", "the list closed this morning") or close ("Anything else?"); neither is a
 * next step. Not a question, a condition, or "No, …" answering a yes/no question with the fact.
 */

/** The list entries that word the flag (each list's own dead-end entry). */
export const DEAD_END_ENTRY: Readonly<Record<string, string>> = {
  en: 'g-dead-end-last',
  ja: 'g-nothing-left-ja',
  'zh-Hans': 'g-bad-news-zh',
};

/** Words of a noun phrase between "no" and its availability ("no basketing places left"). */
const NP = String.raw`(?:(?!(?:it|he|she|they|we|i|you|is|are|was|were|does|do|did|has|have|had|not)\b)[a-z0-9'-]+ ){1,4}`;

/**
 * A form's regex and strings one of which every match of it holds: text holding none of them is
 * not searched (a reply holds the cues of few forms, and a substring search costs far less than
 * the regex).
 */
interface Cued {
  re: RegExp;
  cues: readonly string[];
}

/** Things gone whatever they are: none left, every one taken, all sold. */
const ALL_GONE_EN: Cued[] = [
  // "no (more) X left": nothing left to pay or to do is good news
  {
    re: new RegExp(
      String.raw`\b(?:no|nothing)(?: more| other| further)? ${NP}?(?:is |are )?(?:left|remaining)\b(?! to\b| of\b| for you\b)`,
      'g',
    ),
    cues: ['left', 'remaining'],
  },
  // every one of them gone ("every kayak is out", "all the tours are taken", "all the stalls for
  // the May fair have now gone": a phrase of its own may name what they are for)
  {
    re: new RegExp(
      String.raw`\b(?:all|every|each) (?:of )?(?:the |our )?${NP}?(?:(?:for|at|on|in) (?:the |our )?${NP})?(?:(?:is|are|was|were|has been|have been|got) (?:already |all |now )?(?:out|taken|gone|full|sold out|fully booked|booked up|spoken for|snapped up)|(?:has|have) (?:already |all |now )?gone(?! (?:home|out|through|off|ahead|well|back|to|in|on)\b))\b`,
      'g',
    ),
    cues: ['out', 'taken', 'gone', 'full', 'booked', 'spoken for', 'snapped up'],
  },
  // "we have sold every fir"
  { re: /\b(?:sold|let) (?:out )?(?:every|all)\b(?! of your| your)/g, cues: ['sold', 'let'] },
  // "the seats have all been taken", "they're all gone", a mass noun's "the seed has all been sold" (not
  // "all gone home"; "you are all booked" confirms)
  {
    re: /\b(?:are|were|has|have|had) (?:now |already )?all (?:been )?(?:taken|gone|sold|sold out|snapped up|allocated|claimed|spoken for)\b(?! (?:in|for you|on|home|out|through|off|well|smoothly|ahead)\b)/g,
    cues: ['all '],
  },
];

/**
 * Availability negated: a dead end only for a slot the customer wants — a time scopes it ("in
 * March", "on the 3rd", "until closing") or it is the customer's booking ("the costume you
 * reserved… is not available"). A venue's feature missing ("no outdoor seating available at the
 * Lucky Star") answers a question about the place.
 */
const NOT_AVAILABLE_EN: Cued[] = [
  {
    re: new RegExp(
      String.raw`\b(?:no|nothing)(?: more| other| further)? ${NP}?(?:is |are )?(?:available|free|spare)\b(?! to\b| of\b| for you\b)`,
      'g',
    ),
    cues: ['available', 'free', 'spare'],
  },
  {
    re: /\b(?:(?:is|are|was|were) (?:not|no longer|currently not|not currently)|(?:will|would) not be|(?:is|are) not going to be) (?:available|possible|bookable)\b/g,
    cues: ['available', 'possible', 'bookable'],
  },
  { re: /\bunavailable\b/g, cues: ['unavailable'] },
  // full up ("the class on Thursday is completely full")
  {
    re: /\b(?:is|are|was|were) (?:now |already |completely |totally |all )?(?:full|fully booked|booked up|sold out)\b/g,
    cues: ['full', 'booked', 'sold out'],
  },
];
const SLOT_EN =
  /\d|\b(?:today|tonight|tomorrow|this (?:week|weekend|month|season|year|morning|afternoon|evening)|next (?:week|weekend|month|season|year)|until|till|at that time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|you (?:reserved|booked|ordered|wanted|asked for|requested|chose|picked|hired))\b/;

/**
 * A Japanese fullness or ending closing its sentence in a polite predicate, or a sailing, run or
 * session told gone (十四日の出航はなくなりました; katakana is folded to hiragana: つあー); the kana of
 * the predicate keeps Chinese text (活动中止了) out.
 */
const NOT_TO_BE_HAD_JA =
  /(?:埋まって(?:おります|います|しまいました|しまっております|しまっています)|(?:満席|満室|満員|完売|売り切れ|品切れ|在庫切れ|中止|休止|運休|欠航)(?:です|でございます|となっております|になっております)|締め切り?(?:ました|っております|っています)|空き(?:が|は|も)(?:ありません|ございません|ないです)|(?:出航|出港|出発|運行|運航|開催|公演|つあー|れっすん|授業|配達|配送|回収|便|枠)(?:は|も)(?:なくなり|無くなり)ました)[よね]?[.!]/g;

/**
 * A Japanese ability lost, closing its sentence: a potential in the negative with なくなりました
 * (十八日は出せなくなりました / 当日はご利用いただけなくなりました / お届けできなくなりました) — what the
 * customer was to have can no longer be done. An intransitive verb in え (見えなくなりました, 遅れなく
 * なりました) and the pronouns これ/それ are no potential.
 */
const NO_LONGER_ABLE_JA =
  /(?:(?<![こそあど見聞消増冷燃生晴流壊崩汚外遅離溶抜焼負濡慣疲忘揺震痩入])[えけげせてねべめれ]|られ|いただけ|頂け|でき|出来)なくなりました[よね]?[.!]/g;

/**
 * The customer's own thing: "your …", "the … you reserved / sent in / left with us", or "the …
 * we put aside for you" — the subject of an outcome told as a plain fact.
 */
const OWN_THING_EN = String.raw`(?:\byour(?: [a-z0-9'-]+){1,5}|\bthe(?: [a-z0-9'-]+){1,4} you (?:(?:had |have )?(?:[a-z]{3,}ed|sent|left|bought|brought|chose|gave|lent|took|put)(?: (?:in|off|with us|to us|for))?|(?:had|have|put) on (?:hold|order|reserve))|\bthe(?: [a-z0-9'-]+){1,4} (?:we|i) (?:had |have |would )?(?:put|set|kept|held|reserved|saved)(?: aside| by| back)? for you)(?: [a-z0-9'-]+){0,3}?`;

/** Someone other than the customer (the whole phrase: "another" alone would read as a way forward). */
const TO_OTHER = 'to (?:someone|somebody|another [a-z]+)(?: else)?';

/**
 * What befell it and cannot be undone by waiting: lost, broken, dead, given to someone else, already
 * gone ("…has already gone to someone else"; not "gone out", "gone through").
 */
const BEFELL_EN = String.raw`(?:died|has died|have died|broke|cracked|snapped|shattered|(?:is|are|was|were|has been|have been|got) (?:now |sadly |unfortunately )?(?:[a-z]+-)?(?:lost|stolen|damaged|destroyed|ruined|broken|written off|scrapped|thrown (?:away|out)|disposed of|binned|(?:given|sold|passed|let) (?:away|on|${TO_OTHER})|sold|blank|empty|void|voided|forfeited|dead)|${RUINED_EN}|came (?:up|back) (?:dry|blank|empty)|(?:came|has come|have come) back(?: to us)? (?:marked|undelivered|unopened|undeliverable|as undeliverable)|did not survive|(?:is|are|was|were|has|have|had) (?:already gone(?: ${TO_OTHER})?|(?:now |sadly |unfortunately )?gone ${TO_OTHER}))\b`;

/**
 * Closed or cancelled, with the cause after it ("…was closed on Friday because the deadline
 * passed"): a case ended by someone's decision. Without a cause it may confirm what the customer
 * asked ("Your booking has been cancelled.").
 */
const ENDED_EN = String.raw`(?:is|are|was|were|has been|have been|got) (?:now )?(?:closed|cancelled|canceled|called off|withdrawn|struck off|archived)\b[^.!?;]*?\b(?:because|since|due to|owing to|after|as (?!(?:you|requested|agreed|discussed|per)\b))`;

/**
 * Turned away or sent back by another party, with the cause after it ("…was turned away by the
 * cleaning line because of the torn baffle"); a cause of the customer's own asking ("…because you
 * asked us to cancel") returns it as they wanted.
 */
const RETURNED_EN = String.raw`(?:is|are|was|were|has been|have been|got) (?:turned away|sent back|returned|bounced back)\b[^.!?;]*?\b(?:because|since|due to|owing to|after|as)\b(?! (?:you|requested|agreed|discussed|per)\b)`;

/**
 * A place held for the customer (a slot, seat, booking…) told gone, the clause closing on it: "your
 * mastering slot on Friday has gone", "your chamber slot on the 14th is gone;". Not "gone through"
 * or "gone out": something follows those.
 */
const HELD_GONE_EN = String.raw`(?:is|are|has|have) (?:now |already |sadly |unfortunately )?gone(?=\s*(?:[.,;!]|$))`;
const HELD_PLACE_EN = String.raw`\byour(?: [a-z0-9'-]+){0,4}? (?:slot|seat|booking|place|spot|reservation|appointment|table|room|pitch|berth|ticket|session|date)(?: [a-z0-9'-]+){0,3}?`;

/**
 * The customer's own case told ended, befallen or gone against them, as a plain statement, in its
 * own clause or one that picks it up again by a pronoun.
 */
const OWN_CASE_EN = new RegExp(
  `${OWN_THING_EN}(?:${BY_PRONOUN_EN})? (?:${BEFELL_EN}|${ENDED_EN}|${RETURNED_EN}|${ADVERSE_EN})|${HELD_PLACE_EN} ${HELD_GONE_EN}`,
  'g',
);

/**
 * News on the customer's own case that the agent itself marks as bad: a sentence opening on regret
 * ("Sorry, …", "I'm afraid …", "Unfortunately …") with the customer's own thing as the subject of
 * its verb ("Sorry, your seat on the 9:40 was given to the standby list"). The regret is the
 * speaker's own reading of the news, whatever the verb; with nothing after it, a dead end.
 */
/** A word of a noun phrase: no finite verb, pronoun or conjunction. */
const NP_WORD = String.raw`(?!(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|i|we|you|it|they|and|but|so)\b)[a-z0-9:'-]+`;

const REGRET_OWN_EN = new RegExp(
  String.raw`(?<=^|[.!]\s{1,3})(?:(?:i am|we are) (?:so |very |really |terribly )?(?:sorry|afraid)|sorry|unfortunately|sadly|regrettably)\W+(?:but |that )?(?:your|the(?: ${NP_WORD}){1,4} you (?:[a-z]{3,}ed|sent|left|bought|brought|chose|gave|lent|took|put|made)(?: (?:in|off|with us|to us|for))?)(?: ${NP_WORD}){0,6} (?:is|are|was|were|has|have|had|will|went|came|got|did)\b`,
  'g',
);

/**
 * A thing past saving, whoever's it is: "the sail was too far gone", "the well came up dry" — the
 * work the customer asked for has nothing left to work on.
 */
/**
 * What the customer wants ruled out by a degree: "the sample is too faint to compare", "the sheets were too
 * scratched to come out", "it is too late to change" — the thing itself said past what the work can take.
 * Not "not too late to…": a denied degree leaves the way open.
 */
const TOO_FAR_EN =
  /\b(?:is|are|was|were|(?:has|have) been|came out|came back|got)\s+(?:just |simply |far |much |way |sadly |unfortunately |now |already )?too [a-z]+(?:ly [a-z]+)? to (?:be )?[a-z]+/g;

/**
 * A wait with no end given: "that could be weeks", "it might take months". It stands as its own
 * clause after the news it measures ("…stays off until the pipe is replaced, and that could be
 * weeks"), so only a condition in that clause makes it none.
 */
const OPEN_WAIT_EN = /\b(?:could|might|may) (?:well )?(?:be|take) (?:weeks|months|ages)\b/g;

const PAST_SAVING_EN =
  /\b(?:the|this|that)(?: [a-z0-9'-]+){1,3} (?:(?:is|was|were|are) (?:just |simply |sadly |unfortunately )?(?:too far gone|beyond (?:repair|saving|rescue|help)|a write-off|a total loss)|came up (?:dry|empty|blank))\b/g;

/**
 * A search or check told as having found nothing, whatever was searched: "the search of the lockers came
 * back empty", "we checked the log and it came back empty", "the dive came back empty-handed". Up to five
 * words name it; "came back clear" is good news.
 */
const CAME_BACK_EMPTY_EN =
  /\b(?:it|they|(?:the|this|that|our|my)(?: [a-z0-9'-]+){1,5}) (?:came|has come|have come) (?:back|up) (?:empty|empty-handed|blank|dry|with nothing)\b/g;

/**
 * A session or booking named by its day told off, closing its clause: "Thursday's pottery class is off",
 * "so Sunday's session is off, I'm afraid". Not "…is off your bill": something follows that.
 */
const DAY_OFF_EN =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today)'s(?: [a-z0-9'-]+){1,3} (?:is|are) (?:now |sadly |unfortunately |also )?off(?=\s*(?:[,.;!]|$))/g;

/**
 * Japanese: the customer's own thing (お預かりしていた…, ご注文の…, ご予約いただいた…, ご寄付いただいた…)
 * broken, lost, come off or left out (取れてしまいました / 漏れてしまいました), covered in a flaw (気泡だらけに
 * なってしまいました), dead or ended, or gone
 * to another customer (…別のお客様に回ってしまいました), closing its sentence.
 */
const OWN_CASE_JA = new RegExp(
  `(?:お預かり(?:して(?:いた|おりました|いました))?の?|ご(?:注文|予約|依頼|購入|寄付|寄贈)(?:いただいた|の)|お申し?込み(?:いただいた|の)|お客様の)[^.!?]{0,30}?(?:(?:割れ|壊れ|破れ|破損し|紛失し|死ん|枯れ|なくなっ|無くなっ|処分し|売れ|盗まれ|取れ|外れ|漏れ|抜け落ち|欠け|剥がれ|(?:別|他|ほか)の(?:お客様|方)に回っ|${RUINED_JA})[てで](?:しまい|しまって(?:おり|い))?ました|(?:中止|取り消し|取消|失効|破損|紛失|処分)(?:と|に)なりました|だらけになってしまいました|(?:中止|取り消し|失効|処分)(?:され|いたし|し)ました)[よね]?[.!]`,
  'g',
);

/**
 * The customer's thing ended by us under a force ("we had to cancel your Thursday class, the
 * instructor is off sick"): not a cancellation the customer asked for.
 */
const FORCED_END_EN =
  /\b(?:we|i) (?:have |had )?(?:had to|were forced to|have been forced to|had no choice but to) (?:cancel|close|withdraw|scrap|drop|release|postpone|call off|turn down|reject|decline|refuse|give away)\b(?= (?:your|the|it|them|this|that)\b)/g;

/**
 * The customer's own thing that will not come or happen, told in the future or the present of what is
 * arranged ("the order you placed won't be coming", "your 4 o'clock flight won't be going", "your
 * fitting isn't going ahead"); "won't be going" closes its clause (not "…going to the depot").
 */
const OWN_NOT_COMING_EN = new RegExp(
  `${OWN_THING_EN} (?:(?:will not|is not going to|are not going to) (?:be )?(?:coming|arriving|arrive|come|going ahead|go ahead|happening|happen|running|run|taking place|take place|going(?=\\s*(?:[,.;!]|$)))|(?:is|are) not (?:going ahead|happening|running|taking place))\\b`,
  'g',
);

/**
 * The customer's request as the subject of a verdict against it, however long the request is told ("your
 * request to move the skills test to the Saturday was looked at this morning and turned down", "your claim
 * for the cracked screen has been rejected"): the verdict is the request's, or joined by "and" to a step
 * of handling it. Not a verdict denied ("…and not rejected").
 */
const REQUEST_REFUSED_EN = new RegExp(
  String.raw`\byour (?:[a-z'-]+ )?(?:request|application|appeal|claim|bid|proposal|petition|nomination|enquiry|complaint)\b[^.!?;]{0,60}? (?:${ADVERSE_EN}|(?:is|are|was|were|has been|have been) (?:[a-z0-9'-]+ ){1,6}?and (?:then |later |finally |sadly |unfortunately )?(?:rejected|refused|declined|turned down|denied)\b)`,
  'g',
);

/**
 * A verdict against the act asked for, in the passive: refused, turned down, ruled out. A rule ("smoking is not
 * allowed") is information, no verdict.
 */
const VERDICT_PASSIVE_EN = String.raw`(?:rejected|refused|declined|turned down|ruled out|vetoed)\b`;

/**
 * The act the customer asked for, named as a gerund opening its sentence, as the subject of a verdict
 * against it or of what our side does not do ("Delivering to the marina was looked at and ruled out",
 * "Re-gluing the veneer isn't something the workshop takes on"), or as "it" after our looking into it
 * ("we looked into shipping the kit and, I'm afraid, it's been ruled out"). A noun in -ing ("the
 * building", "nothing") names no act.
 */
const ASKED_ACT_REFUSED_EN = new RegExp(
  String.raw`(?:(?:^|(?<=[.!?;:]\s))(?:(?:unfortunately|sadly|i am afraid|so|well|right)\W+)?(?!(?:no|some|any|every)?thing\b|morning|evening|during|ceiling|building|wedding|spring|string|ring|king|bring)[a-z-]{2,}ing\b(?: (?!(?:is|are|was|were|has|have)\b)[a-z0-9'-]+){0,10}? (?:(?:is|are|was|were|has been|have been|had been)(?: (?!(?:not|and)\b)[a-z0-9'-]+){0,4}? (?:and )?${VERDICT_PASSIVE_EN}|(?:is|are) not something (?:that )?(?:we|i|the [a-z-]+|our [a-z-]+)(?: [a-z]+)? (?:do|does|offer|offers|provide|provides|take on|takes on|handle|handles|carry out|carries out|deal with|deals with)\b)|\b(?:we|i) (?:have )?(?:looked into|looked at|considered|checked|explored|asked about|enquired about)\b[^.!?]{0,80}?\bit (?:is|has|was|had) (?:been )?(?:now |sadly |unfortunately |also )?${VERDICT_PASSIVE_EN})`,
  'g',
);

/**
 * What the customer wanted gone to another party, told as done by a third party or in the passive
 * ("the landlord has gone with another applicant", "the kitten you asked about has been adopted by
 * another family", "…decided to let the flat to someone else"). The agent as the subject ("we had a
 * case like it with another customer") tells of something else.
 */
const TO_OTHER_PARTY_EN =
  /\b(?:has|have|had|was|were|went|gave|sold|let|passed|handed|offered|promised|allocated|chose|picked|decided)\b[^.!?;]{0,50}?\b(?:to|by|with) (?:someone else|somebody else|another (?:[a-z]+ )?(?:customer|buyer|family|applicant|tenant|client|person|bidder|couple|member|household|guest|booking|party))\b/g;

/**
 * Chinese (folded: Simplified, 您 as 你, marks as , . ? !): the work the customer asked for told
 * as not to be done, with no one named who fails — a potential complement closing its clause
 * (房车两点前是提不了的 / 修不好 / 这次出不了结果 / 嗰条手链执唔返 / 第二位进不去的), the service act
 * negated by a modal of ability or permission (对讲机不能续租到下周 / 不给退), tried and failed
 * (那条船没能准备好 / 号码没能迁到别家运营商), nobody to do it (没有人可以去 / 派不出人), the request
 * not approved by another party (船公司没有核准 / 经理没给批下来 / 公司唔批), or told as an outcome that did
 * not come about — a negated completion of our handling verb with its result (没订上 / 没能给您安排上 /
 * 冇排到入去) or no way to do it (没法再给您留 / 没可能安排的), or a search come back empty after all (还是没找着 /
 * 都冇搵到; not 还没, which is not yet).
 * A verb of service work only: 错不了 and 少不了 reassure, 没有人会怪你 is no service. The clause may
 * end in a short object (出不了结果), never a quantity (改不了多少).
 */
const CANT_BE_DONE_ZH =
  /(?<![还尚暂仍])(?:(?:(?<![帮])[修提出执做办退换改送寄到来去接约订买排补批赶救治洗装拆印刻配赔取拿派弄搞进续租迁转]|(?<![a-z])[a-z]{2,})[不唔](?:了|好|到|成|出来|出|上|回来|返|掂|切|下来|活|进去|去)|(?:没能|未能)[\u4e00-\u9fff]{1,2}?(?:好|完|成|出来)|(?:没能|未能)[迁转退寄送换改补续办约订][到成进回][^,.!?]{0,10}?|(?<![你您能可])(?:不能|不可以|不给|唔可以|唔俾|无法|没法|没办法|没可能|冇法|冇办法|冇可能)(?:再)?(?:[给帮替为俾]你)?(?:安排|[修办退换改送寄接约订补批装赔续租迁转排腾留])[^,.!?]{0,8}?|(?<=还是|仍然|依然|都|也)(?:没有|没|冇)(?:找|搵|寻|捞|摸)(?:到|着|回)|(?:没有|没能|未能|没|冇)(?:再)?(?:[给帮替为俾]你|[给俾])?(?:安排|申请|预约|[排批订约办留腾补])(?:到(?:进去|入去|进|入)?|进去|入去|进|入|上|下来|落|成|妥)|(?<![你])(?:不|唔|没|冇)(?:给|俾)?批(?:准|下来|落来|落嚟)?|(?:没有|没|冇)人(?:可以|能|会|得闲)?(?:去|来|过去|过来|上门|接|跟|陪|送|修|做|处理|跟进)|(?:没有|没|未|冇)(?:核准|批准|获批|获准))(?:(?![多几什太很])[\u4e00-\u9fff]{1,3}?)?[的嘅]?[了啦喇喔哦嘅㗎呀啊囉啰哈]*(?=[,.!]|$)/gu;

/**
 * The customer's own thing: one they booked, sent, bought (你订的… / 你寄回来的…) or own (你的 / 你家 /
 * 你只猫), or a session named by its day or turn (周六的采蘑菇活动 / 星期日嗰团 / 这次检测): a booking.
 */
const OWN_THING_ZH = String.raw`(?:你(?:们)?(?:[^,.!?你我]{0,6}?(?:订|预订|定|要|买|购|寄|送|交|租|留|约|报名|报|申请|申报|递交|提交|登记|送修|送检|拿来|带来)[^,.!?]{0,4}?(?:的|嘅|嗰|𠮶)|${ZH_OWNER_AFTER_YOU}|[那这](?:块|台|部|辆|只|件|条|张|套|架|副|批|盆|棵)|[^,.!?你我]{1,6}?(?:的|嘅|个))|(?<![^,.!?\s:])(?:这次|这期|今天|明天|后天|今晚|明晚|(?:下|这|本)?(?:周|星期|礼拜)[一二三四五六日天])(?:的|嗰|嘅)?)`;

/** What lies between the thing and its fate: no act done for the customer or at their asking. */
const NOT_FOR_YOU = String.raw`(?:(?!帮你|替你|为你|给你|按|应你|要求|根据|依照)[^,.!?])`;

/**
 * The customer's own thing told befallen — dead, failed, broken, lost, expired, taken by an adverse
 * 被 passive (被别人买走了), done away with (清掉了), its person off work or gone (离职了) — or ended — cancelled, stopped
 * (停产 / 停开), closed, void, refused (拒赔 / 驳回), short of a count (少了6片) — closing its clause or
 * on the count it befell (裂了两件; Cantonese 晒 for 了: 烂晒)
 * (a closing particle 喔 / 啦 may follow), the thing as the topic of a clause of its own if need be,
 * the fate alone after it if need be (…订嗰团观光巴士,取消咗), its person hurt or ill (教练受伤了):
 * 你预订的巴西龟在运送途中死亡了 / 你寄回来的样本检测失败了 / 您报名的织布进阶班，这期确定停开了. Not
 * a fate denied (没取消), nor one done for the customer or at their asking (已经按你的要求取消了).
 */
const OWN_CASE_ZH_SOURCE = String.raw`${OWN_THING_ZH}(?:${NOT_FOR_YOU}{1,20}?|${NOT_FOR_YOU}{1,12}?,${NOT_FOR_YOU}{0,14}?)(?<![不没未唔冇]|[不没未唔冇][会有被再要])(?:(?:少|缺)(?:了|咗)(?:\d+|[一二两三四五六七八九十几]{1,3})\p{Script=Han}?|(?:死亡|死掉|死|失败|坏掉|坏|碎|破|烂|丢|丢失|遗失|损坏|报废|过期|失效|请假|离职|辞职|受伤|生病|病倒|被(?!录取|批准|受理|签收|选中|通过|接受|采纳|处理|安排)[^,.!?]{1,6}?|[^,.!?]掉|${RUINED_ZH})(?:了|咗|晒)(?:(?:\d+|[一二两三四五六七八九十几]{1,3})[件个只台条张片块箱根支瓶盆棵])?|(?:取消|停[产办开课售运业]|作废|撤销|闭馆|关门|倒闭|拒赔|拒付|驳回|不予受理)(?:了|咗)?|${ADVERSE_ZH})[啦喇喔哦啊呀囉啰欸咯]?(?=[,.!]|$)`;
const OWN_CASE_ZH = new RegExp(OWN_CASE_ZH_SOURCE, 'gu');
const OWN_CASE_ZH_ANY = new RegExp(OWN_CASE_ZH_SOURCE, 'u');

/** Sold, let, booked or kept for another party (卖给别人 / 租咗俾第二个 / 留给其他客人). */
const GIVEN_OTHER_ZH = `(?<![不没未唔冇会要能可])(?:卖|租|订|让|分|售|留|约)(?:了|咗)?(?:出去)?(?:给|俾|畀)(?:了|咗)?(?:别人|别的|其他|其它|另[一1]|另外|第[二三23]|人(?![家们]))`;
/** Another customer as the one who took it (前一位客人已经带走了 / 别的客户订了). */
const OTHER_TOOK_ZH = `(?:别的|其他|其它|另[一1]|另外[一1]?|前[一1]|上[一1]|第[二2])(?:位|个|名|组|家|批)?(?:客人|客户|顾客|买家|住客|租客|团|人|家庭|会员)[^,.!?]{0,10}?(?:买走|带走|订走|租走|拿走|抢走|约走|拎走|攞走|订了|买了|租了|订咗|买咗|租咗)`;
/**
 * What the customer wanted gone to someone else, done (已经 before it, or 了 / 咗) and closing its
 * clause: 那台已经卖给其他客人了 / 个营位已经租咗俾第二个 / 前一位客人已经先付清带走了. Not offered
 * as the customer's own option (你可以转让给别人: no aspect), not denied (不会卖给别人).
 */
const TO_OTHER_PARTY_ZH = new RegExp(
  `(?:(?:已经|已|早就|早已|刚刚|刚)[^,.!?]{0,6}?${GIVEN_OTHER_ZH}[^,.!?]{0,8}?|${GIVEN_OTHER_ZH}[^,.!?]{0,8}?[了咗]|${OTHER_TOOK_ZH})[了咗啦喇喔哦啊呀]*(?=[,.!]|$)`,
  'gu',
);

/** Does folded Chinese `t` tell the customer's own thing befallen or ended (`OWN_CASE_ZH`)? */
export const tellsOwnCaseZh = (t: string): boolean => OWN_CASE_ZH_ANY.test(t);

/**
 * A dead-end form: `slot` needs a time or booking in its sentence, `clauseOnly` reads a condition in
 * its clause only, `notAgent` holds only without the agent as a party.
 */
interface Form extends Partial<Cued> {
  re: RegExp;
  slot: boolean;
  clauseOnly?: boolean;
  /** The agent ("we", "I") in the sentence up to the match's end tells of something else. */
  notAgent?: boolean;
}

const EN_FORMS: Form[] = [
  ...ALL_GONE_EN.map((form) => ({ ...form, slot: false })),
  ...NOT_AVAILABLE_EN.map((form) => ({ ...form, slot: true })),
  { re: OWN_CASE_EN, slot: false, cues: ['your', 'the'] },
  { re: VERDICT_ON_YOURS_EN, slot: false, cues: ['your'] },
  { re: CLEFT_REFUSAL_EN, slot: false, cues: ['out of the question', 'not '] },
  { re: CAPACITY_REFUSAL_EN, slot: false, cues: ['can not', 'able to'] },
  { re: SERVICE_WITHHELD_EN, slot: false, cues: ['do not', 'will not', 'not going to be'] },
  { re: PASSIVE_WITHHELD_EN, slot: false, cues: ['not being', 'no longer'] },
  { re: TO_OTHER_PARTY_EN, slot: false, notAgent: true, cues: ['else', 'another'] },
  { re: FORCED_END_EN, slot: false, cues: ['had to', 'forced to', 'no choice'] },
  { re: OWN_NOT_COMING_EN, slot: false, cues: ['will not', 'is not', 'are not'] },
  {
    re: REQUEST_REFUSED_EN,
    slot: false,
    cues: [
      'request',
      'application',
      'appeal',
      'claim',
      'bid',
      'proposal',
      'petition',
      'nomination',
      'enquiry',
      'complaint',
    ],
  },
  {
    re: ASKED_ACT_REFUSED_EN,
    slot: false,
    cues: ['ing ', 'looked', 'considered', 'checked', 'explored', 'asked', 'enquired'],
  },
  {
    re: PAST_SAVING_EN,
    slot: false,
    cues: ['far gone', 'beyond', 'write-off', 'total loss', 'came up'],
  },
  { re: CAME_BACK_EMPTY_EN, slot: false, cues: ['came', 'come'] },
  { re: DAY_OFF_EN, slot: false, cues: [' off'] },
  { re: OPEN_WAIT_EN, slot: false, clauseOnly: true, cues: ['weeks', 'months', 'ages'] },
  { re: TOO_FAR_EN, slot: false, cues: ['too '] },
  {
    re: REGRET_OWN_EN,
    slot: false,
    cues: ['sorry', 'afraid', 'unfortunately', 'sadly', 'regrettably'],
  },
];
/**
 * What the customer wanted gone to another customer, closing its sentence: 別のお客様のご予約が入って
 * おります / 他のお客様に売れてしまいました.
 */
const TO_OTHER_PARTY_JA =
  /(?:別|他|ほか)の(?:お客様|お客さま|方)(?:の|が|に|で)[^.!?]{0,12}?(?:入って(?:おります|います|しまいました|しまっております)|決まって(?:おります|います|しまいました)|売れて(?:しまいました|おります)|渡って(?:しまいました|おります)|(?:ご購入|ご予約|ご契約)(?:されました|いただきました|済みです|済みでございます))[よね]?[.!]/g;

const JA_FORMS: Form[] = [
  { re: NOT_TO_BE_HAD_JA, slot: false },
  { re: OWN_CASE_JA, slot: false },
  { re: VERDICT_JA, slot: false },
  { re: DECLINED_JA, slot: false },
  { re: TO_OTHER_PARTY_JA, slot: false },
  { re: NO_LONGER_ABLE_JA, slot: false },
];
const ZH_FORMS: Form[] = [
  { re: CANT_BE_DONE_ZH, slot: false },
  { re: OWN_CASE_ZH, slot: false },
  { re: SERVICE_WITHHELD_ZH, slot: false },
  { re: FULL_ZH, slot: false },
  { re: TO_OTHER_PARTY_ZH, slot: false },
];

/** Before the match in its sentence: a condition or a question word makes it no statement. */
const CONDITION_EN =
  /\b(?:if|unless|whether|in case|when|whenever|once|until|should|even if|make sure|to check|to see|why|what|how)\b/;
const CONDITION_JA = /場合|なら|たら|もし|れば|ければ/;
const ANSWER_ZH = /^\W*(?:不是|没有|不用|不会|冇|唔系|唔使)[,.!]/;
/**
 * Chinese: a sentence that tells the customer's own account back — what they mean or did (你的意思是 / 你是说 /
 * 你把车库翻遍了 / 你在店里排了一上午), a feeling of theirs (着急 / 失望 / 不开心), or a check tag closing it (对吧 /
 * 对吗): a restatement's retelling, not the agent's news.
 */
const RETOLD_ZH =
  /你(?:的意思是|是说|把)|你在[^,.!?]{0,8}?了|着急|失望|不开心|生气|难过|心急|委屈|郁闷|恼火|(?:对吧|对吗|是吧|是吗|对不对)[.!?]?$/;
const CONDITION_ZH =
  /如果|要是|万一|假如|若|即使|就算|哪怕|担心|怕|是否|会不会|能不能|可不可以|有没有|是不是|以免|免得|放心/;

/** The agent as a party of the sentence (see `Form.notAgent`). */
const AGENT_EN = /\b(?:we|i|us|me)\b/;

/** "No, …" / "Nope, …": the fact answering a yes/no question. */
const ANSWER_EN = /^\W*(?:no|nope|not really)\s*[,.!-]/;

/**
 * Beyond the lists' alternatives, what offers a way forward after the dead end: a question other
 * than a closing one, the customer's option or the agent's own act; in a later sentence also a
 * time or a date (in the dead end's own sentence a time scopes the bad news: "for Sunday's race").
 */
const NEXT_EN =
  /\?|\b(?:but|however|though|although|you can|you could|you may|you might|feel free|try|we will|i will|we can|i can|let me|please|next|another|other|instead|who will|who can)\b/;
const WHEN_EN =
  /\d|\b(?:today|tonight|this (?:morning|afternoon|evening)|later today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|week|weekend|month|season|year)\b/;
const NEXT_JA =
  /\?|ただ|いかが|でしたら|なら|ご案内|ご用意|お取り|お待ち|ご連絡|できます|いたします|します|させていただ/;
const WHEN_JA = /\d|来週|来月|来年|明日|次回|翌/;
/**
 * Chinese: a question, the customer's option, the agent's own act, another way or another one still
 * there (小台的还有); times scope the news.
 */
const NEXT_ZH =
  /\?|不过|但是|可是|可以|能|还有(?!什么)|还剩|我们?(?:会|来|帮|给|先|马上|现在|去|再|已经|这就|替|为)|我哋|请|建议|或者|要不|另外|换|改/;
const WHEN_ZH =
  /\d|今天|今晚|明天|后天|今日|听日|听朝|后日|下周|下个|下次|星期|礼拜|周[一二三四五六日天]/;

/** Where the clause holding offset `at` opens, not before `from` (after a comma or semicolon). */
function clauseStart(t: string, from: number, at: number): number {
  let i = at;
  while (i > from && !/[,;]/.test(t[i - 1] ?? '')) i--;
  return i;
}

/** The sentence around offset `at`: its start and end (exclusive) in folded text `t`. */
function sentenceAround(t: string, at: number, runOn: ReadonlySet<number>): [number, number] {
  let lo = at;
  while (lo > 0 && !sentenceStartsAt(t, lo, runOn)) lo--;
  let hi = at;
  while (hi < t.length && !endsSentenceAt(t, hi) && !runOn.has(hi + 1)) hi++;
  return [lo, Math.min(t.length, hi + 1)];
}

/** How one language's dead ends are read: its forms and what voids or follows them. */
interface Reading {
  forms: (t: string) => readonly Form[];
  /** Before the match in its sentence (its clause for `clauseOnly` forms): no statement. */
  condition: RegExp;
  /** The sentence answering a yes/no question with the fact. */
  answer?: RegExp;
  /** The sentence retelling the customer's own account (a restatement), not news of ours. */
  retold?: RegExp;
  next: RegExp;
  when: RegExp;
  /** A clause of its own after the news, which a time makes a later step. */
  after: RegExp;
  /** Characters of the match's end that are its closing mark. */
  mark: number;
}

const EN: Reading = {
  forms: () => EN_FORMS,
  condition: CONDITION_EN,
  answer: ANSWER_EN,
  next: NEXT_EN,
  when: WHEN_EN,
  after: /(?:,\s*(?:so|and)\b|;)(.*)$/,
  mark: 0,
};

const READINGS: Readonly<Record<string, Reading>> = {
  en: EN,
  // Every Japanese form closes on a kana predicate: text without kana has none of them.
  ja: {
    forms: (t) => (hasKana(t) ? JA_FORMS : []),
    condition: CONDITION_JA,
    next: NEXT_JA,
    when: WHEN_JA,
    after: EN.after,
    mark: 1,
  },
  // Kana marks Japanese, which the Chinese forms never read; each form needs a Han character.
  'zh-Hans': {
    forms: (t) => (hasKana(t) || !hasHan(t) ? [] : ZH_FORMS),
    condition: CONDITION_ZH,
    answer: ANSWER_ZH,
    retold: RETOLD_ZH,
    next: NEXT_ZH,
    when: WHEN_ZH,
    after: /[,;](.*)$/,
    mark: 0,
  },
};

/** Does the rest of the reply from `from` on offer a next step (closing questions do not)? */
function nextStepAfter(
  t: string,
  from: number,
  sentenceEnd: number,
  list: PhraseList,
  reading: Reading,
  runOn: ReadonlySet<number>,
): boolean {
  const rest = t.slice(from, sentenceEnd);
  if (reading.next.test(rest) || agentActed(rest)) return true;
  // A clause of its own after the bad news ("…, so the restorer collects it tomorrow") is a
  // later step when it gives a time.
  const after = reading.after.exec(rest)?.[1];
  if (after !== undefined && reading.when.test(after)) return true;
  let lo = sentenceEnd;
  while (lo < t.length) {
    const [, hi] = sentenceAround(t, lo, runOn);
    const text = t.slice(lo, hi);
    const generic = occursWithin(t, list.acts.generic, lo, hi);
    const next = reading.next.test(text) || reading.when.test(text);
    if (!generic && (next || agentActed(text))) return true;
    lo = Math.max(hi, lo + 1);
  }
  return false;
}

/**
 * The first dead end of folded text `t` as a [start, end) range, or undefined. `list` is the
 * language's phrase list (its act cues decide what counts as a way forward).
 */
export function deadEndAt(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  const reading = READINGS[list.lang] ?? EN;
  for (const { re, slot, clauseOnly, notAgent, cues } of reading.forms(t)) {
    if (cues && !cues.some((c) => t.includes(c))) continue;
    formTries++;
    for (const m of matchesOf(re, t)) {
      const s = m.index;
      const e = s + m[0].length;
      const [ss, se] = sentenceAround(t, s, runOn);
      const sentence = t.slice(ss, se);
      const before = t.slice(clauseOnly ? clauseStart(t, ss, s) : ss, s);
      if (sentence.includes('?') || reading.condition.test(before)) continue;
      if (reading.answer?.test(sentence) || reading.retold?.test(sentence)) continue;
      if (slot && !SLOT_EN.test(sentence)) continue;
      if (notAgent && AGENT_EN.test(t.slice(ss, e))) continue;
      if (offeredBefore(t, ss, list, runOn)) continue;
      if (wayForward(t, e, se, list, runOn)) continue;
      if (nextStepAfter(t, e, se, list, reading, runOn)) continue;
      return [s, e - reading.mark];
    }
  }
  return undefined;
}

/** Dead-end forms searched for in replies so far (their cues present): tests count it. */
let formTries = 0;
export const deadEndFormTries = (): number => formTries;
