import 'server-only';

/** Read on every call, not inlined at build: the same build runs against any API address. */
export function backendUrl(): string {
  const url = process.env.API_URL;
  return url === undefined || url === '' ? 'http://127.0.0.1:3001' : url; // an empty variable counts as unset
}
