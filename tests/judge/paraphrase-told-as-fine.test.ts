import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const laptop = restatementItem(
  'I left my laptop at your repair desk on Monday and it came back with a cracked screen. I am so annoyed.',
  [
    ['item', ['laptop']],
    ['day', ['Monday']],
    ['damage', ['cracked screen', 'screen cracked']],
  ],
);
const cleaner = restatementItem(
  'I booked your cleaner to do the flat on Friday and she never came. I had guests that night.',
  [
    ['cleaner', ['cleaner']],
    ['day', ['Friday']],
    ['no-show', ['never came', 'did not come', 'no-show']],
  ],
);

test.each([
  [
    'a state said to be fine',
    laptop,
    'So your laptop came back from the repair desk on Monday and it was fine. Is that right?',
    'damage',
  ],
  [
    'a plan said to be kept',
    laptop,
    'So your laptop was repaired on Monday as promised. I understand you are annoyed. Is that right?',
    'damage',
  ],
  [
    'an event insisted on with emphatic "did"',
    cleaner,
    'So the cleaner did do the flat on Friday, she was just late. I understand. Is that right?',
    'no-show',
  ],
])('a story told with its problem taken away fails: %s', (_n, item, answer, fact) => {
  const j = judge.judge(item, answer, 'en');
  expect(j.criteria.find((c) => c.id === fact)).toMatchObject({
    status: 'contradicted',
    detail: 'told-as-fine',
  });
  expect(j.verdict).toBe('fail');
});

test('"fine" in the customer\'s own story, a question or a denied clause reverses nothing', () => {
  const item = restatementItem(
    'The engine is fine but the brakes squeal since your garage serviced the car on Tuesday.',
    [
      ['brakes', ['brakes squeal', 'squealing brakes']],
      ['when', ['Tuesday']],
    ],
  );
  const said = (answer: string) =>
    judge.judge(item, answer, 'en').criteria.filter((c) => c.detail === 'told-as-fine');
  expect(
    said('So the engine is fine, but the brakes squeal since the Tuesday service. Right?'),
  ).toEqual([]);
  expect(said('So since Tuesday the car is not okay. Is that right?')).toEqual([]);
  expect(said('So the service on Tuesday went okay?')).toEqual([]);
});

test('"did" as the verb itself ("did your windows") insists on nothing', () => {
  const item = restatementItem(
    'Your window cleaner came on Thursday to do the conservatory, and he left streaks on every pane. I am fed up.',
    [
      ['day', ['Thursday']],
      ['streaks', ['streaks', 'streaky']],
    ],
  );
  const j = judge.judge(
    item,
    'Our cleaner did your conservatory on Thursday and left streaks on every pane. I understand you are fed up. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'day')).toMatchObject({ met: true });
  expect(j.verdict).toBe('pass');
});

test('words the customer used, a plan not kept and an opening "OK" reverse nothing', () => {
  const said = (customer: string, criteria: [string, string[]][], answer: string) =>
    judge
      .judge(restatementItem(customer, criteria), answer, 'en')
      .criteria.filter((c) => c.detail === 'told-as-fine');
  const plans =
    'I submitted the plans on 12 August and paid the £460 fee. The builders are booked.';
  expect(
    said(plans, [['date', ['12 August']]], 'OK — the plans went in on 12 August. Is that correct?'),
  ).toEqual([]);
  // "ok" of the answer is no word the customer used because "booked" holds its letters.
  expect(
    said(
      plans,
      [['fee', ['£460 fee']]],
      'So it all went ok and the builders are booked. Is that right?',
    ),
  ).not.toEqual([]);
  expect(
    said(
      'I was fined £50 on Monday and nobody has answered my emails.',
      [['no-reply', ['no reply', 'no answer']]],
      'So you got a £50 fine on Monday and your emails have gone unanswered. Is that right?',
    ),
  ).toEqual([]);
  expect(
    said(
      'The driver tipped the logs on my lawn instead of stacking them as promised.',
      [['tipped', ['tipped it on', 'front lawn']]],
      'So rather than stacking them as agreed the driver dumped the lot on your grass. Is that right?',
    ),
  ).toEqual([]);
  expect(
    said(
      'It came back on the 30th, and now the camera works but the left rear motor won\u2019t spin.',
      [['new-fault', ['left rear motor', 'rear left motor']]],
      'When it got back on the 30th the camera was fine, but now the rear-left motor doesn\u2019t turn. Is that right?',
    ),
  ).toEqual([]);
});

test('"did" before a name is an inverted order ("only then did Priya tell you"), not emphasis', () => {
  const item = restatementItem(
    'When we arrived, the instructor, Priya, said the course had been cancelled and nobody told us.',
    [['not-told', ['nobody told', 'not told', 'no one let you know']]],
  );
  const j = judge.judge(
    item,
    'Only on arrival did Priya tell you it had been called off, without anyone letting you know. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'not-told')?.detail).not.toBe('told-as-fine');
});

test('"that does feel unfair": emphatic "does" before a verb of seeming is sympathy, not the story', () => {
  const logo = restatementItem(
    "The quote said three rounds of changes. I've paid £400 already and I feel cheated.",
    [
      ['rounds', ['three rounds']],
      ['paid', ['£400', 'paid £400']],
    ],
  );
  const j = judge.judge(
    logo,
    'The quote included three rounds. That does feel unfair. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'paid')?.status).toBe('missed');
});
