import type { ItemKind } from '../../drills/schema.js';
import type { Bilingual } from './common.js';

/** What an item kind is called for people: English keeps the code a trainer writes in a set. */
export type KindLabels = Record<ItemKind, string>;

export const kindLabels: Bilingual<KindLabels> = {
  en: {
    choice: 'choice',
    multi: 'multi',
    order: 'order',
    classify: 'classify',
    ask: 'ask',
    paraphrase: 'paraphrase',
    rewrite: 'rewrite',
    scale: 'scale',
    roleplay: 'roleplay',
  },
  zh: {
    choice: '单选',
    multi: '多选',
    order: '排序',
    classify: '分类',
    ask: '提问',
    paraphrase: '复述',
    rewrite: '改写',
    scale: '量表',
    roleplay: '角色扮演',
  },
};

/** A kind's label; a kind no set defines (a hand-edited history) is shown as written. */
export function kindLabel(labels: KindLabels, kind: string): string {
  return Object.hasOwn(labels, kind) ? labels[kind as ItemKind] : kind;
}
