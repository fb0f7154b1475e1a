import { sql } from 'kysely';

/**
 * Since when the professionals know a child: the later of its membership start (often its birth) and the
 * first day anyone was involved with the household (or its registration). "Out of view for 4,000 days,
 * since birth" would be noise, not a signal.
 */
export const knownSince = sql<string>`greatest(m.since, least(
  (SELECT h.created_at::date FROM households h WHERE h.id = m.household_id),
  (SELECT min(i.since) FROM involvements i WHERE i.household_id = m.household_id)))`.as('known_since');
