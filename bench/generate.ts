/**
 * Builds the synthetic region in a fresh PostgreSQL database: the app's own migrations first, then every
 * table filled with set-based SQL (INSERT … SELECT generate_series), so 50,000 households load in seconds.
 * Ids are deterministic (md5 of a prefix and a number, shaped as a v4 uuid), which lets one statement refer to the
 * rows of another without lookups.
 */
import pg from 'pg';
import { hashPassword } from '../src/api/auth/passwords.ts';
import { openDatabase } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { organisationKinds } from '../src/domain/roles.ts';
import { databaseUrl, type BenchConfig } from './config.ts';
import { timedSteps } from './stats.ts';

export const benchPassword = 'bench-password-not-secret';
export const userEmail = (n: number) => `prof${n}@bench.rondom.test`;

const list = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`;
/** A random element of a SQL array literal. */
const pick = (values: readonly string[]) => `(${list(values)})[1 + floor(random() * ${values.length})::int]`;
/** The n-th element (n an SQL integer expression), stable. */
const nth = (values: readonly string[], n: string) => `(${list(values)})[1 + ((${n}) % ${values.length})]`;

const lastNames = ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer',
  'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra',
  'Smits', 'de Graaf', 'van der Meer', 'Yilmaz', 'El Amrani', 'Kaya', 'Demir', 'Boukhari', 'Pinas', 'Koster', 'Willems', 'Verhoeven'];
const childNames = ['Emma', 'Noah', 'Julia', 'Liam', 'Mila', 'Luca', 'Sophie', 'Sem', 'Tess', 'Daan', 'Zoë', 'Levi', 'Sara', 'Finn',
  'Nora', 'Milan', 'Yara', 'Adam', 'Lotte', 'Mohammed', 'Fenna', 'Bram', 'Amira', 'Jesse', 'Lina', 'Ayoub', 'Eva', 'Thijs'];
const adultNames = ['Sandra', 'Mark', 'Linda', 'Peter', 'Esther', 'Dennis', 'Monique', 'Jeroen', 'Fatima', 'Hasan', 'Ilse', 'Rob',
  'Karin', 'Erik', 'Samira', 'Mustafa', 'Wendy', 'Patrick', 'Naima', 'Kevin', 'Marieke', 'Sjoerd'];
const schools = ['Basisschool De Regenboog', 'OBS Het Kompas', 'CBS De Wegwijzer', 'Montessorischool Rondeel', 'SBO De Brug',
  'Rondeel College', 'Vakcollege Rondeel', 'Kinderopvang Ukkepuk'];
const municipalities = ['Rondeel', 'Rondeel', 'Rondeel', 'Oosterwaard', 'Westerkamp', 'Zuiderveen'];
const streets = ['Dorpsstraat', 'Kerkstraat', 'Schoolstraat', 'Molenweg', 'Stationsweg', 'Julianalaan', 'Beatrixstraat', 'Lindenlaan',
  'Eikenlaan', 'Parkweg', 'Havenkade', 'Vlierhof'];
const reasons = ['Zorgen over veiligheid na melding Veilig Thuis', 'Schoolverzuim', 'Opvoedondersteuning', 'Schulden en huurachterstand',
  'Ambulante jeugdhulp', 'GGZ-behandeling ouder', 'Nazorg na crisisplaatsing', 'Huiselijk geweld', 'Verslavingszorg',
  'Jeugdbescherming (OTS)', 'Huisvesting na uitzetting'];
const domains = ['child_safety', 'parenting', 'education', 'health', 'mental_health', 'addiction', 'domestic_violence', 'finances',
  'housing', 'justice', 'other'];
const relations = ['oma', 'opa', 'tante', 'oom', 'buurvrouw', 'buurman', 'vriendin van moeder', 'voetbaltrainer', 'peetoom', 'juf'];
const doesWhat = ['Haalt de kinderen op van school', 'Vangt de kinderen op in het weekend', 'Luistert en belt dagelijks',
  'Helpt met de administratie', 'Kookt op woensdag', ''];
const mandates = ['Regie namens het wijkteam, afgesproken in het gezinsoverleg', 'Regie in het kader van de OTS',
  'Regie na crisisplaatsing; afgestemd met Veilig Thuis', 'Regie bij ouder met steun van het wijkteam'];

export interface GenerateResult { seconds: number; counts: Record<string, number> }

/** Drops and recreates the bench database, migrates it and fills it. */
export async function generate(config: BenchConfig, log: (line: string) => void): Promise<GenerateResult> {
  const started = performance.now();
  if (!/^[a-z_][a-z0-9_]*$/.test(config.database) || config.database === 'test' || config.database === 'postgres') {
    throw new Error(`refusing to use database ${config.database}`);
  }
  const admin = new pg.Client({ connectionString: databaseUrl(config, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${config.database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${config.database}`);
  await admin.end();

  const handle = await openDatabase({ kind: 'postgres', url: databaseUrl(config), poolSize: 2 });
  await migrate(handle);
  await handle.close();

  const H = config.households;
  const P = Math.max(config.persons, 2 * H);
  const U = config.professionals;
  const O = config.organisations;
  const passwordHash = await hashPassword(benchPassword);

  const client = new pg.Client({ connectionString: databaseUrl(config) });
  await client.connect();
  const { step } = timedSteps(client, log);
  // Only this loading session; the benchmark itself runs with the server's settings.
  await client.query(`SET synchronous_commit = off; SET maintenance_work_mem = '256MB'; SET work_mem = '64MB'; SELECT setseed(0.42)`);
  // Deterministic ids shaped as version-4 UUIDs (the API validates ids as RFC 9562 UUIDs). A temporary
  // function, so the bench database keeps exactly the app's schema.
  await client.query(`CREATE FUNCTION pg_temp.bid(key text) RETURNS uuid IMMUTABLE LANGUAGE sql
    AS $$ SELECT overlay(overlay(md5(key) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`);

  const org = (n: string) => `pg_temp.bid('o' || (${n}))`;
  const user = (n: string) => `pg_temp.bid('u' || (${n}))`;
  const household = (n: string) => `pg_temp.bid('h' || (${n}))`;
  const person = (n: string) => `pg_temp.bid('p' || (${n}))`;
  /** The organisation of professional u (1-based). */
  const orgOfUser = (u: string) => `(((${u}) - 1) % ${O}) + 1`;
  /** The professional who registered household h, always involved in it. */
  const firstUserOf = (h: string) => `(1 + ((${h})::bigint * 7919 % ${U}))`;

  await step('organisations, teams', `
    INSERT INTO organisations (id, name, kind, municipality, offers, phone, email)
    SELECT ${org('o')}, ${nth(organisationKinds, 'o - 1')} || ' ' || ${nth(municipalities, 'o')} || ' ' || o, ${nth(organisationKinds, 'o - 1')},
           ${nth(municipalities, 'o')}, ARRAY['ambulante hulp'], '088-' || lpad(o::text, 7, '0'), 'info' || o || '@org.bench.test'
    FROM generate_series(1, ${O}) o;
    INSERT INTO teams (id, organisation_id, name)
    SELECT pg_temp.bid('t' || t), ${org(`((t - 1) / 2) + 1`)}, 'Team ' || t FROM generate_series(1, ${O * 2}) t;`);

  await step('professionals', `
    INSERT INTO users (id, email, name, organisation_id, team_id, roles, phone, password_hash, activated_at)
    SELECT ${user('u')}, 'prof' || u || '@bench.rondom.test', ${nth(adultNames, 'u * 7')} || ' ' || ${nth(lastNames, 'u * 13')},
           ${org(orgOfUser('u'))}, pg_temp.bid('t' || ((${orgOfUser('u')} - 1) * 2 + 1 + (u / ${O}) % 2)),
           CASE WHEN u % 25 = 0 THEN ARRAY['professional', 'team_lead'] ELSE ARRAY['professional'] END,
           '06-' || lpad(u::text, 8, '0'), '${passwordHash}', now()
    FROM generate_series(1, ${U}) u;`);

  await step('households', `
    INSERT INTO households (id, name, municipality, status, escalation_level, created_by, created_at, updated_at)
    SELECT ${household('h')}, 'Gezin ' || ${nth(lastNames, 'h')} || ' (' || h || ')', ${nth(municipalities, 'h * 3')},
           CASE WHEN random() < 0.06 THEN 'closed' ELSE 'active' END,
           CASE WHEN random() < 0.8 THEN 'voluntary' ELSE 'mandated' END,
           ${user(firstUserOf('h'))}, now() - random() * interval '1500 days', now() - random() * interval '100 days'
    FROM generate_series(1, ${H}) h;`);

  // Person i: 1..H the first adult of household i, H+1..2H a child of household i-H, the rest spread at
  // random (70 % children) — households of 2 to ~10 people, 4 on average.
  await step('persons', `
    CREATE TEMP TABLE people AS
    SELECT i, hh, kind,
           CASE WHEN kind = 'child' THEN current_date - (365 * 0.3 + random() * 365 * 17.5)::int
                ELSE current_date - (365 * 21 + random() * 365 * 35)::int END AS birth_date
    FROM (SELECT i,
                 CASE WHEN i <= ${H} THEN i WHEN i <= ${2 * H} THEN i - ${H} ELSE 1 + floor(random() * ${H})::int END AS hh,
                 CASE WHEN i <= ${H} THEN 'adult' WHEN i <= ${2 * H} THEN 'child' WHEN random() < 0.7 THEN 'child' ELSE 'adult' END AS kind
          FROM generate_series(1, ${P}) i) s;
    INSERT INTO persons (id, first_name, last_name, birth_date, bsn_hash, bsn_last3, school)
    SELECT ${person('i')},
           CASE WHEN kind = 'child' THEN ${pick(childNames)} ELSE ${pick(adultNames)} END,
           CASE WHEN random() < 0.8 THEN ${nth(lastNames, 'hh')} ELSE ${pick(lastNames)} END,
           birth_date,
           CASE WHEN random() < 0.75 THEN encode(sha256(('bsn' || i)::bytea), 'hex') END,
           CASE WHEN random() < 0.75 THEN lpad((i % 1000)::text, 3, '0') END,
           CASE WHEN kind = 'child' AND birth_date < current_date - 365 * 2 THEN ${pick(schools)} END
    FROM people;`);

  await step('memberships', `
    INSERT INTO household_members (household_id, id, person_id, role, relation, since, until)
    SELECT ${household('hh')}, pg_temp.bid('m' || i), ${person('i')},
           CASE WHEN kind = 'child' THEN 'child' WHEN i <= ${H} THEN 'parent' ELSE (ARRAY['parent', 'parent', 'caregiver', 'other'])[1 + floor(random() * 4)::int] END,
           CASE WHEN kind = 'child' THEN NULL WHEN i <= ${H} THEN 'moeder' ELSE ${pick(['vader', 'stiefvader', 'partner van moeder', 'oma', 'pleegouder'])} END,
           greatest(birth_date, current_date - 3000 + (random() * 2000)::int), CASE WHEN i > ${2 * H} AND random() < 0.06 THEN current_date - (random() * 300)::int END
    FROM people;
    -- Some children moved here from another household: a former membership there.
    INSERT INTO household_members (household_id, id, person_id, role, relation, since, until)
    SELECT ${household(`1 + ((hh + 7 * i) % ${H})`)}, pg_temp.bid('mx' || i), ${person('i')}, 'child', NULL,
           birth_date, least(current_date - 400, birth_date + 500)
    FROM people WHERE kind = 'child' AND i % 40 = 0 AND birth_date < current_date - 800;`);

  await step('addresses', `
    INSERT INTO household_addresses (household_id, id, street, postcode, city, municipality, valid_from, valid_until)
    SELECT ${household('h')}, pg_temp.bid('a' || h || '-' || j), ${pick(streets)} || ' ' || (1 + floor(random() * 180)::int),
           (1000 + floor(random() * 8999)::int) || ' ' || chr(65 + floor(random() * 26)::int) || chr(65 + floor(random() * 26)::int),
           ${nth(municipalities, 'h * 3')}, ${nth(municipalities, 'h * 3')},
           current_date - (n - j + 1) * 500, CASE WHEN j < n THEN current_date - (n - j) * 500 END
    FROM (SELECT h, 1 + (random() < 0.3)::int + (random() < 0.1)::int AS n FROM generate_series(1, ${H}) h) s,
         generate_series(1, s.n) j;`);

  // 1 to 5 involvements per household (3 on average); the first by the professional who registered the
  // family, the others at random over all professionals; a quarter of the later ones have ended.
  await step('involvements', `
    INSERT INTO involvements (household_id, id, user_id, organisation_id, person_id, reason, domain, since, until, created_by)
    SELECT ${household('h')}, pg_temp.bid('i' || h || '-' || j), ${user('uu')}, ${org(orgOfUser('uu'))},
           CASE WHEN random() < 0.4 THEN ${person(`${H} + h`)} END,
           ${pick(reasons)}, ${pick(domains)}, since,
           CASE WHEN j > 1 AND random() < 0.25 THEN since + (30 + random() * 300)::int END,
           ${user('uu')}
    FROM (SELECT h, j, CASE WHEN j = 1 THEN ${firstUserOf('h')} ELSE 1 + floor(random() * ${U})::int END AS uu,
                 current_date - (random() * 1200)::int - 330 AS since
          FROM (SELECT h, 1 + floor(random() * 5)::int AS n FROM generate_series(1, ${H}) h) s, generate_series(1, s.n) j) t
    -- at most one open involvement per professional and family (migration 0005): a second draw is dropped
    ON CONFLICT DO NOTHING;`);

  await step('network', `
    INSERT INTO network_members (household_id, id, name, relation, does_what, contact, since, until)
    SELECT ${household('h')}, pg_temp.bid('n' || h || '-' || j), ${pick(adultNames)} || ' ' || ${pick(lastNames)}, ${pick(relations)},
           ${pick(doesWhat)}, '06-' || lpad(floor(random() * 99999999)::text, 8, '0'),
           current_date - (random() * 1500)::int, CASE WHEN j > 1 AND random() < 0.15 THEN current_date - (random() * 100)::int END
    FROM (SELECT h, floor(random() * 4)::int AS n FROM generate_series(1, ${H}) h) s, generate_series(1, s.n) j;`);

  // Two thirds of the current children have someone watching their safety: the registering professional,
  // or the first person of the informal network when there is one.
  await step('safety guardians', `
    INSERT INTO safety_guardians (household_id, id, child_id, user_id, network_member_id, since, until)
    SELECT household_id, pg_temp.bid('g' || member_id::text), person_id,
           CASE WHEN network_id IS NULL OR r < 0.5 THEN ${user(firstUserOf('hh'))} END,
           CASE WHEN network_id IS NOT NULL AND r >= 0.5 THEN network_id END,
           since, NULL
    FROM (SELECT m.household_id, m.id AS member_id, m.person_id, m.since, p.hh, n.id AS network_id, random() AS r
          FROM people p
          JOIN household_members m ON m.id = pg_temp.bid('m' || p.i) AND m.household_id = ${household('p.hh')}
          LEFT JOIN network_members n ON n.household_id = m.household_id AND n.id = pg_temp.bid('n' || p.hh || '-1')
          WHERE p.kind = 'child' AND m.until IS NULL) s
    WHERE random() < 0.67;`);

  // 60 % of households have a regisseur; a fifth of those took over from an earlier one (with a note);
  // one in twenty regisseurs is a parent supported by a professional.
  await step('directions', `
    CREATE TEMP TABLE led AS SELECT h, random() < 0.2 AS handed_over, random() < 0.05 AS by_parent FROM generate_series(1, ${H}) h WHERE random() < 0.6;
    INSERT INTO directions (household_id, id, user_id, person_id, supported_by_user_id, mandate, since, until, handover_note, assigned_by)
    SELECT ${household('h')}, pg_temp.bid('d' || h || '-1'), ${user(`1 + (h * 31 % ${U})`)}, NULL, NULL, ${pick(mandates)},
           now() - interval '900 days', now() - interval '300 days' + random() * interval '200 days', 'Overdracht na verhuizing / wisseling van hulpverlener',
           ${user(firstUserOf('h'))}
    FROM led WHERE handed_over;
    INSERT INTO directions (household_id, id, user_id, person_id, supported_by_user_id, mandate, since, until, handover_note, assigned_by)
    SELECT ${household('h')}, pg_temp.bid('d' || h || '-2'),
           CASE WHEN by_parent THEN NULL ELSE ${user(firstUserOf('h'))} END,
           CASE WHEN by_parent THEN ${person('h')} END,
           CASE WHEN by_parent THEN ${user(firstUserOf('h'))} END,
           ${pick(mandates)}, now() - random() * interval '90 days', NULL, NULL, ${user(firstUserOf('h'))}
    FROM led;`);

  await step('vacuum analyze', 'VACUUM (ANALYZE)');

  const counts: Record<string, number> = {};
  for (const table of ['organisations', 'users', 'households', 'persons', 'household_members', 'household_addresses', 'involvements',
    'network_members', 'safety_guardians', 'directions']) {
    const result = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`);
    counts[table] = Number(result.rows[0]!.n);
  }
  await client.end();
  return { seconds: (performance.now() - started) / 1000, counts };
}
