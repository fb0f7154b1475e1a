import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { ErrorCode } from '../errors.ts';
import { permissionsPolicy } from './hygiene.ts';
import { problemOf } from './problem.ts';

/**
 * Errors of Node's HTTP parser (headers too large, a request that never finished, malformed HTTP) happen
 * before Fastify has a request to answer. They are answered here, on the raw socket, as the same
 * application/problem+json with a stable code that every other error gets.
 */
export function answerClientError(this: FastifyInstance, error: NodeJS.ErrnoException, socket: Socket) {
  // A reset connection has nobody left to answer (https://nodejs.org/api/http.html#event-clienterror).
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [code, detail]: [ErrorCode | 'BAD_REQUEST', string] =
    error.code === 'HPE_HEADER_OVERFLOW' ? ['HEADERS_TOO_LARGE', 'The request headers are larger than the server accepts (often too many or too large cookies)']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? ['REQUEST_TIMEOUT', 'The request did not arrive in time']
        : ['BAD_REQUEST', 'The request is not valid HTTP'];
  const problem = problemOf(code, detail);
  this.log.debug({ err: error }, `client error ${problem.status}`);
  if (socket.writable) {
    const body = JSON.stringify(problem);
    socket.write([
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}`, 'Content-Type: application/problem+json; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`, 'Cache-Control: no-store', 'X-Content-Type-Options: nosniff',
      `Permissions-Policy: ${permissionsPolicy}`, 'Connection: close', '', body,
    ].join('\r\n'));
  }
  socket.destroy(error);
}
