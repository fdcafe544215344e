/**
 * Runs queries one after the other and returns their results as a tuple. Reads often share one transaction's
 * connection, and pg will stop queuing overlapping queries on a client (a deprecation warning today).
 */
export async function sequentially<T extends unknown[]>(...steps: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  const results: unknown[] = [];
  for (const step of steps) results.push(await step());
  return results as T;
}
