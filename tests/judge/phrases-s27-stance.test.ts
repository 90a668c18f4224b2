import { describe } from 'vitest';
import { modelClean, modelFlags } from './phrases-helpers.js';

// Session 27: stances read by structure, in words and domains of their own — a checking verb in
// the respect form not done, the trouble shrunk by only / just then the worry waved away, and the
// customer's own act told then "now again to us".

describe('a checking verb in the respect form not done, asked (Japanese)', () => {
  modelFlags('confrontation', [
    'サイズ表、ご覧にならなかったんですか?',
    '注意書き、お読みにならなかったのですか?',
  ]);
  modelClean('a visit not made, or the agent acting after it', [
    '昨日はお越しにならなかったんですか?',
    'メール、お受け取りにならなかったんですか?すぐに再送いたします。',
  ]);
});

describe('the trouble shrunk by only / just, then the worry waved away (English)', () => {
  modelFlags('dismissal', [
    "It's just a hairline crack in the glaze, nothing to worry about.",
    "That's only a tiny scuff, no need to worry.",
  ]);
  modelClean("a small thing that is no trouble, or the agent's step after", [
    "You'll get a small text with a code, nothing to worry about.",
    "It's only a small blockage, nothing to worry about, we'll clear it this afternoon.",
  ]);
});

describe("the customer's own act told, then now again to us (Chinese)", () => {
  modelFlags('confrontation', ['你自己改过线路,现在又来找我们?']);
  modelClean('our own act told', ['我们上周寄过去了,现在又有问题?', '你填了表,我们现在就帮你办。']);
});
