// Finding 12: option keys that YAML reads as something else than text on an answer sheet
// (`true`, `007`) are refused when the set is validated, instead of being impossible to answer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { choiceSetYaml, runIn, tmpDir } from './in-process.js';

const setWith = (keys: string[]) => choiceSetYaml({ id: 'keys', title: 'Keys', keys });

describe('option keys on answer sheets', () => {
  it('"true", "007", "null" and "1e3" are refused at validate, naming what YAML would read', async () => {
    const dir = tmpDir('keys');
    writeFileSync(join(dir, 'keys.yaml'), setWith(['true', '007', 'null', '1e3']));
    const r = await runIn(['validate', 'keys.yaml'], { cwd: dir });
    expect(r.code).toBe(EXIT.failed);
    expect(r.stdout).toContain(
      'options key "true" would be read as boolean true on an answer sheet',
    );
    expect(r.stdout).toContain('options key "007" would be read as number 7 on an answer sheet');
    expect(r.stdout).toContain('options key "null" would be read as null');
    expect(r.stdout).toContain('options key "1e3" would be read as number 1000');
  });

  it('keys that read back as themselves ("1", "b") validate and can be answered unquoted', async () => {
    const dir = tmpDir('keys-ok');
    writeFileSync(join(dir, 'keys.yaml'), setWith(['1', 'b']));
    expect((await runIn(['validate', 'keys.yaml', '--no-examples'], { cwd: dir })).code).toBe(
      EXIT.ok,
    );
    writeFileSync(join(dir, 'ana.yaml'), 'sheet: 1\nname: Ana\nanswers:\n  pick: 1\n');
    const r = await runIn(['assess', join(dir, 'keys.yaml'), '--answers', join(dir, 'ana.yaml')]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toMatch(/^Ana {2}1\/1 \(100%\) PASSED/);
  });
});
