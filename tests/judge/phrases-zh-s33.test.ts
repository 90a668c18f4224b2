import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Chinese acts of session 33 (issue 11), each in sentences written for this test (简体, 粵, 台).
describe('policy shield: a rule cited as the source, then a charge upheld or relief refused, nothing of ours after', () => {
  flagsAs('policy-shield', [
    '根据服务协议，技术员到场后就算没修，出车费一样要付。',
    '按照租赁合同，车没开出去，租金也照收。',
    '依照課程章程，請假那幾堂的費用還是要全額繳。',
    '根據我哋嘅會員細則，過咗期嘅積分唔設補發。',
  ]);
  staysClean([
    '根据条款，您的押金会在三天内全额退还。',
    '按照合同，维修费由我们承担。',
    '根据条款，这笔费用由您承担，我可以帮您申请分期。',
    '根據合約，你提早解約都唔使俾違約金。',
  ]);
});
