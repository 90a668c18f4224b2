import { isClauseEnd } from './phrase-patterns.js';

/**
 * A Chinese clause that reports someone else's words or view by its structure: a subject that
 * is a third party, then a verb of saying or thinking (师傅觉得是您操作不当, 美甲師認為是您的問題,
 * 佢話係你自己整嘅). What follows the verb is that party's, not the agent's own blame or refusal.
 * The agent's own view (我觉得是您的问题, 我们认为, 本店表示) and a verb with no subject
 * (觉得是您的问题) stay the agent's. Text is folded (Simplified, 您 → 你).
 */

/**
 * Verbs of saying and thinking; 话 is Cantonese "says" (佢话), not a noun (电话, 的话 "if",
 * 这句话, 这话). A party telling the customer to see to it themselves (师傅叫你自己去修) is their
 * word too.
 */
const SAY_THINK =
  /认为|觉得|以为|表示|声称|坚称|怀疑|断定|咬定|指出|说|讲|(?<![电说讲对通笑废实的嘅句些番样种个闲坏好情真大这那此])话|(?:叫|让|要求)(?=你们?自己)/g;

/**
 * A saying verb in a set phrase of the speaker's own (说实话, 说到底, 讲真, 老实说, 据说) or in a noun
 * (讲座, 说法, 小说).
 */
const IDIOM_AFTER = /^(?:实话|实在|真的|白了|到底|句|真|道理|起来|不定|明|服|座|师|台|义|课|究|法)/;
const IDIOM_BEFORE = /(?:小|听|据|再|怎么|虽|话|实话|老实|坦白|照理|按理|来|换句话)$/;

/** A verb before 的/嘅 names a thing (您说的这个情况), it reports nothing. */
const RELATIVE = /^[过了咗]?[的嘅]/;

/**
 * No subject (跟你讲过了: the agent, dropped), a question about a view (您凭什么觉得), nobody saying
 * it (从来没有人说), an act on a thing (把…), words of another sentence (a space in chat), or a
 * modifier (这期的讲座).
 */
const NOT_A_PARTY =
  /^[跟和对同给向]|凭|什么|咩|为什么|为何|怎么|点解|点样|难道|没|不|冇|未|无|把|\s|[的嘅]$/;

/** The agent (or the agent's side) as the subject, after adverbs are dropped. */
const FIRST_PERSON =
  /(?<![跟和对同给向问])(?:我们?|咱们?|我哋|本人|本店|本公司|我司)(?:[跟和对同给向](?:你们?|大家))?$/;

/** The customer as the subject: their words are reported by the listed cues (你说过, 你提到). */
const SECOND_PERSON = /^你们?$/;

/** Adverbs between a subject and its verb (师傅还说, 佢仲话, 我也觉得). */
const ADVERBS =
  /(?:还|也|都|却|仍|就|又|只|亦|仲|一直|当时|明确|其实|真的|个人|反而|竟然|居然|始终|当场|后来|直接|坚持|一口|早就|已经|一再|再三)+$/;

/** The same adverbs opening a clause whose subject is dropped (都跟你讲过了). */
const ADVERBS_FIRST = /^(?:都|也|还|就|早就|已经|一直)+/;

/** Openers that are not a subject (但是说…, 所以觉得…). */
const OPENERS = /^(?:但是|但|不过|可是|所以|而且|其实|因为|那么|那|这样|然后|另外|而)/;

/** A subject longer than this is a clause of its own, not a party. */
const MAX_SUBJECT = 12;

/** A clause that goes on with the last one's subject (…说修不了，还让你自己想办法). */
const GOES_ON = /^(?:还|又|也|并且|并|而且|就|仲)/;

/** Whether the clause around `at` (from its start up to `at`) reports another party's words. */
export function zhReportedAt(t: string, at: number): boolean {
  const start = clauseStart(t, at);
  if (zhReports(t, start, at)) return true;
  // The subject dropped after a comma is the last clause's: the party who said it goes on.
  if (start < 2 || t[start - 1] === '。' || !GOES_ON.test(t.slice(start, at).trim())) return false;
  const before = clauseStart(t, start - 1);
  return zhReports(t, before, start - 1) && zhReports(t, start, at, true);
}

function clauseStart(t: string, at: number): number {
  let start = at;
  while (start > 0 && !isClauseEnd(t[start - 1]) && t[start - 1] !== ';') start--;
  return start;
}

/**
 * Whether text from `start` (a clause start) to `at` opens with another party saying or thinking;
 * `goesOn`: the subject was dropped, carried over from a reporting clause before it.
 */
export function zhReports(t: string, start: number, at: number, goesOn = false): boolean {
  SAY_THINK.lastIndex = start;
  for (let m = SAY_THINK.exec(t); m !== null && m.index < at; m = SAY_THINK.exec(t)) {
    const before = t.slice(start, m.index).trim();
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (IDIOM_AFTER.test(after) || IDIOM_BEFORE.test(before) || RELATIVE.test(after)) continue;
    const subject = before.replace(ADVERBS, '').replace(OPENERS, '').replace(ADVERBS_FIRST, '');
    if (goesOn) return subject.length === 0 || GOES_ON.test(subject);
    if (subject.length === 0 || subject.length > MAX_SUBJECT || NOT_A_PARTY.test(subject))
      return false;
    return !FIRST_PERSON.test(subject) && !SECOND_PERSON.test(subject);
  }
  return false;
}
