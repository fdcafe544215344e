import { LOCALE_COOKIE, toLocale } from './i18n/config';

/** The error shape of the API contract: `{ error: { code, message, fields? } }`. */
export type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldErrors = {},
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
 * accepted it. A sensitive action answered 403 `reauthentication_required` is then sent again, once.
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
  return error.code === 'reauthentication_required' && !retried && reauthenticate !== null && (await reauthenticate());
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
    error?: { code?: string; message?: string; fields?: FieldErrors };
  } | null;
  const error = body?.error;
  return new ApiError(
    response.status,
    error?.code ?? `http_${response.status}`,
    error?.message ?? response.statusText,
    error?.fields ?? {},
  );
}

async function request<T>(method: string, path: string, body?: unknown, query?: Query, signal?: AbortSignal, retried = false): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': toLocale(readCookie(LOCALE_COOKIE)),
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers['x-csrf-token'] = csrf;
  }

  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'network', 'Network error');
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (error.code === 'unauthenticated' && typeof window !== 'undefined') {
      window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
    }
    if (await retriedAfterReauthentication(error, retried)) return request<T>(method, path, body, query, signal, true);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/**
 * A file from the API saved by the browser: fetched (so a sensitive export can ask for the password first), then
 * handed over as a download under `fileName`.
 */
export async function download(path: string, fileName: string, query?: Query, retried = false): Promise<void> {
  const response = await fetch(apiUrl(path, query), { credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) {
    const error = await toApiError(response);
    if (await retriedAfterReauthentication(error, retried)) return download(path, fileName, query, true);
    throw error;
  }
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
