/**
 * The one way the web app talks to the API: same origin, JSON, the CSRF token on every state-changing
 * request, and problem+json answers turned into an ApiError with the stable code.
 */
import type { Problem } from '../api/contract.ts';

export interface FieldError { path: string; message: string }

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly fields: FieldError[] = [],
    /** Stable facts for the message (e.g. `name` of the current regisseur, `minutes` of a lockout). */
    readonly params: Record<string, string | number> = {},
  ) {
    super(detail || code);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;
let onPasswordChangeRequired: (() => void) | null = null;
let onSecondFactorSetupRequired: (() => void) | null = null;

export const setCsrfToken = (token: string | null) => { csrfToken = token; };
export const whenUnauthenticated = (handler: () => void) => { onUnauthenticated = handler; };
/** Until the start password is replaced, the server refuses everything else; the app then shows only the password page. */
export const whenPasswordChangeRequired = (handler: () => void) => { onPasswordChangeRequired = handler; };
/** Likewise until a second factor the account needs is set up: the app then shows only the page that sets it up. */
export const whenSecondFactorSetupRequired = (handler: () => void) => { onSecondFactorSetupRequired = handler; };

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'The server could not be reached');
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = (payload ?? {}) as Partial<Problem>;
    const error = new ApiError(response.status, problem.code ?? 'INTERNAL', problem.detail ?? '', problem.errors ?? [], problem.params ?? {});
    if (error.code === 'UNAUTHENTICATED' && onUnauthenticated) onUnauthenticated();
    if (error.code === 'PASSWORD_CHANGE_REQUIRED' && onPasswordChangeRequired) onPasswordChangeRequired();
    if (error.code === 'SECOND_FACTOR_SETUP_REQUIRED' && onSecondFactorSetupRequired) onSecondFactorSetupRequired();
    throw error;
  }
  return payload as T;
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body: unknown) => api<T>('POST', path, body);
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, body);
