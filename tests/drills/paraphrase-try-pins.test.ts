import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// The restatement rules of issue 12 as a trainee meets them: `cs-drill try` on the bundled set.
describe('try: swapped values and reversed facts in a restatement', () => {
  it('two of the customer’s dates given for each other: a wrong fact, in text and JSON', async () => {
    const answer =
      "I can see why you're worried. You sent the 3,500 yuan to your daughter's university in Canada on the 20th, today is the 12th and it still has not come in, and the deadline is Friday. Is that right?";
    const text = await runCli(['try', 'paraphrasing', 'paraphrase-bank-transfer', answer]);
    expect(text.stdout).toMatch(/wrong: you said “20th” —\s+the\s+customer\s+said\s+“12th”/);
    expect(text.stdout).not.toMatch(/✔/);
    const json = JSON.parse(
      (await runCli(['try', 'paraphrasing', 'paraphrase-bank-transfer', answer, '--json'])).stdout,
    );
    expect(json.verdict).toBe('fail');
    expect(json.criteria.find((c: { id: string }) => c.id === 'date')).toMatchObject({
      status: 'contradicted',
      said: '20th',
      expected: '12th',
    });
  });

  it('zh: the same swap in Chinese', async () => {
    const r = await runCli([
      '--lang',
      'zh',
      'try',
      'paraphrasing',
      'paraphrase-bank-transfer',
      '我知道您很着急。您20号给女儿汇了3500元学费，今天都12号了学校还没收到，周五就截止了，对吗？',
      '--json',
    ]);
    const json = JSON.parse(r.stdout);
    expect(json.verdict).toBe('fail');
    expect(json.criteria.find((c: { id: string }) => c.id === 'date')).toMatchObject({
      status: 'contradicted',
      said: '20号',
      expected: '12号',
    });
  });

  it('each date with its own fact is full marks', async () => {
    const r = await runCli([
      'try',
      'paraphrasing',
      'paraphrase-bank-transfer',
      "I can see why you're worried. You sent the 3,500 yuan on the 12th, today is the 20th and it still has not come in, and the deadline is Friday. Is that right?",
      '--json',
    ]);
    expect(JSON.parse(r.stdout).verdict).toBe('pass');
  });
});
