import type { DirectionHolder } from './direction.ts';

/**
 * A child's earlier history follows it into another family only when the earlier family's regisseur
 * agrees: typing a citizen number must never be enough. These are the rules of that decision.
 */

/** Only the regisseur decides (for a family member who leads, the professional who supports them). */
export function decidesHistoryRequests(holder: DirectionHolder | null, userId: string): boolean {
  if (!holder) return false;
  return holder.kind === 'user' ? holder.userId === userId : holder.supportedByUserId === userId;
}

/**
 * How far the earlier family's records go with the child: up to the day it left (when it has), and never
 * beyond the day of the decision — what the earlier family records later stays with it.
 */
export function historyCutOff(leftOn: string | null, today: string): string {
  return leftOn !== null && leftOn < today ? leftOn : today;
}

export type RequestStatus = 'pending' | 'accepted' | 'declined';

/**
 * What the family that asked sees of one request, over every earlier family it went to (possibly none):
 * accepted once any regisseur accepted; declined once every one that decided declined and none is left
 * pending; pending otherwise. A request that found no earlier family looks pending, like one still waiting.
 */
export function requestOutcome(statuses: readonly RequestStatus[]): RequestStatus {
  if (statuses.includes('accepted')) return 'accepted';
  if (statuses.length > 0 && statuses.every((status) => status === 'declined')) return 'declined';
  return 'pending';
}
