/** One record of a CSV file: its cells, and the spreadsheet row it is (1-based). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export type CsvRead =
  | { ok: true; records: CsvRecord[]; delimiter: string }
  | { ok: false; row: number; col: number; message: string };

/**
 * An RFC 4180 reader: fields in double quotes may hold the delimiter, line breaks and doubled
 * quotes (""). The delimiter is the one the first line uses most, outside quotes: a comma, or
 * the semicolon and tab spreadsheets write in some locales. Rows are numbered as a spreadsheet
 * shows them, so a problem in a cell is said at its row and column. Linear in the text.
 */
export function readCsv(text: string): CsvRead {
  const delimiter = guessDelimiter(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let row = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') records.push({ row, cells });
    cells = [];
    cell = '';
    row++;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else cell += c;
    i++;
  }
  if (quoted)
    return {
      ok: false,
      row,
      col: cells.length + 1,
      message: 'a cell opened with a quote is never closed',
    };
  if (cell !== '' || cells.length > 0) endRecord();
  return { ok: true, records, delimiter };
}

function guessDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}
