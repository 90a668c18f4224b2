import type { LoadedSet } from '../../drills/parse-set.js';
import type { Item } from '../../drills/schema.js';
import { BOM, csvLine } from '../../formats/csv.js';
import { type Bilingual, pick } from '../../render/messages/common.js';
import {
  assessCommand,
  describe,
  oneLine,
  type TemplateOptions,
  type TemplateText,
  textFor,
} from './sheet-template.js';

/** How to answer in a spreadsheet cell, where YAML's brackets, quotes and `|` mean nothing. */
type CellWording = Pick<
  TemplateText,
  'multi' | 'order' | 'classify' | 'scale' | 'text' | 'roleplay'
>;

const cellWording: Bilingual<CellWording> = {
  en: {
    multi: (keys) => `type the key of every option that applies (${keys}), separated by commas`,
    order: (n) => `type all ${n} keys in the right order, separated by commas`,
    classify: (keys) =>
      `one category key (${keys}) per statement below, in their order, separated by commas`,
    scale: (min, max, lo, hi) =>
      `one rating per statement below, in their order, separated by commas: ${min} (${lo}) to ${max} (${hi}); not scored`,
    text: 'type your answer into the cell as it is, no quotes needed',
    roleplay: (n) =>
      `a conversation: ${n} replies along the path where every reply is good; one reply per line within the cell (Alt+Enter starts a new line in Excel)`,
  },
  zh: {
    multi: (keys) => `在单元格里写出所有适用选项的代号（${keys}），用逗号隔开`,
    order: (n) => `在单元格里按正确顺序写出全部 ${n} 个代号，用逗号隔开`,
    classify: (keys) => `按下面陈述的顺序，每条写一个类别代号（${keys}），用逗号隔开`,
    scale: (min, max, lo, hi) =>
      `按下面陈述的顺序每条打一个分，${min}（${lo}）到 ${max}（${hi}），用逗号隔开；不计分`,
    text: '把答案直接写在单元格里，不用加引号',
    roleplay: (n) =>
      `一段对话：沿着每句都答得好的路径共 ${n} 句回复；在单元格里每行写一句（Excel 里按 Alt+Enter 换行）`,
  },
};

/**
 * A spreadsheet answer sheet: a header row (name, then one column per item id) and one `#`
 * row that says which set it is for and how to answer each item; a trainee per row below.
 * It opens as it is in Excel and LibreOffice (with `bom`, Chinese-locale Excel reads UTF-8).
 */
export function renderCsvTemplate(
  loaded: LoadedSet,
  opts: TemplateOptions & { bom?: boolean } = {},
): string {
  const { set, hash } = loaded;
  const T: TemplateText = { ...textFor(opts.lang), ...pick(cellWording, opts.lang ?? 'en') };
  const head = [
    `# set: ${set.id} | lang: ${set.lang} | hash: ${hash}`,
    T.title(set.title, set.id, set.lang),
    ...T.how(assessCommand(set.id, opts, T)),
    T.csvRows,
  ].join('\n');
  return [
    opts.bom ? BOM : '',
    csvLine(['name', ...set.items.map((i) => i.id)]),
    csvLine([head, ...set.items.map((item, i) => describeCell(item, i, T).join('\n'))]),
  ].join('');
}

/** A YAML sheet lists the statements beside their slots; a cell's instructions list them. */
function describeCell(item: Item, i: number, T: TemplateText): string[] {
  const statements =
    item.kind === 'classify'
      ? item.statements.map((s) => s.text)
      : item.kind === 'scale'
        ? item.statements
        : [];
  return [...describe(item, i, T), ...statements.map((s, n) => `   ${n + 1}) ${oneLine(s)}`)];
}
