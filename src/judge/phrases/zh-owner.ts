/**
 * The customer named as the owner of a thing in Chinese (folded: 您 as 你): 你的 / 你嘅, 你家 (not
 * 你家长, 你家人, 你家自己, which are people; Cantonese 你屋企 likewise), and Cantonese 你 + a measure word (你个预约页面, 你间屋,
 * 你啲嘢; Mandarin 你只 before a verb is "you only"). A family member so named (你家孩子, 你个细路) is
 * a person, whom blame reaches as it reaches the customer. Source text of a pattern, placed right after 你.
 */
export const ZH_OWNER_AFTER_YOU =
  '(?:的|嘅|(?:(?:家|屋企)(?!长|人|自己)|(?:个|间|部|架|条|张|副|盒|啲|樽|只(?![要需能是有好用管得会可]))(?=\\p{Script=Han}))(?![^,.!?]{0,2}?(?:孩子|小孩|细路|仔|女|儿子|宝宝|老公|老婆|先生|太太|老人|父母|爸|妈|朋友)))';
