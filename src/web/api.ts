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

/** A random uuid (v4); crypto.randomUUID only exists on HTTPS and localhost, getRandomValues everywhere. */
function newViewId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Which page view (or action) a request belongs to. One page asks the API several things, and the audit log
 * shows the privacy officer one row per page view instead of one per call: every request carries this id.
 * A new page starts a new view, and so does every change (the reloads it causes belong to the change).
 */
let view = { id: newViewId(), path: window.location.pathname };
function viewIdFor(method: Method): string {
  const path = window.location.pathname;
  if (method !== 'GET' || path !== view.path) view = { id: newViewId(), path };
  return view.id;
}

export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json', 'x-rondom-view': viewIdFor(method) };
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
