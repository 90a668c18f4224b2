import { CliError } from '../errors.js';
import { normaliseName } from '../session/name.js';

/** --user, else the login name; names go into history and reports: one spelling per person (session/name.ts). */
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
  const checked = normaliseName(name);
  if (!checked.ok)
    throw new CliError({
      code: 'invalid-user',
      message: `"${checked.shown}" is not a usable name: ${checked.message}`,
      hint: checked.hint,
      params: { name: checked.shown },
    });
  return checked.name;
}
