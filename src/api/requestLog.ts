import type { FastifyRequest } from 'fastify';

/**
 * What a request log line (RONDOM_LOG) says about a request. Never the query string: the privacy officer's
 * search (`?bsn=`, `?lastName=&birthDate=`) and the family list's (`?q=`) carry personal data there. Never
 * cookies or other headers either. The address is `request.ip`: the client's own only behind a proxy named in
 * RONDOM_TRUST_PROXY, otherwise whoever opened the connection, so a client cannot write its own.
 */
export function requestLogFields(request: FastifyRequest) {
  const query = request.url.indexOf('?');
  return {
    id: request.id,
    method: request.method,
    path: query === -1 ? request.url : request.url.slice(0, query),
    route: request.routeOptions?.url,
    remoteAddress: request.ip,
  };
}
