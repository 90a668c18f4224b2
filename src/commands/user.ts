import { CliError } from '../errors.js';

/** --user, else the login name; names go into history and reports, so keep them plain. */
export function resolveUser(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  osUser: () => string,
): string {
  let name = flag ?? env.CS_DRILL_USER ?? env.USER ?? env.USERNAME;
  if (!name) {
    try {
      name = osUser();
    } catch {
      name = 'trainee';
    }
  }
  name = name.trim();
  if (name === '' || name.length > 64 || /[\u0000-\u001f\u007f-\u009f]/.test(name)) {
    const shown = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
    throw new CliError({
      code: 'invalid-user',
      message: `"${shown}" is not a usable name`,
      hint: 'use 1 to 64 printable characters',
      params: { name: shown },
    });
  }
  return name;
}
