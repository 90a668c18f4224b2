import { RECORD_SCHEMA, type SessionRecord } from '../../src/session/record.js';

export function makeRecord(over: Partial<SessionRecord> = {}): SessionRecord {
  return {
    schema: RECORD_SCHEMA,
    id: 'rec-1',
    user: 'ana',
    setId: 'listening',
    setHash: '0123456789abcdef',
    setTitle: 'Listening',
    lang: 'en',
    mode: 'interactive',
    status: 'completed',
    startedAt: '2026-11-24T10:00:00.000Z',
    endedAt: '2026-11-24T10:05:00.000Z',
    plan: ['a'],
    items: [
      {
        id: 'a',
        kind: 'choice',
        skill: 'listening',
        answer: 'b',
        score: 1,
        max: 1,
        verdict: 'pass',
        criteria: [],
        durationMs: 1000,
      },
    ],
    score: 1,
    max: 1,
    passMark: 70,
    passed: true,
    skills: { listening: { score: 1, max: 1 } },
    ...over,
  };
}
