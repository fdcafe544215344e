import type { Caller } from './app';

/** Waits until the stats satisfy `done` (the worker of the test app sends in the background). */
export async function waitForStats(
  comms: Caller,
  id: string,
  done: (s: Record<string, unknown>) => boolean,
  timeoutMs = 15_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await comms.get(`/api/newsletters/issues/${id}/stats`).expect(200);
    if (done(body)) return body;
    if (Date.now() > deadline) throw new Error(`stats never matched: ${JSON.stringify(body)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
