import { BOM, csvCell } from '../../formats/csv.js';
import type { AssessWriter } from './output.js';
import type { TraineeView } from './trainee-view.js';

const COLUMNS = [
  'file',
  'name',
  'session_id',
  'set',
  'lang',
  'trainee_score',
  'trainee_max',
  'trainee_percent',
  'pass_mark',
  'passed',
  'item',
  'kind',
  'skill',
  'score',
  'max',
  'verdict',
  'missing',
  'needs_review',
  'answer',
  'criteria_met',
  'criteria_total',
  'breakdown',
  'invalid',
] as const;

/** One row per trainee and item (RFC 4180), with the trainee's totals repeated on each row. */
export function csvWriter(bom = false): AssessWriter {
  return {
    streams: true,
    separator: '',
    begin: () => `${bom ? BOM : ''}${COLUMNS.join(',')}\r\n`,
    trainee: (v) => {
      // The trainee's columns are the same on each of their rows: written once.
      const trainee = traineeCells(v).map(csvCell).join(',');
      return v.items
        .map((item) => `${trainee},${itemCells(item).map(csvCell).join(',')}\r\n`)
        .join('');
    },
    skipped: () => '',
    end: () => '',
  };
}

function traineeCells(v: TraineeView): (string | number | boolean)[] {
  return [
    v.file,
    v.name,
    v.session_id,
    v.set,
    v.lang,
    v.score,
    v.max,
    v.percent,
    v.pass_mark,
    v.passed,
  ];
}

function itemCells(item: TraineeView['items'][number]): (string | number | boolean)[] {
  const answer =
    item.answer === null ? '' : Array.isArray(item.answer) ? item.answer.join(' ') : item.answer;
  return [
    item.id,
    item.kind,
    item.skill,
    item.score,
    item.max,
    item.verdict,
    item.missing,
    item.needs_review,
    answer,
    item.criteria.filter((c) => c.met).length,
    item.criteria.length,
    item.feedback.join(' | '),
    item.problem ?? '',
  ];
}
