import { createHmac } from 'node:crypto';

/** The only stored form of a citizen number: a keyed hash (HMAC-SHA256), usable for matching, not reversible without the key. */
export function hashBsn(key: string, bsn: string): string {
  return createHmac('sha256', key).update(bsn).digest('hex');
}
