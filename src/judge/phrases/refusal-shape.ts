/**
 * Refusals read by their shape rather than by a listed wording, by language (folded text); dead-end.ts
 * flags them when nothing after them opens a way forward.
 */

/** Auxiliaries and adverbs between the agent and its act ("we were able to", "our bench normally"). */
const AUX_EN =
  '(?:are|am|is|was|were|can|could|will|would|do|does|did|have|had|be|able|to|currently|normally|usually|really|ever)';

/**
 * English cleft refusal: the asked-for work as the subject of a negated copula whose predicate is any
 * act of the agent's side ("Regripping fourteen clubs isn't something the workshop can take on",
 * "re-soling isn't a service we offer", "shades that wide aren't something we make", "the ledgers
 * weren't something we were able to take on"); verbs of seeing, knowing, wanting, worrying or
 * charging refuse nothing ("not something we see often", "not something we charge for"), and what we
 * will not or cannot control ("…I'm going to deal with", "…we have any control over") passes the
 * matter on rather than refusing it. With no one named, the work told as not possible is the same
 * refusal ("moving it to Saturday isn't something that's possible"). The
 * asked-for act told impossible by a nominal predicate is the same refusal ("a refund at this stage
 * is out of the question", "swapping seats isn't a possibility"), closing its clause or scoped by a
 * time; "…is out of the question with our backups" reassures.
 */
export const CLEFT_REFUSAL_EN = new RegExp(
  String.raw`\b(?:is|are|was|were) (?:(?:just|really|simply|sadly) (?=not\b))?(?:(?:simply |just |really |completely |totally |absolutely )?(?:out of the question|not a possibility)(?=\s*(?:[,.!;]|$)| (?:at|for|now|right now|anymore|any more|this|i am|i fear|sorry)\b)|not (?:something|a service|a job|a thing|work|an option|one|anything) (?:that |which )?(?:we|i|the(?: [a-z'-]+){1,2}|our(?: [a-z'-]+){1,2}) (?:${AUX_EN} )*(?!(?:${AUX_EN}|going|any|much|no|control|see|hear|know|expect|want|need|recommend|advise|suggest|worry|think|hope|mind|like|charge|bill|ask|get asked)\b)[a-z]+\b|not (?:something|a thing|anything|one) (?:that |which )?(?:is|would be) (?:really |currently )?possible\b)`,
  'g',
);

/**
 * English: the means of the service told unable to take the customer or their thing ("the longarm
 * can't take a quilt that size", "the restaurant can't accommodate you"): a refusal by capacity. A
 * limit for everyone ("the lift can't take more than eight") names no one's thing.
 */
export const CAPACITY_REFUSAL_EN =
  /\bthe(?: [a-z'-]+){1,3} (?:can not|is not able to|are not able to|will not be able to) (?:take|fit|handle|hold|accommodate|accomodate|seat|carry|cope with) (?:you\b|your\b|it\b|them\b|(?:a|an|one)(?: [a-z'-]+){0,2} (?:that|this) (?:size|long|big|heavy|wide|tall)\b)/g;

/** Verbs of service work (base form, then -ing), the acts a refusal withholds. */
const SERVICE_VERBS = [
  ['assemble', 'assembling'],
  ['build', 'building'],
  ['rebuild', 'rebuilding'],
  ['fit', 'fitting'],
  ['install', 'installing'],
  ['repair', 'repairing'],
  ['fix', 'fixing'],
  ['mend', 'mending'],
  ['service', 'servicing'],
  ['restore', 'restoring'],
  ['replace', 'replacing'],
  ['deliver', 'delivering'],
  ['collect', 'collecting'],
  ['make', 'making'],
  ['cut', 'cutting'],
  ['clean', 'cleaning'],
  ['tune', 'tuning'],
  ['paint', 'painting'],
  ['alter', 'altering'],
  ['print', 'printing'],
  ['engrave', 'engraving'],
  ['hire out', 'hiring out'],
  ['rent out', 'renting out'],
  ['lend', 'lending'],
  ['ship', 'shipping'],
  ['post', 'posting'],
  ['cater', 'catering'],
  ['teach', 'teaching'],
  ['frame', 'framing'],
  ['sew', 'sewing'],
  ['bake', 'baking'],
  ['move', 'moving'],
  ['tow', 'towing'],
  ['remove', 'removing'],
  ['take on', 'taking on'],
];

/**
 * English: the agent's side negating its own service work by habit or will ("We don't assemble
 * wardrobes over two metres", "we won't be rebuilding the wall under the guarantee"). Not with the
 * customer as the object ("we won't be moving you"), which may protect them.
 */
export const SERVICE_WITHHELD_EN = new RegExp(
  String.raw`\b(?:we|i) (?:do not|will not|will not be|are not going to be) (?:${SERVICE_VERBS.flat().join('|')})\b(?! (?:you|your)\b)`,
  'g',
);

/**
 * English: the kind of work or custom the customer asks for told as not being taken, with no one named — the
 * progressive passive or "no longer" ("New pupils aren't being taken on this term", "bookings under ten pounds
 * aren't being accepted", "wheels that old are no longer repaired here"): the house's refusal with the agent
 * hidden. What is not being charged or delayed is good news, not a verb of taking work.
 */
export const PASSIVE_WITHHELD_EN =
  /\b(?:is|are) (?:not being|no longer(?: being)?) (?:taken(?: on| in)?|accepted|booked|offered|done|made|repaired|serviced|sold|stocked|supplied|carried out|run|hired out|delivered|fitted|installed|restored|collected)\b(?! (?:by (?:us|me)|for (?:you|free))\b)/g;

/**
 * Chinese: the service negated by habit, closing its clause (这款车周末不外租的 / 这种座钟我们不修的 /
 * 师傅睇完,唔接): 不, or Cantonese 唔, right before a verb of service work. Not 一律 / 都 before it, a
 * rule for everyone, nor the second half of an A-not-A question (再决定修唔修).
 */
export const SERVICE_WITHHELD_ZH =
  /(?<!一律|都|也)(?!(?<=(\p{Script=Han}))[不唔]\1)[不唔](?:外租|出租|外借|出借|租|卖|售|做|接|修|送|上门|配送|寄|代办|办|提供|安排|订)(?:的|嘅)?[了啦喇喔哦嘅㗎呀啊囉啰]*(?=[,.!]|$)/gu;

/**
 * Chinese: every place gone, closing its clause (嬰兒洗禮額滿 / 这期已经报满了 / 房间都住满了).
 */
export const FULL_ZH =
  /(?:额满|满额|满座|客满|满员|爆满|约满|订满|报满|坐满|住满|售罄|卖光)(?:了|咗)?[了啦喇喔哦嘅㗎呀啊囉啰]*(?=[,.!]|$)/g;

/**
 * Japanese: a negative verdict or an ending told as decided (請求は不支払いと決定いたしました / 不採用となりました /
 * 交換部品は製造終了とのことです / 閉講となりました), or permission not granted (管理組合の許可が下りませんでした),
 * closing the sentence.
 */
export const VERDICT_JA =
  /(?:(?:不支払い?|不採用|不合格|不許可|不承認|不受理|不採択|不認定|却下|製造終了|生産終了|販売終了|製造中止|生産中止|廃盤|廃番|閉講|休講|廃止|閉鎖|閉店)(?:と|に)?(?:(?:決定|判断|判定)?(?:いたしました|しました|されました)|なりました|なっております|なっています|決まりました|です|でございます|とのことです)|(?:許可|承認|認可|了承)(?:が|は)(?:下り|おり|出|得られ)ません(?:でした)?)[よね]?[.!]/g;

/**
 * Japanese: the customer's request declined, told as done in the humble past (…のお申し込みは、見送らせて
 * いただきました / ご依頼の件はお断りいたしました / 今回は見合わせとなりました), closing the sentence: the
 * humble form says the agent's side decided it about the customer's own request. The present
 * (お断りしております) is a standing rule the lists read.
 */
export const DECLINED_JA =
  /(?:(?:お断りさ|見送ら|見合わせさ)せて(?:いただき|頂き)|(?:お断り|見送り|見合わせ)(?:いたし|致し))ました[よね]?[.!]|(?:お断り|見送り|見合わせ)(?:と|に)(?:なり|させていただき|いたし)ました[よね]?[.!]/g;
