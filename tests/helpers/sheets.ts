import { join } from 'node:path';
import { createJudge } from '../../src/judge/index.js';
import type { FreeTextJudge } from '../../src/judge/types.js';
import { loadJudgeResources } from '../../src/shell/phrase-list-files.js';
import { loadFixtureSet } from './fixtures.js';
import { ROOT } from './paths.js';

export const allKinds = () => loadFixtureSet('sheets/all-kinds-set.yaml');

let judge: FreeTextJudge | undefined;
/** The real free-text judge with the bundled phrase lists (built once per test file). */
export function realJudge(): FreeTextJudge {
  judge ??= createJudge(loadJudgeResources(join(ROOT, 'drills')));
  return judge;
}

/** The answers a trainee gives in both the interactive and the sheet runs. */
export const ANSWERS = {
  opener: 'What can I help you with today?',
  restate:
    "So you've waited two weeks and nobody has called you back, and you're fed up — is that right?",
  rephrase: 'Let me find the colleague who can sort this out for you.',
};

/** Fills a YAML template of the all-kinds set the way a trainee would, by editing its lines. */
export function fillAllKinds(template: string, name = 'Ana'): string {
  return template
    .replace('name: ""', `name: "${name}"`)
    .replace(/^ {2}pick-one:$/m, '  pick-one: b')
    .replace('pick-many: []', 'pick-many: [a, c]')
    .replace('steps: []', 'steps: [why, time, ask]')
    .replace('- # It arrived on Monday', '- fact # It arrived on Monday')
    .replace("- # I'm fed up", "- fact # I'm fed up")
    .replace('opener: ""', `opener: "${ANSWERS.opener}"`)
    .replace('restate: ""', `restate: |\n    ${ANSWERS.restate}`)
    .replace('rephrase: ""', `rephrase: ${ANSWERS.rephrase}`)
    .replace('- # I like people', '- 5 # I like people')
    .replace('- # I keep calm', '- 4 # I keep calm');
}
