/**
 * Grammar words that may stand inside a Chinese fact as it is retold without changing what it
 * says: adverbs of time, scope and tone (屏幕就不亮了, 柜门都没开), aspect particles (停了课) and
 * the particles 的 / 得, and 是 of 是…的 (暖气是关着的).
 */
const GAP =
  '(?:已经|早就|一直|仍然|竟然|居然|根本|完全|全都|全部|马上|就|都|也|还|又|才|已|仍|全|先|是|了|过|得|的)';
/** 没, 没有 and 未 deny an act alike (都未到 ~ 还没到); 不 is kept as written. */
const DENIED = '(?:没有|没|未)';
/** Adverbs a wording may start with or put before its negation: the fact is the same without them. */
const LEADING = /^(?:已经|早就|一直|仍然|还|都|也|就|又|才)+/;
const BEFORE_NEGATION = /(?:已经|一直|仍然|还|都|也|就)+(?=没|未|不)/g;
const STILL = '(?:还|都|仍然|仍|一直|已经|也)';
const HAN_ONLY = /^[\u4e00-\u9fff]+$/;
/** Numbers in any script: a wording with a value is the value readings' to judge. */
const VALUED = /[零〇一二两三四五六七八九十百千万亿半几]/;

/**
 * States that are each other's denial (the closed pairs of a device or a door): 没开 is 关着,
 * 不亮 is 黑 or 灭, 不对 is 错, 不紧 is 松.
 */
const DENIAL_OF: Readonly<Record<string, string>> = {
  开: '关',
  关: '开',
  亮: '[黑灭暗]',
  对: '错',
  错: '对',
  紧: '松',
  松: '紧',
  干: '湿',
  湿: '干',
};
/** The other way: the state said, for the wording's denial of its pair (黑 for 不亮). */
const STATE_OF: Readonly<Record<string, string>> = {
  关: '开',
  黑: '亮',
  灭: '亮',
  暗: '亮',
  错: '对',
  松: '紧',
  湿: '干',
};

/** Result complements after a verb: 压坏, 摔碎, 做好, 打开. */
const RESULTS = '坏烂碎破断掉丢好完开脱';
/** Verbs that say only "did something to it" before a result: 弄坏 for 压坏, 搞好 for 做好. */
const PRO_VERB = '[弄搞整]';

const negation = (ch: string) => /[没未不]/.test(ch);

/** One token per character; a negation as any denial, a doubled verb (等等) once or twice. */
function tokens(w: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < w.length; k++) {
    const ch = w[k] as string;
    if (ch === '没' && w[k + 1] === '有') {
      out.push(DENIED);
      k++;
    } else if (ch === '没' || ch === '未') out.push(DENIED);
    else if (w[k + 1] === ch) {
      out.push(`${ch}{1,2}`);
      k++;
    } else out.push(ch);
  }
  return out;
}

const joined = (parts: readonly string[]) => parts.join(`${GAP}*`);

/** A shape: the regular expression and whether it says the fact affirmed (no denial in it). */
export interface FactShape {
  readonly re: RegExp;
  readonly affirmed: boolean;
  /** A closed state said for the denial of its pair (关着 for 没开), or the other way. */
  readonly state?: true;
}

/**
 * The shapes a Chinese fact's wording (read as Mandarin) takes when a trainee retells it by
 * grammar rather than by other words: with adverbs and aspect particles inside it (屏幕就黑了 for
 * 屏幕黑, 都未到 for 仲未到) and a doubled verb said once (再等 for 再等等); a closed state said
 * as the denial of its pair or the other way (关着 for 没开, 不亮 for 黑); a verb and its object
 * with the object fronted by 把 or before an adverb (把课停了 for 停课, 筹已经没有了 for 没有筹);
 * a result complement after the verb that only says "did it" (弄坏 for 压坏), its object fronted
 * too (把扶手弄坏了 for 压坏扶手); and 不着 for 不到.
 * Wordings with numbers and those that keep fewer than two content characters are left alone.
 */
export function factShapes(wording: string): FactShape[] {
  let w = wording.replace(/[\s\p{P}]/gu, '');
  if (!HAN_ONLY.test(w) || VALUED.test(w)) return [];
  const lead = LEADING.exec(w)?.[0];
  w = w.replace(LEADING, '').replace(BEFORE_NEGATION, '').replace(/的/g, '').replace(/了$/, '');
  const content = w.replace(/没有|[没未不了着过]/g, '');
  const denied = /[没未不]/.test(w);
  // A denial of one verb keeps its adverb, as any adverb of "still" or "even by" (仲未到 ~ 都未到).
  if (content.length === 1 && lead && /^[没未]/.test(w))
    return [{ re: new RegExp(`${STILL}${joined(tokens(w))}`, 'g'), affirmed: false }];
  if (content.length < 2) return [];
  const out: FactShape[] = [];
  const add = (parts: readonly string[], affirmed = !denied, state = false) =>
    out.push({ re: new RegExp(joined(parts), 'g'), affirmed, ...(state ? { state } : {}) });
  const base = tokens(w);
  add(base);
  const closed = /^(.*?)(没有|[没未不])([开关亮对错紧松干湿])[着了]?$/.exec(w);
  if (closed?.[3] && DENIAL_OF[closed[3]] && closed[1])
    add([...tokens(closed[1]), `${DENIAL_OF[closed[3]]}[着了]?`], true, true);
  const state = /^(.*[^没未不])([关黑灭暗错松湿])[着了]?$/.exec(w);
  if (state?.[2] && STATE_OF[state[2]] && state[1])
    add([...tokens(state[1]), '(?:不|没有|没|未)', STATE_OF[state[2]] as string], false, true);
  if (!denied && w.length === 2 && w[0] !== w[1]) {
    const [verb, object] = [w[0] as string, w[1] as string];
    add([`把${object}`, verb]);
    out.push({ re: new RegExp(`${object}${GAP}+${verb}`, 'g'), affirmed: true });
  }
  const existential = /^没有([\u4e00-\u9fff]{2,})$/.exec(w);
  if (existential?.[1]) add([...tokens(existential[1]), '没有'], false);
  for (let k = 1; k < w.length; k++) {
    const verb = w[k - 1] as string;
    if (!RESULTS.includes(w[k] as string) || negation(verb) || verb === w[k]) continue;
    add([...tokens(w.slice(0, k - 1)), PRO_VERB, ...tokens(w.slice(k))]);
    // The object after the result fronted with 把 (压坏扶手 ~ 把扶手弄坏了).
    const object = w.slice(k + 1);
    if (k === 1 && object.length > 0 && !denied)
      add([`把${GAP}*${joined(tokens(object))}`, `(?:${verb}|${PRO_VERB})`, w[k] as string]);
  }
  if (w.includes('不到')) add(tokens(w.replace('不到', '不着')));
  else if (w.includes('不着')) add(tokens(w.replace('不着', '不到')));
  return out;
}
