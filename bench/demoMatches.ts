/**
 * The matches of the demo's district-team professional (Anouk Jansen, Sociaal Wijkteam Rondeel-Noord), counted on a
 * fresh demo region in an in-memory embedded database (issue 7):
 *  - `stored`: match rows about her that are not expired — what the list showed before matches were folded;
 *  - `withColleague`: of those, the ones with a professional who is also involved in a household the person belongs to;
 *  - `pairs`: distinct (her person, other professional) among the stored rows;
 *  - `listed`: what GET /matches lists now (the query and the domain rule the route uses), with the folded family
 *    matches and, per listed match, its kind.
 * Run alone with `npx tsx bench/demoMatches.ts`; takes about a minute (the demo loads a few hundred households).
 */
import { sql } from 'kysely';
import { firstLoginEmail } from '../src/cli/demo/region.ts';
import { loadDemoRegion } from '../src/cli/demo/loadDemoRegion.ts';
import { openDatabase } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { contextFrom, matchesOf } from '../src/db/queries/matching.ts';
import { listedMatches } from '../src/domain/matching.ts';

const handle = await openDatabase({ kind: 'embedded' });
try {
  await migrate(handle);
  await loadDemoRegion(handle.db, { password: 'demo', passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA', bsnKey: 'demo-matches-bsn-key' });
  const user = await handle.db.selectFrom('users').select(['id', 'name']).where('email', '=', firstLoginEmail).executeTakeFirstOrThrow();
  const [stored] = (await sql<{ stored: number; with_colleague: number; pairs: number; person: number; family: number }>`
    WITH mine AS (
      SELECT m.id, m.basis, me.person_id AS my_person, me.id AS my_entry, th.person_id AS their_person, th.user_id AS their_user
      FROM matches m
      JOIN match_entries me ON me.id = CASE WHEN m.user_a = ${user.id} THEN m.entry_a ELSE m.entry_b END
      JOIN match_entries th ON th.id = CASE WHEN m.user_a = ${user.id} THEN m.entry_b ELSE m.entry_a END
      WHERE ${user.id} IN (m.user_a, m.user_b) AND me.expires_on > current_date AND th.expires_on > current_date)
    SELECT count(*)::int AS stored,
      count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM household_members hm
        JOIN involvements i1 ON i1.household_id = hm.household_id AND i1.user_id = ${user.id} AND (i1.until IS NULL OR i1.until > current_date)
        JOIN involvements i2 ON i2.household_id = hm.household_id AND i2.user_id = mine.their_user AND (i2.until IS NULL OR i2.until > current_date)
        WHERE hm.person_id IN (mine.my_person, mine.their_person) AND hm.until IS NULL))::int AS with_colleague,
      count(DISTINCT (my_entry, their_user))::int AS pairs,
      count(*) FILTER (WHERE basis = 'person')::int AS person, count(*) FILTER (WHERE basis = 'family')::int AS family
    FROM mine`.execute(handle.db)).rows;
  // What the list shows now: the route's query and the domain rule.
  const listed = await handle.db.transaction().execute(async (tx) => {
    const rows = await matchesOf(tx, user.id);
    return listedMatches(rows, contextFrom(rows.map((row) => row.facts)));
  });
  const nameOf = async (personId: string) => (await handle.db.selectFrom('persons').select(['first_name', 'last_name']).where('id', '=', personId).executeTakeFirstOrThrow());
  const shown = await Promise.all(listed.map(async ({ match, folded }) => {
    const person = await nameOf(match.mine.personId);
    const household = await handle.db.selectFrom('households').select('name').where('id', '=', match.mine.householdId).executeTakeFirstOrThrow();
    return { about: `${person.first_name} ${person.last_name} (${household.name})`, with: `${match.other.name} (${match.other.organisationName})`, basis: match.basis, folded: folded.map((m) => m.basis) };
  }));
  // The whole region: every stored match by kind.
  const region = (await sql<{ basis: string; households: string; n: number }>`
    SELECT m.basis, CASE WHEN a.household_id = b.household_id THEN 'same household' ELSE 'two households' END AS households, count(*)::int AS n
    FROM matches m JOIN match_entries a ON a.id = m.entry_a JOIN match_entries b ON b.id = m.entry_b GROUP BY 1, 2 ORDER BY 1, 2`.execute(handle.db)).rows;
  console.log(JSON.stringify({ user: user.name, ...stored, listed: shown.length, shown, region }, null, 2));
} finally {
  await handle.close();
}
