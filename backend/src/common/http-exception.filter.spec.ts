import type { ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { HttpExceptionFilter } from './http-exception.filter';

/** What the filter answers for a database error with this SQLSTATE, as a client reading French would see it. */
function answer(code: string, detail?: string): { status: number; body: { error: { code: string; fields?: object } } } {
  const sent: { status?: number; body?: unknown } = {};
  const reply = {
    status: (s: number) => ((sent.status = s), reply),
    header: () => reply,
    send: (b: unknown) => void (sent.body = b),
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ headers: { 'accept-language': 'fr' } }), getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  new HttpExceptionFilter().catch(
    new QueryFailedError('DELETE …', [], Object.assign(new Error('db'), { code, detail })),
    host,
  );
  return sent as ReturnType<typeof answer>;
}

describe('HttpExceptionFilter, database errors', () => {
  it('answers a delete refused by a RESTRICT foreign key with 409, not 500', () => {
    expect(answer('23001')).toMatchObject({
      status: 409,
      body: { error: { code: 'common.still_in_use', kind: 'conflict' } },
    });
  });

  it('names the field of a reference to a missing row (400) and of a taken value (409)', () => {
    expect(answer('23503', 'Key (grant_id)=(…) is not present in table "grants".')).toMatchObject({
      status: 400,
      body: { error: { fields: { grantId: [expect.any(String)] } } },
    });
    expect(answer('23505', 'Key (lower(email))=(a@b.c) already exists.')).toMatchObject({
      status: 409,
      body: { error: { fields: { email: [expect.any(String)] } } },
    });
  });

  it('keeps anything else a 500', () => {
    expect(answer('XX000').status).toBe(500);
  });
});
