import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { historyErrors } from '../../src/commands/progress/error-text.js';
import { statsLabelsText } from '../../src/commands/progress/screen-text.js';
import { reportText } from '../../src/commands/trainer/report-text.js';
import { assessText } from '../../src/commands/trainer/text.js';
import { parseDrillSet } from '../../src/drills/parse-set.js';
import { commonText } from '../../src/render/messages/common.js';
import { helpText } from '../../src/render/messages/help.js';
import { listText } from '../../src/render/messages/list.js';
import { localizeProblem } from '../../src/render/messages/problems.js';
import { messagesFor } from '../../src/render/messages.js';
import { fixturePath } from '../helpers/fixtures.js';

/** Every key path, with the kind of value found there (string, function, array length). */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}()`];
  if (Array.isArray(value)) return [`${path}[${value.length}]`];
  if (value !== null && typeof value === 'object')
    return Object.entries(value)
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([k, v]) => shape(v, `${path}.${k}`));
  return [path];
}

const catalogues = {
  quiz: { en: messagesFor('en'), zh: messagesFor('zh-Hans') },
  common: commonText,
  list: listText,
  help: helpText,
  history: historyErrors,
  stats: statsLabelsText,
  assess: assessText,
  report: reportText,
};

describe('message catalogues', () => {
  it.each(Object.entries(catalogues))('%s has the same keys in English and Chinese', (_name, c) => {
    expect(shape(c.zh)).toEqual(shape(c.en));
  });

  it('leaves no Chinese string empty where the English one has text', () => {
    const strings = (v: unknown): string[] =>
      typeof v === 'string'
        ? [v]
        : v && typeof v === 'object'
          ? Object.values(v).flatMap(strings)
          : [];
    for (const [name, c] of Object.entries(catalogues)) {
      const empty = (list: string[]) => list.filter((s) => s === '').length;
      expect(empty(strings(c.zh)), name).toBe(empty(strings(c.en)));
    }
    expect(helpText.zh.list.description).toMatch(/\p{Script=Han}/u);
  });

  it('words every problem of a broken drill file in Chinese, keeping code and position', () => {
    const parsed = parseDrillSet(
      readFileSync(fixturePath('drills/broken-set.yaml'), 'utf8'),
      'broken-set.yaml',
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    for (const p of parsed.problems) {
      const zh = localizeProblem(p, 'zh-Hans');
      expect(zh).toMatchObject({ code: p.code, line: p.line, col: p.col });
      expect(zh.message, p.code).toMatch(/\p{Script=Han}/u);
      expect(localizeProblem(p, 'en')).toBe(p);
    }
  });

  it('keeps the English text of a problem it cannot word (no params)', () => {
    const p = { code: 'unknown-key', message: 'unknown key "x"' };
    expect(localizeProblem(p, 'zh-Hans')).toBe(p);
  });
});
