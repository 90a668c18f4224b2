import { drillSetJsonSchema } from '../drills/json-schema.js';
import { EXIT } from '../errors.js';
import type { CommandContext } from '../shell/context.js';

export async function schema(ctx: CommandContext): Promise<number> {
  ctx.stdout.write(`${JSON.stringify(drillSetJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}
