import type { ItemKind, Lang } from './schema.js';

/**
 * A new drill file: one commented example item per kind, that validates as it is.
 * `schemaRef` points editors at the JSON Schema (a path relative to the file, or absolute).
 * The comments explain each field, in the author's language.
 */
export function scaffoldSet(
  id: string,
  lang: Lang,
  kinds: readonly ItemKind[],
  schemaRef: string,
): string {
  const t = lang === 'zh-Hans' ? ZH : EN;
  const head = [
    `# yaml-language-server: $schema=${schemaRef}`,
    t.intro,
    '',
    `format: 1          ${t.format}`,
    `id: ${id}`,
    `lang: ${lang}`,
    `title: ${t.title}`,
    `description: ${t.description}`,
    `intro: ${t.introText}`,
    `skills: [${id}]    ${t.skills}`,
    `pass_mark: 70      ${t.passMark}`,
    'items:',
  ];
  return `${[
    ...head,
    ...kinds.flatMap((k) => [
      '',
      ...t.items[k]
        .trimEnd()
        .split('\n')
        .map((l) => `  ${l}`),
    ]),
  ].join('\n')}\n`;
}

interface Texts {
  intro: string;
  format: string;
  title: string;
  description: string;
  introText: string;
  skills: string;
  passMark: string;
  items: Record<ItemKind, string>;
}

const EN: Texts = {
  intro: [
    '# A cs-drill set. Check it with: cs-drill validate <this file>',
    '# Try an answer on a free-text item: cs-drill try <this file> <item-id> "<answer>"',
    '# Every field is explained in docs/drill-format.md.',
  ].join('\n'),
  format: '# format version of this file: always 1 for now',
  title: 'My first drill set',
  description: 'One example item of each kind, to edit.',
  introText: 'Two or three sentences on the skill, shown before the first item.',
  skills: '# what this set trains; items count towards the first unless they name a `skill:`',
  passMark: '# percent of the points needed to pass',
  items: {
    choice: `# choice: one right option. Keys are short names the answer refers to.
- id: example-choice
  kind: choice
  tags: [feelings]        # drill only these with: cs-drill start <set> --tag feelings
  prompt: "A customer says: “This is the third time I've called!” What is the feeling?"
  options:
    - { key: a, text: Frustration at not being helped }
    - { key: b, text: Curiosity about the service }
  answer: a
  explanation: Repeated calls without a fix make a customer feel ignored; acknowledge that first.`,
    multi: `# multi: tick all that apply; each wrong tick cancels a right one.
- id: example-multi
  kind: multi
  points: 2
  prompt: Which of these are forbidden phrases?
  options:
    - { key: a, text: Calm down }
    - { key: b, text: Let me help you }
    - { key: c, text: That's not my job }
  answers: [a, c]
  explanation: “Calm down” dismisses the feeling and “not my job” passes the buck.`,
    order: `# order: steps in the RIGHT order here; the trainee sees them shuffled.
- id: example-order
  kind: order
  prompt: Put the steps of putting a caller on hold in order.
  steps:
    - { key: why, text: Say why }
    - { key: ask, text: Ask permission }
    - { key: time, text: Give a time limit }
  explanation: Why, then permission, then how long.`,
    classify: `# classify: sort each statement into one of the categories.
- id: example-classify
  kind: classify
  prompt: Fact or feeling?
  categories:
    - { key: fact, text: Fact }
    - { key: feeling, text: Feeling }
  statements:
    - { text: The order arrived on Monday., category: fact }
    - { text: I'm really disappointed., category: feeling }
  explanation: Facts can be checked; feelings are how the customer experiences them.`,
    ask: `# ask: the trainee writes a question of the required type (open or closed);
# criteria (optional) require it to be about the situation.
- id: example-ask
  kind: ask
  scenario: A customer calls about a delivery that has not arrived.
  prompt: Write an open question to find out what happened.
  require: open
  criteria:
    - { id: on-topic, label: About the delivery, any: [delivery, parcel, order, package, arrive] }
  model_answer: What happened with your delivery?
  explanation: An open question lets the customer tell the story in their own words.
  examples:               # sample answers with the verdict you expect: validate checks them
    - { answer: "What happened with your delivery?", expect: pass }
    - { answer: "Could you tell me more about the parcel?", expect: pass }
    - { answer: "Did the parcel arrive?", expect: fail }`,
    paraphrase: `# paraphrase: restate the facts (criteria), acknowledge the feeling, end with a check.
- id: example-paraphrase
  kind: paraphrase
  prompt: Restate what the customer said, with the feeling, and check.
  customer: My new phone stopped charging after two days and I need it for work!
  # Another value of the same kind (five days for two) is a wrong fact, shown as such; the kind
  # and value are read from the phrases and the customer's words, or declared with
  # values: [{ type: duration, value: two days }].
  criteria:
    - { id: charging, label: the phone stopped charging, any: [charging, charge, battery, power] }
    - { id: days, label: after two days, any: [two days, 2 days, new, just bought] }
  model_answer: So your new phone stopped charging after two days and you need it for work — I understand how stressful that is. Did I get that right?
  explanation: Restate the facts, name the feeling, then check so the customer can correct you.
  examples:
    - { answer: "Your phone stopped charging after two days and you need it for work; I understand how stressful that is. Is that right?", expect: pass }
    - { answer: "Your phone stopped charging after five days; I understand how stressful that is. Is that right?", expect: fail, note: "a wrong value is a wrong fact, and a wrong fact fails" }
    - { answer: "The phone won't charge.", expect: fail }`,
    rewrite: `# rewrite: the trainee rewrites a bad sentence; forbidden phrases (shared list + avoid)
# must be gone, and the criteria say what a good rewrite contains.
- id: example-rewrite
  kind: rewrite
  prompt: Rewrite this so it takes responsibility.
  original: I don't know, that's not my job.
  avoid: [not my job]
  # Name the action, not just "i can": a phrase inside a negation or refusal ("I can't check",
  # "nobody will") does not count. polarity: negative makes a criterion count only negated.
  criteria:
    - { id: helps, label: Says what you will do, any: [let me check, let me find out, i will find out, i will check, i can check, find out for you] }
  model_answer: I'm not sure, but let me find out for you right away.
  explanation: Say what you can do instead of what you can't.
  examples:
    - { answer: "Let me find out for you right away.", expect: pass }
    - { answer: "I can't check that and I won't find out.", expect: partial, note: "nothing forbidden, but the actions are refused" }
    - { answer: "That's not my job.", expect: fail }`,
    scale: `# scale: a self-assessment; the TOTAL of the ratings falls in one band (not right or wrong).
- id: example-scale
  kind: scale
  prompt: How true is each statement for you?
  statements: [I stay calm with angry customers., I remember customers' names.]
  scale: { min: 1, max: 5, min_label: not at all, max_label: completely }
  bands:
    - { min: 2, max: 5, label: Room to grow, message: Pick one habit to practise this week. }
    - { min: 6, max: 10, label: Strong, message: Keep it up and help a colleague. }
  explanation: Self-ratings help you choose what to practise; they are not scored.`,
    roleplay: `# roleplay: a whole conversation. Each turn is a customer line and what the reply must be
# (expect: open-question, closed-question, restate, phrase or step); the verdict of the reply
# picks the next turn (next: one id, or good / partial / poor); it ends at an ending.
# Play it with: cs-drill roleplay <this file> example-roleplay
- id: example-roleplay
  kind: roleplay
  prompt: Take the call and find out what the customer needs.
  scenario: { who: A caller, where: The shop's phone line on a Monday morning, channel: phone }
  turns:
    - id: greet
      customer: (the phone rings)
      expect: step
      task: Greet the caller with the shop's name and your name.
      criteria:
        - { id: company, label: Names the shop, any: [shop, store] }
        - { id: name, label: Gives your name, any: [this is, my name, speaking] }
      model: Good morning, Green Street Shop, this is Sam speaking. How can I help?
      next: ask
    - id: ask
      customer: Hi, it's about the lamp I ordered.
      expect: open-question
      task: Ask an open question about the order.
      criteria:
        - { id: topic, label: About the lamp or the order, any: [lamp, order] }
      model: Of course — what happened with the lamp?
      next: { good: thanks, poor: annoyed }
      because: { poor: the reply did not invite the customer to tell the story }
  endings:
    - { id: thanks, kind: close, customer: "It arrived broken. Thanks for asking, here's what I need…" }
    - { id: annoyed, kind: walk-out, customer: "Never mind, I'll write an email." }
  explanation: Greet with the shop and your name, then let the customer tell the story.
  examples:               # transcripts with the ending you expect: validate plays them
    - replies: ["Good morning, Green Street Shop, this is Sam speaking.", "What happened with the lamp you ordered?"]
      ending: thanks
    - replies: ["Good morning, Green Street Shop, this is Sam speaking.", "Lamp?"]
      ending: annoyed`,
  },
};

const ZH: Texts = {
  intro: [
    '# 一套 cs-drill 练习。检查：cs-drill validate <本文件>',
    '# 试答一道自由作答题：cs-drill try <本文件> <题目id> "<答案>"',
    '# 各字段说明见 docs/drill-format.md。',
  ].join('\n'),
  format: '# 文件格式版本：目前固定为 1',
  title: '我的第一套练习',
  description: '每种题型一道示例题，可直接修改。',
  introText: '用两三句话介绍这项技能，在第一题之前显示。',
  skills: '# 这套题训练的技能；题目默认计入第一项，除非写了 `skill:`',
  passMark: '# 及格所需的得分百分比',
  items: {
    choice: `# choice：单选题，只有一个正确选项。key 是选项的简短代号。
- id: example-choice
  kind: choice
  tags: [feelings]        # 只练这类题：cs-drill start <套题> --tag feelings
  prompt: 客户说：“这已经是我第三次打电话了！”他的情绪是什么？
  options:
    - { key: a, text: 因为一直没人解决而恼火 }
    - { key: b, text: 对服务感到好奇 }
  answer: a
  explanation: 一再来电却没解决，客户会觉得被忽视；先回应这种情绪。`,
    multi: `# multi：多选题；每多选一个错项，抵消一个对项。
- id: example-multi
  kind: multi
  points: 2
  prompt: 下面哪些是禁用语？
  options:
    - { key: a, text: 冷静一点 }
    - { key: b, text: 让我来帮助您 }
    - { key: c, text: 那不是我的工作 }
  answers: [a, c]
  explanation: “冷静一点”否定了客户的情绪，“那不是我的工作”是在推卸责任。`,
    order: `# order：排序题；这里按正确顺序写，练习时会打乱。
- id: example-order
  kind: order
  prompt: 请排出让来电客户稍等的步骤。
  steps:
    - { key: why, text: 说明原因 }
    - { key: ask, text: 征得同意 }
    - { key: time, text: 给出时限 }
  explanation: 先说原因，再征得同意，最后说明要等多久。`,
    classify: `# classify：归类题，把每句话归入一个类别。
- id: example-classify
  kind: classify
  prompt: 事实还是情感？
  categories:
    - { key: fact, text: 事实 }
    - { key: feeling, text: 情感 }
  statements:
    - { text: 订单是周一到的。, category: fact }
    - { text: 我真的很失望。, category: feeling }
  explanation: 事实可以核实；情感是客户对这件事的感受。`,
    ask: `# ask：学员写一个指定类型（open 开放式 / closed 封闭式）的问题；
# criteria（可选）要求问题围绕情境。
- id: example-ask
  kind: ask
  scenario: 一位客户来电说快递一直没到。
  prompt: 写一个开放式问题，了解发生了什么。
  require: open
  criteria:
    - { id: on-topic, label: 围绕快递, any: [快递, 包裹, 订单, 送到, 配送] }
  model_answer: 请问您的快递是什么情况？
  explanation: 开放式问题让客户用自己的话把事情说清楚。
  examples:               # 示例答案及预期结果：validate 会逐条检查
    - { answer: 请问您的快递是什么情况？, expect: pass }
    - { answer: 您能具体说说包裹的情况吗？, expect: pass }
    - { answer: 包裹到了吗？, expect: fail }`,
    paraphrase: `# paraphrase：复述事实（criteria）、回应情感，并以确认问题结尾。
- id: example-paraphrase
  kind: paraphrase
  prompt: 复述客户的话，回应情感，并确认。
  customer: 我新买的手机才用两天就充不进电了，我工作要用！
  # 同类的另一个值（把两天说成五天）是说错的事实，会单独指出；类型和值从说法和客户原话里读出，
  # 也可以写明：values: [{ type: duration, value: 两天 }]。
  criteria:
    - { id: charging, label: 手机充不进电, any: [充不进电, 充不了电, 充电, 电池] }
    - { id: days, label: 才用两天, any: [两天, 2天, 新买] }
  model_answer: 您新买的手机才用两天就充不进电，工作还等着用，我理解您的着急。我理解得对吗？
  explanation: 先复述事实，再说出客户的感受，最后确认，让客户有机会纠正。
  examples:
    - { answer: 您的手机才用两天就充不了电，工作又要用，我理解您很着急。我理解得对吗？, expect: pass }
    - { answer: 您的手机用了五天就充不了电，我理解您很着急。我理解得对吗？, expect: fail, note: 值说错了，事实说错就不及格 }
    - { answer: 手机充不进电。, expect: fail }`,
    rewrite: `# rewrite：改写一句不当的话；禁用语（共用清单 + avoid）必须去掉，
# criteria 说明好的改写应包含什么。
- id: example-rewrite
  kind: rewrite
  prompt: 改写这句话，体现负责的态度。
  original: 我不知道，那不是我的工作。
  avoid: [不是我的工作]
  # 写出具体的动作，而不只是“我会”：否定或拒绝里的说法（“我不能帮您查”“没人会”）不算。
  criteria:
    - { id: helps, label: 说出你会做什么, any: [我来查, 我帮您查, 帮您查, 我去问, 帮您问] }
  model_answer: 这个我不太清楚，我马上帮您查一下。
  explanation: 说你能做什么，而不是你不能做什么。
  examples:
    - { answer: 我马上帮您查一下。, expect: pass }
    - { answer: 我没法帮您查，也不会帮您问。, expect: fail, note: 动作被否定了 }
    - { answer: 那不是我的工作。, expect: fail }`,
    scale: `# scale：自我评估；各项评分的总分落入某个分档（不计对错）。
- id: example-scale
  kind: scale
  prompt: 下面每句话有多符合你？
  statements: [面对生气的客户我能保持冷静。, 我能记住客户的名字。]
  scale: { min: 1, max: 5, min_label: 完全不符合, max_label: 完全符合 }
  bands:
    - { min: 2, max: 5, label: 还有提升空间, message: 这周选一个习惯重点练习。 }
    - { min: 6, max: 10, label: 表现很好, message: 继续保持，也帮帮同事。 }
  explanation: 自评帮助你决定练什么，不计分。`,
    roleplay: `# roleplay：一整段对话。每一轮是顾客的一句话和对回答的要求
# （expect：open-question、closed-question、restate、phrase 或 step）；回答的判定决定下一轮
# （next：一个 id，或 good / partial / poor 各一个）；走到 endings 里的结局为止。
# 练习：cs-drill roleplay <本文件> example-roleplay
- id: example-roleplay
  kind: roleplay
  prompt: 接起电话，弄清顾客需要什么。
  scenario: { who: 一位来电的顾客, where: 周一上午，门店的服务电话, channel: phone }
  turns:
    - id: greet
      customer: （电话铃响了）
      expect: step
      task: 问候来电者，报出店名和你的名字。
      criteria:
        - { id: company, label: 报出店名, any: [门店, 商店, 店] }
        - { id: name, label: 报出自己的名字, any: [我是, 我叫] }
      model: 您好，绿街门店，我是小王，请问有什么可以帮您？
      next: ask
    - id: ask
      customer: 你好，我是为我订的台灯打来的。
      expect: open-question
      task: 用开放式问题问清台灯订单的情况。
      criteria:
        - { id: topic, label: 问到台灯或订单, any: [台灯, 订单, 灯] }
      model: 好的，台灯出了什么问题呢？
      next: { good: thanks, poor: annoyed }
      because: { poor: 回答没有让顾客把情况说出来 }
  endings:
    - { id: thanks, kind: close, customer: 台灯到的时候是坏的。谢谢你问，我想这样处理…… }
    - { id: annoyed, kind: walk-out, customer: 算了，我写邮件吧。 }
  explanation: 先报店名和自己的名字，再让顾客把事情说出来。
  examples:               # 对话示例和期望的结局：validate 会逐句判定
    - replies: [您好，绿街门店，我是小王。, 请问台灯出了什么问题？]
      ending: thanks
    - replies: [您好，绿街门店，我是小王。, 台灯？]
      ending: annoyed`,
  },
};
