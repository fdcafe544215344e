import { Api, type HttpResponse } from './generated/api';
import { LOCALE_COOKIE, toLocale } from './i18n/config';

/**
 * The error shape of the API contract: `{ error: { code, kind, message, fields? } }`; `code` is specific
 * (`auth.second_factor_required`), `kind` its HTTP family (`validation`, `conflict`…).
 */
export type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldErrors = {},
    readonly kind: string = code,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Fired when the session is gone (expired, signed out elsewhere), so the shell can send the user to /login. */
export const UNAUTHENTICATED_EVENT = 'maillage:unauthenticated';

export const CSRF_COOKIE = 'maillage_csrf';

/**
 * Asks the person for their password again (the re-authentication dialog sets it); resolves true once the API has
 * accepted it. A sensitive action answered 403 `permissions.reauthentication_required` is then sent again, once.
 */
type Reauthenticate = () => Promise<boolean>;
let reauthenticate: Reauthenticate | null = null;
export function handleReauthentication(handler: Reauthenticate): () => void {
  reauthenticate = handler;
  return () => {
    if (reauthenticate === handler) reauthenticate = null;
  };
}

async function retriedAfterReauthentication(error: ApiError, retried: boolean): Promise<boolean> {
  return (
    error.code === 'permissions.reauthentication_required' &&
    !retried &&
    reauthenticate !== null &&
    (await reauthenticate())
  );
}

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const found = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : undefined;
}

/** Empty values are left out, so `?q=&kind=` never reaches the API. */
export function toSearch(query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Same-origin URL of an API route (the Next server forwards /api/* to the backend). */
export function apiUrl(path: string, query?: Query): string {
  return `/api${path}${toSearch(query)}`;
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; kind?: string; message?: string; fields?: FieldErrors };
  } | null;
  const error = body?.error;
  return new ApiError(
    response.status,
    error?.code ?? `http_${response.status}`,
    error?.message ?? response.statusText,
    error?.fields ?? {},
    error?.kind,
  );
}

/**
 * Every call to the API goes through here: the caller's language, the CSRF token on changes, no cache, and a
 * failed answer thrown as an ApiError (a lost session also tells the shell, which sends the user to /login; a
 * sensitive action refused for want of a recent sign-in is sent again once the password dialog succeeds).
 */
async function apiFetch(input: RequestInfo | URL, init: RequestInit = {}, retried = false): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  headers.set('Accept-Language', toLocale(readCookie(LOCALE_COOKIE)));
  const method = init.method ?? 'GET';
  if (method !== 'GET') {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers.set('x-csrf-token', csrf);
  }
  let response: Response;
  try {
    response = await fetch(withoutEmptyParams(input), {
      ...init,
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    throw new ApiError(0, 'network', 'Network error');
  }
  if (!response.ok) {
    const error = await toApiError(response);
    // Only a lost session: a refused sign-in (`auth.invalid_credentials`) is a 401 too.
    if (error.code === 'common.unauthenticated' && typeof window !== 'undefined') {
      window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
    }
    if (await retriedAfterReauthentication(error, retried)) return apiFetch(input, init, true);
    throw error;
  }
  return response;
}

/** Empty filters (`?q=&kind=`) never reach the API, whichever way the URL was built. */
function withoutEmptyParams(input: RequestInfo | URL): RequestInfo | URL {
  if (typeof input !== 'string' || !input.includes('?')) return input;
  const [path, search] = input.split('?', 2);
  const params = new URLSearchParams(search);
  for (const [key, value] of [...params])
    if (value === '' || value === 'null' || value === 'undefined') params.delete(key);
  const rest = params.toString();
  return rest ? `${path}?${rest}` : path;
}

/** The client generated from the API's OpenAPI description (npm run api:generate), over apiFetch. */
export const client = new Api({ customFetch: apiFetch });

/** The body of a generated call: `await call(client.organisations.organisationsGet({ id }, { signal }))`. */
export async function call<T>(pending: Promise<HttpResponse<T, unknown>>): Promise<T> {
  return (await pending).data;
}

async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  query?: Query,
  signal?: AbortSignal,
): Promise<T> {
  const response = await apiFetch(apiUrl(path, query), {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/**
 * A file from the API saved by the browser: fetched (so a sensitive export can ask for the password first), then
 * handed over as a download under `fileName`.
 */
export async function download(path: string, fileName: string, query?: Query): Promise<void> {
  const response = await apiFetch(apiUrl(path, query));
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, undefined, query, signal),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};
