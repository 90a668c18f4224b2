/**
 * Chinese words of one sense in service stories, each said for the others inside a wording:
 * on time (按时还车 ~ 准时把车还了 ~ 如期), called off (取消 ~ 开不成 ~ 泡汤 ~ 告吹), money not
 * given back (还没退 ~ 还没到您手上 ~ 钱还没到账). Closed groups of
 * everyday words, not synonyms of a rubric's nouns.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['按时', '准时', '如期', '按期'],
  ['取消', '开不成', '办不成', '去不成', '泡汤', '告吹', '停办'],
  // Money not given back, said from the customer's side: not refunded ~ not in the account.
  ['没退', '没到账', '没入账', '没到手', '拿不回'],
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
