// A worker gets the sets the main thread loaded, as plain data: it parses no set and opens no
// catalogue, and picks the version a sheet asks for just as the main thread does.
import { describe, expect, it } from 'vitest';
import { assessDeps, setVersions } from '../../src/commands/trainer/assess-deps.js';
import { loadCatalogue, resolveSet } from '../../src/shell/catalogue.js';
import { fixturePath } from '../helpers/fixtures.js';
import { ROOT } from '../helpers/paths.js';

const catalogue = await loadCatalogue({ packageRoot: ROOT, cwd: ROOT, env: {} });

describe('the sets a worker is given', () => {
  it('are every language version of the named set, plain enough to send to a worker', async () => {
    const { loaded } = await resolveSet(catalogue, 'paraphrasing', 'en', ROOT);
    const versions = await setVersions(catalogue, 'paraphrasing', loaded, ROOT);
    expect(versions.map((v) => v.set.lang)).toEqual(['en', 'zh-Hans']);
    // What a worker receives is a structured clone: it must hold no function.
    const sent = structuredClone(versions);
    const here = assessDeps({ versions, lang: 'en', packageRoot: ROOT }).setFor;
    const there = assessDeps({ versions: sent, lang: 'en', packageRoot: ROOT }).setFor;
    for (const lang of ['zh-Hans', 'en', undefined, 'fr']) {
      expect(there(lang)).toEqual(here(lang));
      expect(there(lang).loaded.hash).toBe(here(lang).loaded.hash);
    }
    expect(there('zh-Hans').loaded.set.lang).toBe('zh-Hans');
    expect(there(undefined).loaded.set.lang).toBe('en');
  });

  it('is the one set a file path names, read from YAML, without its positions in the file', async () => {
    const path = fixturePath('drills/e2e-set.yaml');
    const { loaded } = await resolveSet(catalogue, path, 'en', ROOT);
    expect(loaded.locate).toBeTypeOf('function');
    const versions = await setVersions(catalogue, path, loaded, ROOT);
    expect(versions).toHaveLength(1);
    expect(versions[0]!.locate).toBeUndefined();
    expect(structuredClone(versions)[0]!.set).toEqual(loaded.set);
    const { setFor } = assessDeps({ versions, lang: 'en', packageRoot: ROOT });
    expect(setFor('zh-Hans').warning).toMatch(/no zh-Hans version; scored with en/);
  });
});

describe('the judge a worker loads', () => {
  it('is loaded once, however many sheets ask for it before it is ready', async () => {
    const { loaded } = await resolveSet(catalogue, 'paraphrasing', 'en', ROOT);
    const { judge } = assessDeps({ versions: [loaded], lang: 'en', packageRoot: ROOT });
    if (typeof judge !== 'function') throw new Error('expected a loader');
    // Four sheets in flight in one worker ask at once, as the worker pool sends them.
    const judges = await Promise.all([judge(), judge(), judge(), judge()]);
    expect(new Set(judges).size).toBe(1);
    expect(await judge()).toBe(judges[0]);
  });
});
