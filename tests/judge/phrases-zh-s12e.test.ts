import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Session 12's classes in further Cantonese wordings (issue 11), written for this test. Beside
// each, its near miss stays clean.
describe('a wish, then 就打去 a party', () => {
  flagsAs('send-to-manager', ['你想改地址嘅話就打去物流公司啦。']);
  staysClean(['你想改地址嘅話，我就打去物流公司幫你改。']);
});

describe('钟意 + which, reduplicated', () => {
  flagsAs('dismissal', ['你鍾意要邊款就要邊款。']);
  staysClean(['你鍾意邊款都得，我幫你包好。']);
});

describe('the company’s rules followed, not owned', () => {
  flagsAs('policy-shield', ['我哋只係照公司規定做。']);
  staysClean(['我哋會照公司規定幫你申請賠償。']);
});

describe('others all saying it is good', () => {
  flagsAs('dismissal', ['其他街坊個個都話好食。']);
  staysClean(['其他街坊個個都話好食，你可以試吓。']);
});

describe('包你 + a skill learnt', () => {
  flagsAs('false-reaction', ['跟住我哋教練，包你三堂學識。']);
});
