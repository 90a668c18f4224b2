/**
 * Chinese words of one sense in service stories, each said for the others inside a wording:
 * on time (按时还车 ~ 准时把车还了 ~ 如期), called off (取消 ~ 开不成 ~ 泡汤 ~ 告吹), money not
 * given back (还没退 ~ 还没到您手上 ~ 钱还没到账), a call not answered (没人接 ~ 一回都没打通),
 * nobody came (没人来 ~ 没露面), nothing heard back (没消息 ~ 还没有人回复), a record not found (查不到 ~ 找不到),
 * done again (重新 ~ 从头), told back (说是 ~ 回了一句), would not (不肯 ~ 一口回绝), short of
 * staff, left the job, married, written down wrong. Closed groups of
 * everyday words, not synonyms of a rubric's nouns.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['按时', '准时', '如期', '按期'],
  ['取消', '开不成', '办不成', '去不成', '泡汤', '告吹', '停办', '不办了', '不开了'],
  // Money not given back, said from the customer's side: not refunded ~ not in the account.
  ['没退', '没到账', '没入账', '没到手', '拿不回'],
  // A call nobody took: not answered ~ not put through.
  ['没人接', '无人接听', '没接通', '没打通', '打不通', '没人应', '没人听'],
  // Nobody came: no one turned up ~ no one came to the door ~ never showed up.
  ['没人来', '没有人来', '没人上门', '没有人上门', '没人过来', '没露面', '没出现', '没现身'],
  // Nothing heard back: no news ~ no reply ~ nobody got back.
  [
    '没消息',
    '没有消息',
    '没回复',
    '没人回复',
    '没回音',
    '没有回音',
    '没下文',
    '没有下文',
    '没动静',
    '没答复',
    '没回电',
    '没人回电',
    '没人联络',
    '没人联系',
    '没人打给',
  ],
  // Nobody dealt with it: not handled ~ nobody minded it ~ nobody followed it up.
  ['没人处理', '没人管', '没人理', '没人搭理', '没人跟进', '没人过问'],
  // Made fun of.
  ['嘲笑', '取笑', '耻笑', '讥笑'],
  // Would not: refused ~ unwilling ~ turned it down flat.
  ['不肯', '不愿意', '不愿', '拒绝', '不答应', '一口回绝', '不同意', '不给'],
  // Done again: redone ~ reworked.
  ['重新做', '重做', '返工'],
  // Not given back: not returned, said as lost.
  ['没还', '没有还', '未归还', '没归还', '未还'],
  ['丢失', '遗失', '弄丢', '丢了'],
  // Written down wrong.
  ['填错', '写错', '登记错'],
  // No one free: fully booked ~ no time ~ too busy.
  ['排满', '没空', '没时间', '忙不过来', '排不上'],
  // Short of staff.
  ['人手不足', '人手不够', '人不够', '缺人', '缺人手'],
  // Left the job.
  ['离职', '辞职', '不干了', '走人了'],
  // Married.
  ['已婚', '结过婚', '结了婚', '有家室', '有家庭'],
  // Meals and times of day said either way.
  ['早餐', '早饭'],
  // There from the start.
  ['本来', '原本', '原来'],
  ['笨', '不聪明'],
  // Fixed: repaired ~ sorted (Cantonese 整好, 搞掂).
  ['修好', '整好', '搞定', '搞掂', '弄好'],
  // The cost left to the customer.
  ['自己承担', '自己负责', '自己吸收', '自己扛', '自己出钱'],
  ['红疹', '疹子', '红点'],
  ['下次', '下回', '下一次'],
  ['包夜', '通宵'],
  ['洗面', '洗脸'],
  // Let go ~ dropped; stuck and would not come out.
  ['松开', '松掉', '放掉', '松手'],
  ['掉不下来', '下不来', '出不来', '掉不出来', '拿不出来'],
  // A booking or record not found.
  ['查不到', '找不到', '查无'],
  // Done again from the start: 重新评估 ~ 从头评估.
  ['重新', '从头', '重头'],
  // Left before the end: went early ~ left first.
  ['提早走', '提前走', '提早离开', '提前离开', '先走', '先离开', '早退'],
  // No longer valid.
  ['无效', '作废', '失效', '不生效', '不算数'],
  // A thing not there: missing ~ nowhere to be found.
  ['不见', '找不到', '没找到'],
  ['邻居', '邻舍', '隔篱', '街坊'],
  // Stopped at the door.
  ['挡', '拦'],
  // A line or picture lost.
  ['掉线', '断线', '断网', '掉网'],
  ['黑屏', '没画面', '没有画面'],
  ['晚上', '夜里', '夜间', '晚间', '天黑', '入夜'],
  // A notice put up.
  ['通知', '告示', '公告'],
  // Shut: closed ~ door shut.
  ['关着门', '关门', '门紧闭', '闭门', '没开门'],
  // Broken down.
  ['坏了', '出故障', '故障', '坏掉', '出毛病'],
  // The next day, as said on the day before.
  ['明天', '第二天', '隔天', '次日'],
  ['这么', '那么'],
  // What the customer was told back: 说是正常 ~ 回了一句正常.
  ['说是', '回一句', '回了一句', '回复说', '答复说'],
  // Half of a trip or a job: half of it ~ halfway.
  ['一半', '半程', '半路', '半途'],
  // Caught fire.
  ['着火', '起火', '烧起来', '烧了起来', '冒火'],
  // Stopped working (a machine).
  ['停了', '罢工', '停转', '不转了', '停摆'],
  ['拉肚子', '闹肚子', '腹泻', '拉稀'],
  // The year before.
  ['去年', '上一年', '前一年', '上年'],
  // Just the same as before (照扣 ~ 一样扣 ~ 照样扣).
  ['照', '照样', '一样', '照常'],
  // Never at all.
  ['根本没', '从来没', '从没', '压根没'],
  // Sorry: an apology in either register (Cantonese 唔好意思 reads as 不好意思).
  ['抱歉', '对不起', '不好意思', '对不住'],
];

/**
 * The wording with its words of the groups swapped for the other words of their groups, one
 * group or several at once (不肯重新做 ~ 不愿意返工).
 */
export function sameSenseWordings(alt: string): string[] {
  let out = [alt];
  for (const group of GROUPS) {
    const from = group.find((w) => alt.includes(w));
    if (!from) continue;
    out = out.flatMap((w) => [
      w,
      ...group.filter((to) => to !== from).map((to) => w.replace(from, to)),
    ]);
  }
  return out.slice(1);
}

/** The text with every word of a group said as its group's first word (没下文 and 没回音 both as 没消息). */
export function inOneSense(text: string): string {
  let out = text;
  for (const group of GROUPS) {
    const [first, ...rest] = group;
    if (first === undefined) continue;
    for (const w of [...rest].sort((a, b) => b.length - a.length)) out = out.replaceAll(w, first);
  }
  return out;
}
