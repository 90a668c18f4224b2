import type { LoadedSet } from '../../drills/parse-set.js';
import { jsonText } from '../../render/sanitize.js';
import type { AssessSummary, AssessWriter, SkippedView } from './output.js';
import type { TraineeView } from './trainee-view.js';

export const ASSESS_JSON_SCHEMA = 1;

/** What the set looked like, so a report can name options that nobody picked. */
export function setInfo(loaded: LoadedSet) {
  const { set, hash } = loaded;
  return {
    id: set.id,
    lang: set.lang,
    title: set.title,
    hash,
    pass_mark: set.pass_mark,
    items: set.items.map((i) => ({
      id: i.id,
      kind: i.kind,
      skill: i.skill ?? set.skills[0]!,
      max: i.points,
      ...(i.kind === 'choice'
        ? { options: i.options.map((o) => o.key), keyed: [i.answer] }
        : i.kind === 'multi'
          ? { options: i.options.map((o) => o.key), keyed: i.answers }
          : {}),
    })),
  };
}

export type AssessSetInfo = ReturnType<typeof setInfo>;

/** The `assess --format json` document; `report` reads it back through this type. */
export interface AssessJson {
  schema: typeof ASSESS_JSON_SCHEMA;
  set: AssessSetInfo;
  summary: AssessSummary;
  trainees: TraineeView[];
  skipped: SkippedView[];
}

/** One JSON document; holds every result until the end (use jsonl for huge classes). */
export function jsonWriter(loaded: LoadedSet): AssessWriter {
  const trainees: TraineeView[] = [];
  const skipped: SkippedView[] = [];
  return {
    streams: false,
    separator: '',
    begin: () => '',
    trainee: (v) => {
      trainees.push(v);
      return '';
    },
    skipped: (s) => {
      skipped.push(s);
      return '';
    },
    end: (summary) => {
      const doc: AssessJson = {
        schema: ASSESS_JSON_SCHEMA,
        set: setInfo(loaded),
        summary,
        trainees,
        skipped,
      };
      return `${jsonText(doc, 2)}\n`;
    },
  };
}

/** One JSON object per line: a line per trainee, per skipped sheet, and a summary last. */
export function jsonlWriter(): AssessWriter {
  const line = (type: string, data: object) => `${jsonText({ type, ...data })}\n`;
  return {
    streams: true,
    separator: '',
    begin: () => '',
    trainee: (v) => line('trainee', v),
    skipped: (s) => line('skipped', s),
    end: (summary: AssessSummary) => line('summary', summary),
  };
}
