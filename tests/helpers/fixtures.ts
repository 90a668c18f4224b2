import { readFileSync } from 'node:fs';
import { type LoadedSet, parseDrillSet } from '../../src/drills/parse-set.js';

export function fixturePath(name: string): string {
  return new URL(`../fixtures/${name}`, import.meta.url).pathname;
}

export function loadFixtureSet(name = 'drills/good-set.yaml'): LoadedSet {
  const parsed = parseDrillSet(readFileSync(fixturePath(name), 'utf8'), name);
  if (!parsed.ok)
    throw new Error(
      `fixture ${name} is invalid: ${parsed.problems.map((p) => p.message).join('; ')}`,
    );
  return parsed.loaded;
}
