import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { errorStatus, RondomError, type ErrorCode, type FieldProblem } from '../errors.ts';
import type { Problem } from './contract.ts';

/** The one place where errors become application/problem+json with a stable code. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const problem = toProblem(error);
  if (problem.status >= 500) request.log.error(error);
  if (problem.code === 'RATE_LIMITED' || problem.code === 'ACCOUNT_LOCKED') reply.header('retry-after', '60');
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

function toProblem(error: unknown): Problem {
  if (error instanceof RondomError) return { ...make(error.status, error.code, error.message, error.fields), ...(Object.keys(error.params).length ? { params: error.params } : {}) };
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((issue): FieldProblem => {
      const keys = (issue.params as { keys?: string[] } | undefined)?.keys;
      const path = keys?.length ? keys.join(',') : issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
      return { path: path || (error.validationContext ?? 'body'), message: issue.message ?? 'Invalid value' };
    });
    return make(400, 'VALIDATION_FAILED', 'The request has invalid or unknown fields', errors);
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.code?.startsWith('FST_CSRF')) return make(403, 'CSRF_INVALID', 'Missing or invalid CSRF token');
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return problemOf('BODY_TOO_LARGE', 'The request body is larger than the server accepts');
  if (fastifyError.statusCode === 415) return problemOf('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json');
  if (fastifyError.statusCode === 429) return make(429, 'RATE_LIMITED', 'Too many attempts; wait a minute');
  if (fastifyError.statusCode && fastifyError.statusCode < 500) {
    return make(fastifyError.statusCode, fastifyError.statusCode === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', fastifyError.message);
  }
  return make(500, 'INTERNAL', 'Something went wrong on our side; nothing was saved');
}

function make(status: number, code: string, detail: string, errors: FieldProblem[] = []): Problem {
  return { type: `https://rondom.test/problems/${code.toLowerCase()}`, title: code, status, code, detail, ...(errors.length ? { errors } : {}) };
}

/** The problem for a stable code, also where no Fastify reply exists (errors of the HTTP parser, clientError.ts). */
export const problemOf = (code: ErrorCode | 'BAD_REQUEST', detail: string): Problem => make(code === 'BAD_REQUEST' ? 400 : errorStatus[code], code, detail);
