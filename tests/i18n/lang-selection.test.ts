import { describe, expect, it } from 'vitest';
import { chooseLang, contentLang, langFlag } from '../../src/shell/lang-choice.js';
import { runInProcess } from '../helpers/cli.js';

describe('choosing the interface language', () => {
  it('takes --lang, then CS_DRILL_LANG, then LC_ALL, LC_MESSAGES, LANG, then English', () => {
    const env = {
      CS_DRILL_LANG: 'en',
      LC_ALL: 'zh_CN.UTF-8',
      LC_MESSAGES: 'en_GB',
      LANG: 'zh_TW.UTF-8',
    };
    expect(chooseLang('zh', env)).toBe('zh-Hans');
    expect(chooseLang(undefined, env)).toBe('en');
    expect(chooseLang(undefined, { ...env, CS_DRILL_LANG: undefined })).toBe('zh-Hans');
    expect(chooseLang(undefined, { LC_MESSAGES: 'zh_CN', LANG: 'en_US' })).toBe('zh-Hans');
    expect(chooseLang(undefined, { LC_MESSAGES: 'en_US', LANG: 'zh_CN' })).toBe('en');
    expect(chooseLang(undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh-Hans');
    expect(chooseLang(undefined, {})).toBe('en');
  });

  it('lets unknown values fall through to the next source', () => {
    expect(chooseLang('fr', { CS_DRILL_LANG: 'zh' })).toBe('zh-Hans');
    expect(chooseLang(undefined, { CS_DRILL_LANG: 'de', LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe(
      'zh-Hans',
    );
    expect(chooseLang(undefined, { LC_ALL: 'POSIX', LANG: 'ja_JP' })).toBe('en');
  });

  it('finds --lang anywhere on the command line, as `--lang zh` or `--lang=zh`, not after --', () => {
    expect(langFlag(['list', '--lang', 'zh'])).toBe('zh');
    expect(langFlag(['--lang=zh', 'stats'])).toBe('zh');
    expect(langFlag(['check', '--', '--lang', 'zh'])).toBeUndefined();
    expect(langFlag(['list'])).toBeUndefined();
  });

  it('uses a command’s own --lang for content, else the interface language', () => {
    expect(contentLang('en', 'zh-Hans')).toBe('en');
    expect(contentLang(undefined, 'zh-Hans')).toBe('zh-Hans');
    expect(contentLang('ja', 'en')).toBe('en');
  });
});

describe('the built CLI follows the choice', () => {
  const zhHeader = /^题组\s+标题\s+语言\s+题数/;
  it('--lang before or after the command, = or space', async () => {
    for (const args of [
      ['--lang', 'zh', 'list'],
      ['list', '--lang=zh'],
      ['list', '--lang', 'zh-Hans'],
    ]) {
      const r = await runInProcess(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(zhHeader);
    }
  });

  it('CS_DRILL_LANG beats the locale, and the flag beats CS_DRILL_LANG', async () => {
    expect((await runInProcess(['list'], { env: { CS_DRILL_LANG: 'zh' } })).stdout).toMatch(
      zhHeader,
    );
    expect((await runInProcess(['list'], { env: { LANG: 'zh_CN.UTF-8' } })).stdout).toMatch(
      zhHeader,
    );
    expect(
      (await runInProcess(['list'], { env: { LANG: 'zh_CN.UTF-8', CS_DRILL_LANG: 'en' } })).stdout,
    ).toMatch(/^SET\s+TITLE/);
    expect(
      (await runInProcess(['list', '--lang', 'en'], { env: { CS_DRILL_LANG: 'zh' } })).stdout,
    ).toMatch(/^SET\s+TITLE/);
  });

  it('usage errors keep exit code 2 in both languages', async () => {
    const en = await runInProcess(['lisst']);
    const zh = await runInProcess(['lisst', '--lang', 'zh']);
    expect([en.code, zh.code]).toEqual([2, 2]);
    expect(en.stderr).toContain("unknown command 'lisst'");
    expect(zh.stderr).toContain('未知的命令“lisst”');
    const badLang = await runInProcess(['list', '--lang', 'fr']);
    expect(badLang.code).toBe(2);
    // ja is a phrase list of check only.
    expect((await runInProcess(['start', 'listening', '--lang', 'ja'])).code).toBe(2);
  });
});
