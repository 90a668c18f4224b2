/**
 * Chinese: another option named after a pivot, as a statement rather than with a listed
 * alternative word — an existential 有 with a place as its subject ("不过门口有兑币机", "但隔篱有
 * 得换") or another thing that also works ("但系网页版同手机app都用得", "不过另一款也可以"). Folded
 * text: simplified, commas ',', 係 as 系.
 */
const PIVOT_OPTION_ZH =
  /(?:但是|但系|不过|可是|但)[^.!?;]{0,12}?(?:(?:门口|隔壁|隔篱|对面|旁边|附近|楼下|楼上|外面|前台|网上|店里|[^,.!?;\s]{1,6}?(?:边|面|口|度))有(?![点些的没冇])|[都也](?:可以|能|用得|行))/u;

/** Does `text` (part of one reply) name another option after a pivot? */
export function pivotOptionZh(text: string): boolean {
  return PIVOT_OPTION_ZH.test(text);
}
