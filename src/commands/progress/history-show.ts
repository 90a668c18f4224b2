import type { DrillSet, Item } from '../../drills/schema.js';
import { renderFeedback } from '../../render/feedback.js';
import { renderItemIntro } from '../../render/item-text.js';
import type { Messages } from '../../render/messages.js';
import { fmt } from '../../render/points.js';
import { type RegradeText, regradeText } from '../../render/regrade-text.js';
import { displayCopy, sanitize } from '../../render/sanitize.js';
import type { Style } from '../../render/style.js';
import type { Answer } from '../../session/answer.js';
import { type ItemResult, verdictOf } from '../../session/item-result.js';
import { percent, type SessionRecord } from '../../session/record.js';
import { partOfSet } from '../../stats/comparable.js';
import { clock } from './history-table.js';
import { answerText } from './rows.js';
import { modeWord, type StatsLabels, statsLabels } from './screen-text.js';

export interface SessionViewOptions {
  /** The set as it is now, if it is still available; items are matched by id. */
  set?: DrillSet;
  setChanged: boolean;
  msg: Messages;
  style: Style;
  formatDate: (iso: string) => string;
  /** The labels around the items, in the interface language (the items keep the set's). */
  labels?: StatsLabels;
  regradeText?: RegradeText;
}

/** `cs-drill history show`: a past session item by item, with the answers and the feedback they got. */
export function renderSession(record: SessionRecord, opts: SessionViewOptions): string {
  const r = displayCopy(record);
  const { style, msg } = opts;
  const L = opts.labels ?? statsLabels;
  const G = opts.regradeText ?? regradeText.en;
  const seconds = (Date.parse(r.endedAt) - Date.parse(r.startedAt)) / 1000;
  const out: string[] = [
    style.bold(L.sessionTitle(sanitize(r.setTitle ?? r.setId))),
    style.dim(
      `${L.sessionMeta(sanitize(r.setId), r.lang, modeWord(L, r.mode), opts.formatDate(r.startedAt))} · ${clock(seconds)} · ${r.id}`,
    ),
  ];
  // A stopped session's points are over the items it reached: never shown as the set's score.
  if (r.status === 'aborted')
    out.push(
      style.yellow(
        L.stoppedAfter(r.items.length, r.plan?.length ?? r.items.length, fmt(r.score), fmt(r.max)),
      ),
    );
  else if (r.max > 0) {
    out.push(L.scoreLine(percent(r.score, r.max), r.score, r.max, r.passed));
    const set = opts.set;
    const part = set && partOfSet(r, () => set.items.length);
    if (part) out.push(style.dim(L.partLine(part.asked, part.of)));
  }
  if (!opts.set) out.push(style.yellow(L.setUnavailable(sanitize(r.setId))));
  else if (opts.setChanged) out.push(style.dim(L.setChanged));
  const total = r.items.length;
  r.items.forEach((result, i) => {
    const item = opts.set?.items.find((x) => x.id === result.id && x.kind === result.kind);
    const position = { index: i + 1, total };
    if (item) {
      out.push(
        renderItemIntro(item, position, msg, style).trimEnd(),
        style.bold(sanitize(item.prompt)),
        `${style.bold(L.answerLabel)}${L.colon}${describeAnswer(item, result.answer, L)}`,
      );
      if (result.regrade) out.push(style.dim(G.autoBefore));
      out.push(renderFeedback(item, automatic(result), msg, style).trimEnd());
      if (result.regrade) out.push(regradeLine(result, opts, G));
    } else {
      out.push(
        `\n${style.dim(`${msg.progress(position.index, position.total)} · ${result.id} (${result.kind}, ${result.skill})`)}`,
      );
      if (opts.set) out.push(style.dim(L.itemMissing));
      if (result.regrade) out.push(style.dim(G.autoBefore));
      out.push(...fromRecordOnly(automatic(result), msg, style, L));
      if (result.regrade) out.push(regradeLine(result, opts, G));
    }
  });
  return `${out.join('\n')}\n`;
}

/** The item as the judge scored it (a regraded item carries the trainer's score). */
function automatic(result: ItemResult): ItemResult {
  if (!result.regrade) return result;
  const score = result.regrade.autoScore;
  return { ...result, score, verdict: verdictOf(score, result.max) };
}

function regradeLine(result: ItemResult, opts: SessionViewOptions, G: RegradeText): string {
  const g = result.regrade!;
  return opts.style.yellow(
    G.line(
      g.autoScore,
      g.score,
      result.max,
      sanitize(g.by),
      opts.formatDate(g.at),
      sanitize(g.note),
    ),
  );
}

/** An answer in the words of the item: option texts rather than keys. */
function describeAnswer(item: Item, answer: Answer | null, L: StatsLabels): string {
  if (answer === null) return L.noAnswer;
  const optionText = (list: { key: string; text: string }[], key: string) =>
    sanitize(list.find((o) => o.key === key)?.text ?? key);
  switch (item.kind) {
    case 'choice':
      return `${sanitize(String(answer))}) ${optionText(item.options, String(answer))}`;
    case 'multi':
      return (
        (answer as string[]).map((k) => `\n  • ${optionText(item.options, k)}`).join('') ||
        L.noAnswer
      );
    case 'order':
      return (answer as string[])
        .map((k, i) => `\n  ${i + 1}. ${optionText(item.steps, k)}`)
        .join('');
    case 'classify':
      return (answer as string[])
        .map(
          (k, i) =>
            `\n  “${sanitize(item.statements[i]?.text ?? '')}” → ${optionText(item.categories, k)}`,
        )
        .join('');
    case 'scale':
      return (answer as number[])
        .map((v, i) => `\n  ${v}  ${sanitize(item.statements[i] ?? '')}`)
        .join('');
    case 'ask':
    case 'paraphrase':
    case 'rewrite':
      return `“${sanitize(String(answer))}”`;
    case 'roleplay':
      return (answer as string[]).map((r, i) => `\n  ${i + 1}. “${sanitize(r)}”`).join('');
  }
}

function fromRecordOnly(result: ItemResult, msg: Messages, style: Style, L: StatsLabels): string[] {
  const lines = [
    `${style.bold(L.answerLabel)}${L.colon}${result.answer === null ? L.noAnswer : sanitize(answerText(result.answer))}`,
  ];
  if (result.kind === 'scale') {
    if (result.scale) lines.push(msg.scaleTotal(result.scale.total, sanitize(result.scale.band)));
    return lines;
  }
  lines.push(
    `${style.bold(L.verdictLabel)}${L.colon}${L.verdictText[result.verdict]} — ${msg.points(result.score, result.max)}`,
  );
  const checks = result.criteria.map(
    (c) =>
      `  ${c.met ? style.green('✓') : style.red('✗')} ${sanitize(c.builtin ? msg.builtin[c.builtin] : (c.label ?? c.id))}`,
  );
  if (checks.length) lines.push(`${style.bold(L.criteriaLabel)}${L.colon.trimEnd()}`, ...checks);
  if (result.needsReview) lines.push(style.yellow(msg.needsReview));
  return lines;
}
