/**
 * Adverse outcomes of a case, by language: the closed class of predicates that tell a test, an
 * application, an entry or a thing sent in came out against its owner — failed, refused, rejected,
 * disqualified, discarded, gone missing, died, discontinued. They are read after the customer's own
 * thing (dead-end.ts); a fact about anyone's thing or a rule for everyone is no dead end.
 */

/**
 * English, after the thing: a verdict against it ("failed its inflation test", "came back as a fail",
 * "was disqualified", "wasn't given a place"), its loss ("has gone missing") or its death ("passed
 * away"). A verdict is a participle of refusal or a grant negated; "came back" needs the fail itself.
 * "is been" is the fold of "it's been".
 */
export const ADVERSE_EN = String.raw`(?:(?:has |have )?failed|did not pass|(?:has |have )?(?:come|came) back (?:as )?(?:a )?(?:fail|failed|unsuccessful)|(?:is|are|was|were|(?:has|have|is|are) been|got) (?:now |sadly |unfortunately |also )?(?:rejected|refused|declined|turned down|denied|disqualified|discarded|marked (?:as )?(?:a )?fail(?:ed)?|not (?:given|offered|granted|awarded|approved|accepted|selected|successful))|(?:has |have )?(?:gone|went) missing|passed away)\b`;

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
  '(?:(?:没|未|冇|唔)(?:有)?(?:通过|合格|达标|及格|获批|获准|批准|批到)|不(?:合格|及格|达标)|(?:拒绝|否决)(?:了|咗)?)';
