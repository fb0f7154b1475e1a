import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RondomError } from '../errors.ts';

/**
 * Browser features Rondom never uses, switched off for the page and anything it might embed: a script that
 * slips in cannot reach the camera, the microphone, the location, payments or attached devices.
 */
export const permissionsPolicy = [
  'accelerometer', 'autoplay', 'browsing-topics', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'hid',
  'idle-detection', 'magnetometer', 'microphone', 'midi', 'payment', 'screen-wake-lock', 'serial', 'usb', 'xr-spatial-tracking',
].map((feature) => `${feature}=()`).join(', ');

export function addPermissionsPolicy(app: FastifyInstance) {
  // onSend: every answer, problems and the web app's files included.
  app.addHook('onSend', async (_request, reply) => { reply.header('permissions-policy', permissionsPolicy); });
}

/**
 * JSON is UTF-8 (RFC 8259). A body that declares another charset would be read as UTF-8 all the same and
 * stored garbled, so it is refused before it is parsed.
 */
export function refuseForeignJsonCharsets(app: FastifyInstance) {
  app.addHook('preParsing', async (request, _reply, payload) => {
    const charset = jsonCharset(request.headers['content-type']);
    if (charset !== null && charset !== 'utf-8' && charset !== 'utf8') {
      throw new RondomError('UNSUPPORTED_CHARSET', `JSON must be sent as UTF-8, not ${charset.slice(0, 40)}`);
    }
    return payload;
  });
}

/** The declared charset of a JSON content type, lower case; null when the body is not JSON or declares none. */
export function jsonCharset(contentType: string | undefined): string | null {
  if (!contentType) return null;
  const [mediaType = '', ...parameters] = contentType.split(';');
  const type = mediaType.trim().toLowerCase();
  if (type !== 'application/json' && !(type.startsWith('application/') && type.endsWith('+json'))) return null;
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=');
    if (name.trim().toLowerCase() === 'charset') return value.trim().replace(/^"(.*)"$/, '$1').toLowerCase();
  }
  return null;
}

/**
 * Refused anonymous requests to personal-data routes are written to the audit trail, so what an anonymous
 * caller can make the server write is capped per address. Signed-in users are never held back by it.
 * Runs as soon as the session is known (onRequest, after the session plugin): before any refusal is written.
 */
export function limitAnonymousRequests(app: FastifyInstance, perMinute: number) {
  const limiter = app.createRateLimit({ max: perMinute, timeWindow: 60_000 });
  return async (request: FastifyRequest) => {
    if (request.session?.userId || !request.url.startsWith('/api/')) return;
    const result = await limiter(request);
    if (!result.isAllowed && result.isExceeded) throw new RondomError('RATE_LIMITED', 'Too many requests without a session from this address; wait a minute');
  };
}
