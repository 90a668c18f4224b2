import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// Issue 12's cases as a new user meets them: `cs-drill try` on the bundled sets.
describe('try shows every criterion as met, missed or contradicted', () => {
  it('a refusal gets no ✓ for admitting the limit or taking the customer there', async () => {
    const r = await runCli([
      'try',
      'phrases',
      'rw-dont-know',
      "I won't find out, and I can't take you to anyone.",
    ]);
    expect(r.stdout).not.toMatch(/✓ .*(find out|take you)/);
    // Not full marks: never ✔ (◐ with its fraction for some points, ✘ for none).
    expect(r.stdout).not.toMatch(/✔/);
    expect(r.stdout).toMatch(/^(◐ Partly right {2}0\.\d+\/1|✘ Not quite {2}0\/1)/m);
  });

  it('a wrong city is shown as a wrong fact, in text and in JSON', async () => {
    const answer =
      "I understand how worried you must be. Your flight from Beijing arrived yesterday evening and one suitcase with your daughter's glasses is missing. Is that right?";
    const text = await runCli(['try', 'paraphrasing', 'paraphrase-lost-bags', answer]);
    expect(text.stdout).toMatch(
      /wrong: you said “Beijing” —\s+the\s+customer\s+said\s+“Guangzhou”/,
    );
    expect(text.stdout).not.toMatch(/✔ Correct/);
    const json = JSON.parse(
      (await runCli(['try', 'paraphrasing', 'paraphrase-lost-bags', answer, '--json'])).stdout,
    );
    expect(json.criteria.find((c: { id: string }) => c.id === 'flight')).toMatchObject({
      met: false,
      status: 'contradicted',
      said: 'Beijing',
      expected: 'Guangzhou',
    });
    expect(json.criteria.find((c: { id: string }) => c.id === 'feeling')).toMatchObject({
      status: 'met',
    });
  });
});
