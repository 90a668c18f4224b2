import type { LoadedSet } from '../../drills/parse-set.js';
import { BOM, csvLine } from '../../formats/csv.js';
import { assessCommand, describe, type TemplateOptions, textFor } from './sheet-template.js';

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
  const T = textFor(opts.lang);
  const head = [
    `# set: ${set.id} | lang: ${set.lang} | hash: ${hash}`,
    T.title(set.title, set.id, set.lang),
    ...T.how(assessCommand(set.id, opts, T)),
    T.csvRows,
  ].join('\n');
  return [
    opts.bom ? BOM : '',
    csvLine(['name', ...set.items.map((i) => i.id)]),
    csvLine([head, ...set.items.map((item, i) => describe(item, i, T).join('\n'))]),
  ].join('');
}
