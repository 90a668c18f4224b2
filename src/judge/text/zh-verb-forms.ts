/**
 * Chinese verbs that tell one event, each said for the others where the fact denies it: a
 * visit or delivery that never happened is 没来, 没到, 没上门, 没出现 or 没露面 alike. Only the
 * denied form is swapped: 到 and 来 affirmed say far more than arriving ("到今天", "来电").
 */
const ARRIVAL = ['来', '到', '上门', '出现', '露面', '现身', '过来', '送来', '送到', '寄到'];

/** Negations and the time adverbs that may stand before them (还没, 一直没有, 都没). */
const DENIED_ARRIVAL = new RegExp(
  `^((?:一直|还|都|也|始终|至今|仍然|依然)?(?:没有?|未))(${ARRIVAL.join('|')})$`,
);

/** Directional complements whose 来 the speaker may leave out or split off with 了. */
const DIRECTIONAL = /^([\u4e00-\u9fff]+?)([起上下回出进过])来$/;

/** A verb of changing and its result: 换成小包 ~ 换到小包 ~ 换为小包 ~ 换了小包. */
const CHANGED_TO = /^([换改调转])成([\u4e00-\u9fff]+)$/;

/**
 * A denied act whose result complement says it was not attained: 没拍到 ~ 没拍着 ~ 没拍进去, and
 * with the object before the verb (没把您拍进去). The complements say one thing when denied.
 */
const DENIED_ATTAINED = /^(没有?|未)([\u4e00-\u9fff])(到|着|見|见|上|进去|進去|进来|進來|住)$/;
const ATTAINED = ['到', '着', '见', '上', '进去', '进来', '住'];

/** A verb of being affected with its result or degree complement: 吓到 ~ 吓着 ~ 吓坏 ~ 吓得. */
const AFFECTED = /^([吓嚇气氣急累冻凍饿餓])(到|着|坏|壞)了?$/;

/** Doing it alone: 一个人切 ~ 独自切 ~ 单独切 ~ 一人切. */
const ALONE = ['一个人', '独自', '单独', '一人'];

/** The tool a verb is done with, which the verb itself names: 用刀切 ~ 切, 用卡刷 ~ 刷. */
const WITH_TOOL = /用[\u4e00-\u9fff]((?:切|剪|刷|扫|砍|割|锯|撬|洗|擦))/;

/**
 * Other wordings of one Chinese verb phrase (Simplified): a denied arrival by another verb of
 * arriving or as nobody seen (没来 ~ 一直没到 ~ 没上门 ~ 不见人影); a directional complement with its aspect inside or its 来
 * left out (翘起来 ~ 翘起了 ~ 翘了起来 ~ 翘起三块, 寄回来 ~ 寄回了); a change and its result
 * (换成 ~ 换到); a denied attainment by another complement (没拍到 ~ 没把您拍进去); being
 * affected with another complement (吓到 ~ 吓得); doing it alone said another way (一个人 ~ 独自), and the tool left to the verb
 * (一个人用刀切南瓜 ~ 独自切南瓜).
 */
export function chineseVerbForms(alt: string): string[] {
  const out: string[] = [];
  const arrival = DENIED_ARRIVAL.exec(alt);
  if (arrival) {
    const [, neg, verb] = arrival as unknown as [string, string, string];
    for (const other of ARRIVAL) {
      if (other !== verb) out.push(`${neg}${other}`);
      // Said with another adverb before it (仍然没有送来 for 还没到): the bare denial.
      out.push(`没${other}`, `没有${other}`);
    }
    // Nobody seen at all: 不见人影, 连人影都没有, (东西)还没影儿.
    out.push('不见 ... 人影', '人影都没', '没影');
  }
  const directional = DIRECTIONAL.exec(alt);
  if (directional) {
    const [, verb, direction] = directional as unknown as [string, string, string];
    out.push(`${verb}${direction}了`, `${verb}了${direction}来`, `${verb}${direction}`);
  }
  const attained = DENIED_ATTAINED.exec(alt);
  if (attained) {
    const [, neg, verb, result] = attained as unknown as [string, string, string, string];
    for (const other of ATTAINED) {
      if (other !== result) out.push(`${neg}${verb}${other}`);
      out.push(`${neg}把 ... ${verb}${other}`);
    }
  }
  const affected = AFFECTED.exec(alt);
  if (affected) {
    const [, verb, result] = affected as unknown as [string, string, string];
    for (const other of ['到', '着', '坏', '得']) if (other !== result) out.push(`${verb}${other}`);
  }
  const changed = CHANGED_TO.exec(alt);
  if (changed) {
    const [, verb, result] = changed as unknown as [string, string, string];
    out.push(`${verb}到${result}`, `${verb}为${result}`, `${verb}了${result}`);
  }
  const tool = WITH_TOOL.exec(alt);
  const forms = tool ? [alt, alt.replace(tool[0], tool[1] as string)] : [alt];
  const alone = ALONE.find((w) => alt.includes(w));
  for (const form of forms) {
    if (form !== alt) out.push(form);
    if (alone) for (const other of ALONE) if (other !== alone) out.push(form.replace(alone, other));
  }
  return out;
}
