import type { PathKey } from '../drills/yaml-source.js';
import type { Problem } from '../errors.js';
import { readCsv } from '../formats/csv-read.js';
import type { RawSheet } from './sheet-parse.js';

/**
 * One trainee's row of a spreadsheet answer sheet, as plain data (it crosses to worker threads):
 * the header names the columns (a name column, then one per item id), `#` rows carry the
 * template's instructions and which set the sheet is for.
 */
export interface CsvRowSheet {
  /** The CSV file as given; problems point at its rows and columns. */
  file: string;
  header: string[];
  headerRow: number;
  nameCol: number;
  row: number;
  cells: string[];
  meta: { set?: string; lang?: string; hash?: string; row: number };
}

export type CsvSheets = { ok: true; rows: CsvRowSheet[] } | { ok: false; problems: Problem[] };

/** The columns a trainee's name may be under (forms and spreadsheets name it many ways). */
const NAME_HEADERS = [
  'name',
  'trainee',
  'student',
  'full name',
  '姓名',
  '名字',
  '学员',
  '学员姓名',
];

/** The template's `#` row: `# set: my-set | lang: en | hash: 1a2b…` (then the instructions). */
const META = /\b(set|lang|hash):\s*([^\s|;,]+)/gi;

/** A CSV file of answers, split into one sheet per trainee row. Pure. */
export function csvSheets(text: string, file: string): CsvSheets {
  const read = readCsv(text);
  if (!read.ok)
    return {
      ok: false,
      problems: [
        {
          code: 'csv-syntax',
          file,
          line: read.row,
          col: read.col,
          message: read.message,
          hint: 'end the cell with a quote: "…"',
        },
      ],
    };
  const meta: CsvRowSheet['meta'] = { row: 1 };
  const data = read.records.filter((r) => {
    const first = (r.cells[0] ?? '').trim();
    if (!first.startsWith('#')) return true;
    for (const m of first.matchAll(META)) {
      const key = m[1]!.toLowerCase() as 'set' | 'lang' | 'hash';
      meta[key] ??= m[2]!;
      meta.row = r.row;
    }
    return false;
  });
  const [head, ...rows] = data;
  const header = head?.cells.map((c) => c.trim()) ?? [];
  // assess --format csv and export write session ids: such a file lying among the sheets is output.
  if (header.includes('session_id'))
    return {
      ok: false,
      problems: [
        {
          code: 'results-among-sheets',
          file,
          line: head?.row ?? 1,
          col: header.indexOf('session_id') + 1,
          message: 'this CSV holds results (a session_id column), not answers',
          hint: 'keep results outside the folder of sheets',
        },
      ],
    };
  const nameCol = header.findIndex((h) => NAME_HEADERS.includes(h.toLowerCase()));
  if (!head || nameCol === -1)
    return {
      ok: false,
      problems: [
        {
          code: 'csv-no-name',
          file,
          line: head?.row ?? 1,
          col: 1,
          message: 'the first row does not name a "name" column',
          hint: 'the first row is "name" and then one column per item id: `cs-drill template <set> --format csv` writes it',
        },
      ],
    };
  return {
    ok: true,
    rows: rows
      .filter((r) => r.cells.some((c) => c.trim() !== ''))
      .map((r) => ({
        file,
        header,
        headerRow: head.row,
        nameCol,
        row: r.row,
        cells: r.cells,
        meta,
      })),
  };
}

/** One row read as a sheet, so it is checked and scored like a YAML sheet. Pure. */
export function csvRowSheet(row: CsvRowSheet): RawSheet {
  const answers: Record<string, unknown> = {};
  const colOf = new Map<string, number>();
  row.header.forEach((h, i) => {
    if (i === row.nameCol || h === '' || colOf.has(h)) return;
    colOf.set(h, i);
    answers[h] = row.cells[i] ?? '';
  });
  const name = (row.cells[row.nameCol] ?? '').trim();
  return {
    file: row.file,
    ...(name ? { name } : {}),
    ...(row.meta.set ? { setId: row.meta.set } : {}),
    ...(row.meta.lang ? { lang: row.meta.lang } : {}),
    ...(row.meta.hash ? { hash: row.meta.hash } : {}),
    answers,
    answersKey: 'answers',
    warnings: [],
    cells: true,
    locate(path: readonly PathKey[], which?: 'value' | 'key') {
      const [first, second] = path;
      if (first === 'answers' && typeof second === 'string') {
        const col = (colOf.get(second) ?? 0) + 1;
        return { line: which === 'key' ? row.headerRow : row.row, col };
      }
      if (first === 'name') return { line: row.row, col: row.nameCol + 1 };
      if (first === 'set' || first === 'lang' || first === 'hash')
        return { line: row.meta.row, col: 1 };
      return { line: row.row, col: 1 };
    },
  };
}
