/** Stable error codes; the web app maps each to a Dutch and English message. */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  LOGIN_FAILED: 401,
  TOTP_REQUIRED: 401,
  TOTP_INVALID: 401,
  CSRF_INVALID: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  SECOND_FACTOR_SETUP_REQUIRED: 403,
  FORBIDDEN: 403,
  ACCOUNT_DEACTIVATED: 403,
  REGISSEUR_DECIDES: 403,
  // Who may change who leads, end an involvement or close an alert (src/domain/governance.ts):
  ONLY_REGISSEUR_CHANGES_DIRECTION: 403,
  DIRECTION_WITH_CERTIFIED_INSTITUTION: 403,
  NOT_YOURS_TO_END: 403,
  ONLY_REGISSEUR_ACKNOWLEDGES: 403,
  PROPOSAL_NOT_YOURS_TO_DECIDE: 403,
  FOUR_EYES_REQUIRED: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  DIRECTION_ALREADY_HELD: 409,
  NO_CURRENT_DIRECTION: 409,
  ALREADY_EXISTS: 409,
  REGISSEUR_MUST_HAND_OVER: 409,
  NOT_ON_OWN_ACCOUNT: 409,
  EMAIL_CHANGED_BY_OWNER: 409,
  ALREADY_ACTIVATED: 409,
  ACTIVATION_VIA_IDENTITY_PROVIDER: 409,
  TEAM_NOT_EMPTY: 409,
  TOKEN_INVALID: 410,
  DIRECTION_REQUIRES_INVOLVEMENT: 422,
  NOT_A_MEMBER: 422,
  INVALID_REFERENCE: 422,
  IDENTITY_PROVIDER_UNREACHABLE: 422,
  EXPORT_TOO_LARGE: 422,
  PASSWORD_INCORRECT: 422,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  // The connection and the request itself (http hygiene):
  INSECURE_CONNECTION: 400,
  REQUEST_TIMEOUT: 408,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_CHARSET: 415,
  UNSUPPORTED_MEDIA_TYPE: 415,
  HEADERS_TOO_LARGE: 431,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface FieldProblem { path: string; message: string }

/**
 * What a refused attempt was aimed at, for the audit trail (NEN 7513 logs refusals too). Set on the
 * errors that access checks throw; the error handler records them (see src/api/refusals.ts).
 */
export interface RefusalSubject { householdIds?: string[]; personIds?: string[]; details?: Record<string, unknown> }

export class RondomError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
    /** Structured values the web app needs to word the message in Dutch or English. */
    readonly params: Record<string, string | number> = {},
    /** Present when an access check refused the request: the refusal is then logged. */
    readonly refusal?: RefusalSubject,
  ) {
    super(message);
    this.name = 'RondomError';
    this.status = errorStatus[code];
  }
}

export const notFound = (what = 'Resource') => new RondomError('NOT_FOUND', `${what} not found`);
