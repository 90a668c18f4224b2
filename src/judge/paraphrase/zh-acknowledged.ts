import { ZH_DEGREE_FEELINGS, ZH_FEELINGS } from './cues.js';

const FEELING = [...ZH_FEELINGS, ...ZH_DEGREE_FEELINGS]
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A feeling word of the lists, or a word headed by 心 (heart): 心痛, 心酸, 心寒, 心乱. */
const FELT = `(?:${FEELING}|心[\\u4e00-\\u9fff])`;

/**
 * Chinese clauses that acknowledge the customer's feeling by their grammar (read on Mandarin, as
 * readCantonese leaves written Cantonese):
 * - a rhetorical "how could one not feel …" (能不慌吗, 怎么会不心疼, 做妈妈点会不心痛) or "how could
 *   one be at ease" (让人怎么放心, 这心哪放得下);
 * - a feeling noun said first, then what it must be (压力一定很大, 心情肯定很低落, 心里想必不好受);
 * - anyone who meets it (谁碰上都来气, 谁遇到都…), and the agent in the customer's place said with
 *   了 (换了我都会不开心);
 * - the agent's own apology after a degree word (真系好对不住, 实在抱歉);
 * - the customer's state perceived by the agent, a perception verb with a potential complement
 *   and the customer as what is perceived (听得出您快撑不住了, 看得出来你好失望, 感觉得到您很累).
 */
export const ZH_ACKNOWLEDGED: readonly RegExp[] = [
  new RegExp(`(?:怎么|怎能|哪能|岂能|怎会|点)(?:会|能|可能)?不(?:感到|觉得)?${FELT}`),
  new RegExp(`能不${FELT}(?:吗|呢)`),
  /(?:怎么|怎能|哪能|如何|哪里|哪)(?:能|会|可能)?(?:放心|安心|踏实|放得下)/,
  /(?:压力|心情|心里|心|感受|滋味)(?:也)?(?:一定|肯定|想必|必定)(?:也|都)?(?:很|好|特别|非常|超|蛮|挺|十分|相当)?[\u4e00-\u9fff]/,
  /谁[碰遇摊赶撞轮][上到着]都/,
  /换(?:了|转|着)?我(?:都|也)/,
  /(?:真的|真是|真系|实在|非常|十分|好|很|万分)(?:对不起|抱歉|对不住)/,
  /(?:听|看)得出(?:来)?[你您]|感(?:觉|受)得到[你您]/,
];
