import { isIP } from 'node:net';
import { SettingError, setting, type Environment } from '../settings.ts';

/** The named ranges Fastify's proxy-addr understands besides addresses. */
const namedRanges = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * RONDOM_TRUST_PROXY: false when unset or empty, otherwise the comma-separated proxies as Fastify takes them.
 * Checked here so that `true` or `*` (which trust nothing the way Fastify reads a string) are refused with an
 * explanation instead of failing inside Fastify with a stack trace.
 */
export function trustProxyFrom(env: Environment): false | string {
  const value = setting(env, 'RONDOM_TRUST_PROXY');
  if (value === undefined) return false;
  const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const wrong = entries.find((entry) => !isProxyEntry(entry));
  if (wrong !== undefined || entries.length === 0) {
    throw new SettingError('RONDOM_TRUST_PROXY', [
      `RONDOM_TRUST_PROXY must list the proxies in front of Rondom whose X-Forwarded-For it may believe: IP addresses or ranges separated by commas`,
      `(for example 127.0.0.1 or 10.0.0.0/8,127.0.0.1) or loopback; "${wrong ?? value}" is not one. Leave it out when there is no proxy in front.`,
    ].join(' '));
  }
  return entries.join(',');
}

function isProxyEntry(entry: string): boolean {
  if (namedRanges.has(entry)) return true;
  const slash = entry.lastIndexOf('/');
  const address = slash === -1 ? entry : entry.slice(0, slash);
  const kind = isIP(address);
  if (kind === 0) return false;
  if (slash === -1) return true;
  const range = entry.slice(slash + 1);
  if (/^\d+$/.test(range)) return Number(range) >= 1 && Number(range) <= (kind === 4 ? 32 : 128);
  return kind === 4 && isIP(range) === 4 && isContiguousMask(range);
}

/** 255.255.0.0 is a mask, 255.0.255.0 is not (proxy-addr refuses it too). */
function isContiguousMask(mask: string): boolean {
  const bits = mask.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);
  const hostBits = 0xffffffff - bits;
  return bits !== 0 && (hostBits & (hostBits + 1)) === 0;
}
