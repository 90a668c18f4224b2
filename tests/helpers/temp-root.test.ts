import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { expect, test } from 'vitest';
import { tmpHome } from './context.js';

test("a test's temporary folder is made inside this run's own folder, which the run removes at its end", () => {
  const home = tmpHome();
  expect(existsSync(home)).toBe(true);
  expect(basename(dirname(home))).toMatch(/^cs-drill-tests-/);
});
