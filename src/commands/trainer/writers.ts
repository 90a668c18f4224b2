import type { LoadedSet } from '../../drills/parse-set.js';
import type { Style } from '../../render/style.js';
import { csvWriter } from './csv.js';
import { jsonlWriter, jsonWriter } from './json.js';
import { junitWriter } from './junit.js';
import type { AssessWriter } from './output.js';
import { tableWriter } from './table.js';
import type { AssessText } from './text.js';

export const ASSESS_FORMATS = ['table', 'json', 'csv', 'jsonl', 'junit'] as const;
export type AssessFormat = (typeof ASSESS_FORMATS)[number];

/** The writer for an `assess --format`. */
export function pickWriter(
  format: AssessFormat,
  loaded: LoadedSet,
  style: Style,
  T: AssessText,
  bom: boolean,
): AssessWriter {
  switch (format) {
    case 'table':
      return tableWriter(style, T);
    case 'json':
      return jsonWriter(loaded);
    case 'jsonl':
      return jsonlWriter();
    case 'csv':
      return csvWriter(bom);
    case 'junit':
      return junitWriter(loaded.set.id);
  }
}
