/**
 * Adverse outcomes of a case, by language: the closed class of predicates that tell a test, an
 * application, an entry or a thing sent in came out against its owner — failed, refused, rejected,
 * disqualified, discarded, not upheld, gone missing, died, discontinued. They are read after the customer's own
 * thing (dead-end.ts); a fact about anyone's thing or a rule for everyone is no dead end.
 */

/**
 * English, after the thing: a verdict against it ("failed its inflation test", "came back as a fail",
 * "was disqualified", "wasn't given a place"), its loss ("has gone missing") or its death ("passed
 * away"). A verdict is a participle of refusal or a grant negated; "came back" needs the fail itself.
 * "is been" is the fold of "it's been".
 */
export const ADVERSE_EN = String.raw`(?:(?:has |have )?failed|did not pass|(?:has |have )?(?:come|came) back (?:as )?(?:a )?(?:fail|failed|unsuccessful)|(?:is|are|was|were|(?:has|have|is|are) been|got) (?:now |sadly |unfortunately |also )?(?:rejected|refused|declined|turned down|denied|disqualified|discarded|marked (?:as )?(?:a )?fail(?:ed)?|not (?:given|offered|granted|awarded|approved|accepted|selected|successful|upheld))|(?:has |have )?(?:gone|went) missing|passed away)\b`;

/**
 * English, the customer's thing as the object of another party's verdict ("the landlord has rejected
 * your deposit claim", "the council turned down your permit"). Not the customer as the one who
 * acts ("you declined your…").
 */
export const VERDICT_ON_YOURS_EN =
  /(?<!\byou (?:have |had )?)\b(?:rejected|refused|declined|turned down|denied|disqualified|thrown out|struck out|overruled) your\b/g;

/**
 * English: a later clause of the same sentence picks the customer's thing up again by a pronoun
 * ("the sample you sent arrived defrosted, so it has been discarded"): that clause's outcome is the
 * thing's.
 */
export const BY_PRONOUN_EN = '[^.!?;]{0,60}?,? (?:so|and|and so) (?:it|they)';

/**
 * Chinese (folded), the fate closing its clause: a test or application not passed (没通过 / 不合格 /
 * 唔合格 / 未获批), or refused by whoever decides (拒绝 / 否决; not 退回, which also gives money back).
 */
export const ADVERSE_ZH =
  '(?:(?:没|未|冇|唔)(?:有)?(?:通过|合格|达标|及格|获批|获准|批准|批到)|不(?:合格|及格|达标)|(?:拒绝|否决|回绝|婉拒|谢绝|拒收)(?:了|咗)?|(?:拒|推)咗)';

/**
 * Chinese (folded), a thing's physical ruin in its own verb, before 了 / 咗: broken through, cracked,
 * bent or warped, leaking, burnt, soaked, mouldy, rusted, faded, blistered, melted, spoiled, burst,
 * collapsed, sunk, scratched, shrunk; or the person who was to do the work pulled out (退单 / 爽约).
 * Not the 化 of a change for the better (优化 / 简化), nor the 断 of a judgement (判断 / 诊断).
 */
export const RUINED_ZH =
  '(?:(?<![判诊决])断|(?:开|破)?裂|弯|变形|走样|(?:泄)?漏(?:水|气|电)?|烧(?:焦|坏|穿)?|焦|(?:淋|泡|弄)?湿|泡水|(?:发)?霉|(?:生)?锈|(?:褪|掉|变)色|起泡|脱落|(?:融|溶|熔)化|变质|(?:发)?馊|发臭|枯(?:死|萎)?|凋谢|爆|塌|倒塌|沉|淹|(?:刮|磨)花|缩水|退单|爽约|毁约)';

/**
 * Japanese, a thing's physical ruin as the verb's te-stem (before て / で + しまいました): crumbled,
 * snapped, chipped, melted, soaked, stained, peeled, scorched, rusted, shrunk, rotted, bent or
 * warped, discoloured, leaking, cracked (ひびが入る), mouldy (かびが生える; katakana is folded to
 * hiragana), sunk, burnt, crushed, dented, torn, frayed, come off.
 */
export const RUINED_JA =
  '(?:崩れ|折れ|欠け|溶け|濡れ|汚れ|剥がれ|焦げ|錆び|縮ん|傷つい|傷ん|腐っ|曲がっ|歪ん|変形し|変色し|色落ちし|漏れ|(?:ひび|亀裂)が入っ|かびが生え|沈ん|燃え|焼け|潰れ|へこん|凹ん|裂け|ほつれ|外れ)';

/**
 * English, the state a thing reached the customer or the agent in when it is ruined: "arrived
 * soaked", "came out warped", "turned up crushed" (not "frozen" or "dried", which frozen and dried
 * goods are meant to be).
 */
export const RUINED_EN = String.raw`(?:arrived|came (?:in|out|back|through)|turned up|showed up|(?:was|were) delivered)(?: (?:already|completely|badly|all|totally|partly|slightly|quite|a bit))? (?:cracked|broken|damaged|smashed|dented|torn|dead|crushed|bent|warped|scratched|chipped|stained|soaked|wet|damp|mouldy|moldy|rotten|rotting|spoiled|spoilt|melted|leaking|burst|split|shattered|snapped|ripped|punctured|rusted|rusty|faded|shrunk|scorched|burnt|burned|defrosted|thawed|wilted|squashed|bruised|soggy)\b`;
