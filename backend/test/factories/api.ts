import type request from 'supertest';
import type { Caller } from '../support/app';

/** What a factory needs of a caller: the test app's `Caller`, or a hand-made one (several-processes spec). */
export type Poster = Pick<Caller, 'post'>;
/** Fields a test sets on top of a factory's defaults (any value, so that a test may also send a wrong one). */
export type Overrides = Record<string, unknown>;

let n = 0;
/** Names stay unique across a test file (funder, organisation, group and list names are unique). */
export const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}-${n++}`;

/**
 * The body of the 201 answer; any other answer throws with its body, so that a factory given wrong input fails
 * where it is called rather than at some later assertion.
 */
export async function created<T>(what: string, req: request.Test): Promise<T> {
  const res = await req;
  if (res.status !== 201) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}
