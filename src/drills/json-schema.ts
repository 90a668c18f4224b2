import { z } from 'zod';
import { DrillSet } from './schema.js';

export function drillSetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DrillSet, { io: 'input', unrepresentable: 'any' }),
    title: 'cs-drill drill set',
  };
}
