/**
 * Chinese words of one sense in service stories, each said for the others inside a wording:
 * on time (按时还车 ~ 准时把车还了 ~ 如期), called off (取消 ~ 开不成 ~ 泡汤 ~ 告吹), money not
 * given back (还没退 ~ 还没到您手上 ~ 钱还没到账), a call not answered (没人接 ~ 一回都没打通),
 * nobody came (没人来 ~ 没人上门), nothing heard back (没消息 ~ 还没有人回复), a record not found (查不到 ~ 找不到),
 * done again (重新 ~ 从头), told back (说是 ~ 回了一句). Closed groups of
 * everyday words, not synonyms of a rubric's nouns.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['按时', '准时', '如期', '按期'],
  ['取消', '开不成', '办不成', '去不成', '泡汤', '告吹', '停办'],
  // Money not given back, said from the customer's side: not refunded ~ not in the account.
  ['没退', '没到账', '没入账', '没到手', '拿不回'],
  // A call nobody took: not answered ~ not put through.
  ['没人接', '无人接听', '没接通', '没打通', '打不通', '没人应', '没人听'],
  // Nobody came: no one turned up ~ no one came to the door.
  ['没人来', '没有人来', '没人上门', '没有人上门', '没人过来'],
  // Nothing heard back: no news ~ no reply ~ nobody got back.
  ['没消息', '没有消息', '没回复', '没人回复', '没回音', '没下文', '没动静', '没答复'],
  // A booking or record not found.
  ['查不到', '找不到', '查无'],
  // Done again from the start: 重新评估 ~ 从头评估.
  ['重新', '从头', '重头'],
  // What the customer was told back: 说是正常 ~ 回了一句正常.
  ['说是', '回一句', '回了一句', '回复说', '答复说'],
];

/** The wording with its word of a group swapped for each other word of that group. */
export function sameSenseWordings(alt: string): string[] {
  const out: string[] = [];
  for (const group of GROUPS) {
    const from = group.find((w) => alt.includes(w));
    if (!from) continue;
    for (const to of group) if (to !== from) out.push(alt.replace(from, to));
  }
  return out;
}
