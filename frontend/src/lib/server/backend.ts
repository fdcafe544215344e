import 'server-only';

/** Read on every call, not inlined at build: the same build runs against any API address. */
export function backendUrl(): string {
  return process.env.API_URL || 'http://127.0.0.1:3001';
}
