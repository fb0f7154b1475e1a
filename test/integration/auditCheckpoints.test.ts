/**
 * Cutting the end off the audit trail must not go unnoticed. Someone with full database rights can bypass
 * the triggers, delete the newest events and reset the chain heads: the chains then still link up. The
 * checkpoints published outside the database are what catches it.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readCheckpointLines } from '../../src/audit/checkpoint.ts';
import { moment } from '../../src/audit/checkpointCompare.ts';
import { createCheckpointPublisher } from '../../src/audit/checkpointPublisher.ts';
import { systemChecks } from '../../src/audit/types.ts';
import { verifyAuditChain } from '../../src/audit/verify.ts';
import { verifyCheckpoints } from '../../src/audit/verifyCheckpoints.ts';
import { audit } from '../../src/audit/write.ts';
import { committedChainHeads } from '../../src/db/queries/auditChain.ts';
import { dataFolder } from '../../src/cli/dataFolder.ts';
import { openDatabase, type DatabaseLocation } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';
import type { Database } from '../../src/db/schema.ts';
import { startAuditCheckpointSchedule } from '../../src/jobs/auditCheckpointSchedule.ts';
import { runRondom, startServer } from '../support/serverProcess.ts';
import { createPostgresDatabase, createTestDatabase, testDatabaseKind, type TestDatabase } from '../support/testDatabase.ts';

const actor = { userId: null, roles: ['system'], organisationId: null, sessionId: null, ip: null };

export async function writeEvents(db: Kysely<Database>, count: number) {
  for (let i = 0; i < count; i++) {
    await db.transaction().execute((tx) => audit(tx, actor, { action: 'organisation.create', purpose: 'administration', checks: systemChecks, details: { n: i } }));
  }
}

const highestSeq = async (db: Kysely<Database>) =>
  (await sql<{ seq: string }>`SELECT max(seq)::text AS seq FROM audit_events`.execute(db)).rows[0]!.seq;

/**
 * What a database superuser can do (the outside probe's finding): switch the triggers off for the session,
 * delete the newest events and set every chain head back to the last event still there.
 */
export async function cutOffEnd(db: Kysely<Database>, keepUpToSeq: string) {
  await db.transaction().execute(async (tx) => {
    await sql`SET LOCAL session_replication_role = replica`.execute(tx);
    await sql`DELETE FROM audit_events WHERE seq > ${keepUpToSeq}`.execute(tx);
    await sql`
      UPDATE audit_chain_head h SET seq = coalesce(last.chain_seq, 0), hash = coalesce(last.hash, 'genesis')
      FROM audit_chain_head c LEFT JOIN LATERAL (
        SELECT chain_seq, hash FROM audit_events WHERE chain = c.id ORDER BY chain_seq DESC LIMIT 1) last ON true
      WHERE c.id = h.id`.execute(tx);
  });
}

/** The message verify must give: the lowest chain that lost checkpointed events, where it was and where it is now. */
async function expectedCutMessage(db: Kysely<Database>, at: string, checkpointed: Array<{ chain: number; seq: string; hash: string }>, keepUpToSeq: string) {
  for (const head of checkpointed) {
    const reach = (await sql<{ reach: string | null }>`
      SELECT max(chain_seq)::text AS reach FROM audit_events WHERE chain = ${head.chain} AND seq <= ${keepUpToSeq}`.execute(db)).rows[0]!.reach ?? '0';
    if (reach === head.seq) continue;
    const held = reach === '0' ? `no events of chain ${head.chain}` : `chain ${head.chain} only up to #${reach}`;
    return `checkpoint of ${moment(at)} says chain ${head.chain} reached #${head.seq} (hash ${head.hash.slice(0, 12)}…), but the database holds ${held}`;
  }
  throw new Error('the cut removed no checkpointed event');
}

describe('checkpoints of the audit chains', () => {
  let database: TestDatabase;
  let db: Kysely<Database>;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.handle.db;
    dir = mkdtempSync(join(tmpdir(), 'rondom-checkpoints-'));
    await writeEvents(db, 12);
  });
  afterAll(async () => { await database.drop(); rmSync(dir, { recursive: true, force: true }); });

  it('publishes the committed heads as chained lines, and records each publication in the trail', async () => {
    const file = join(dir, 'published.jsonl');
    const publisher = createCheckpointPublisher(db, { file });
    const heads = await committedChainHeads(db);
    const first = await publisher.publish();
    const second = await publisher.publish();

    const { lines, broken } = readCheckpointLines(readFileSync(file, 'utf8'));
    expect(broken).toBeNull();
    expect(lines.map((read) => read.hash)).toEqual([first.hash, second.hash]);
    expect(first.line).toMatchObject({ n: 1, prev: 'genesis', chains: heads.chains, seq: heads.seq });
    expect(second.line).toMatchObject({ n: 2, prev: first.hash, file: first.line.file });
    expect(BigInt(second.line.seq)).toBe(BigInt(first.line.seq) + 1n); // the first publication's own event
    const recorded = await db.selectFrom('audit_events').select(['action_code', 'details']).where('action', '=', 'audit.checkpoint').orderBy('seq').execute();
    expect(recorded).toEqual([
      { action_code: 'E', details: { file: first.line.file, line: 1, lineHash: first.hash, seq: first.line.seq } },
      { action_code: 'E', details: { file: first.line.file, line: 2, lineHash: second.hash, seq: second.line.seq } },
    ]);
    expect(await verifyCheckpoints(db, file)).toMatchObject({ checkpoints: 2, errors: [], warnings: [] });
  });

  it('catches an edited line: in the middle by the file\'s chaining, the last one by the trail\'s record of it', async () => {
    const file = join(dir, 'edited.jsonl');
    const publisher = createCheckpointPublisher(db, { file });
    for (let i = 0; i < 3; i++) await publisher.publish();
    const original = readFileSync(file, 'utf8').split('\n');
    // A forger's edit: the checkpoint claims the trail was shorter than it was.
    const lower = (text: string) => text.replace(/"seq":"(\d+)","chains"/, (_, seq: string) => `"seq":"${Number(seq) - 1}","chains"`);

    writeFileSync(file, [original[0], lower(original[1]!), original[2], ''].join('\n'));
    expect((await verifyCheckpoints(db, file))!.errors).toContain(
      'the checkpoint file was changed: line 3 does not follow line 2: line 2 was changed, or lines between them were removed');

    writeFileSync(file, [original[0], original[1], lower(original[2]!), ''].join('\n'));
    const report = (await verifyCheckpoints(db, file))!;
    expect(readCheckpointLines(readFileSync(file, 'utf8')).broken).toBeNull(); // the file alone cannot tell
    expect(report.errors.join('\n')).toMatch(/the checkpoint file was changed: line 3 is not the checkpoint published at/);
  });

  it('keeps a change behind its back visible: it chains on from what it published, and after a cut-short line', async () => {
    const errors: string[] = [];
    const file = join(dir, 'behind-its-back.jsonl');
    const publisher = createCheckpointPublisher(db, { file, log: { error: (m: string) => errors.push(m) } });
    const first = await publisher.publish();
    writeFileSync(file, readFileSync(file, 'utf8').replace(first.line.at, '2026-01-01T00:00:00.000Z'));
    await publisher.publish();
    expect(errors.join('\n')).toMatch(/is not line 1 as published/);
    expect(readCheckpointLines(readFileSync(file, 'utf8')).broken).toMatch(/^line 2 does not follow line 1/);

    const cutShort = join(dir, 'cut-short.jsonl');
    await createCheckpointPublisher(db, { file: cutShort }).publish();
    writeFileSync(cutShort, `${readFileSync(cutShort, 'utf8')}{"v":1,"file":"`); // a crash in the middle of a write
    const after = await createCheckpointPublisher(db, { file: cutShort, log: { error: (m: string) => errors.push(m) } }).publish();
    expect(after.line.n).toBe(3);
    const { lines, broken } = readCheckpointLines(readFileSync(cutShort, 'utf8'));
    expect(broken).toBe('line 2 is not a checkpoint (changed, or a write was cut short)');
    expect(lines.map((read) => read.line.n)).toEqual([1, 3]);
  });

  it('warns about a copy that ends before the last publication, without failing', async () => {
    const file = join(dir, 'copied.jsonl');
    const publisher = createCheckpointPublisher(db, { file });
    await publisher.publish();
    const copy = join(dir, 'copy.jsonl');
    writeFileSync(copy, readFileSync(file));
    await publisher.publish();
    const report = (await verifyCheckpoints(db, copy))!;
    expect(report.errors).toEqual([]);
    expect(report.warnings.join('\n')).toMatch(/1 checkpoint\(s\) published to this file after its last line/);
  });

  it('publishes on a schedule that never overlaps, logs errors instead of throwing, and publishes once more at stop', async () => {
    const messages = { info: [] as string[], error: [] as string[] };
    const log = { info: (m: string) => messages.info.push(m), error: (m: string) => messages.error.push(m) };
    const file = join(dir, 'scheduled.jsonl');
    const schedule = startAuditCheckpointSchedule(createCheckpointPublisher(db, { file }), { intervalMs: 3_600_000, log });
    const [ran, skipped] = await Promise.all([schedule.runNow(), schedule.runNow()]);
    expect(ran?.line.n).toBe(1);
    expect(skipped).toBeUndefined();
    expect((await schedule.stop())?.line.n).toBe(2);
    expect(readCheckpointLines(readFileSync(file, 'utf8')).lines).toHaveLength(2);

    const unwritable = startAuditCheckpointSchedule(createCheckpointPublisher(db, { file: join(file, 'not-a-directory', 'x.jsonl') }), { intervalMs: 3_600_000, log });
    expect(await unwritable.runNow()).toBeUndefined();
    expect(messages.error.join('\n')).toMatch(/audit checkpoint could not be published/);
    await unwritable.stop();
  });

  // The embedded database runs one transaction at a time, so there an uncommitted head is never visible.
  it.runIf(testDatabaseKind === 'postgres')('never names a head that an uncommitted transaction moved', async () => {
    const before = await committedChainHeads(db);
    const rollback = new Error('roll back');
    await expect(db.transaction().execute(async (tx) => {
      await audit(tx, actor, { action: 'organisation.create', purpose: 'administration', checks: systemChecks });
      const moved = await tx.selectFrom('audit_chain_head').select(['id', 'seq']).orderBy('id').execute();
      expect(moved.map((head) => String(head.seq))).not.toEqual(before.chains.map((head) => head.seq));
      expect(await committedChainHeads(db)).toEqual(before);
      throw rollback;
    })).rejects.toBe(rollback);
  });
});

describe('a trail whose end was cut off by a superuser', () => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => { database = await createTestDatabase(); dir = mkdtempSync(join(tmpdir(), 'rondom-checkpoints-')); });
  afterAll(async () => { await database.drop(); rmSync(dir, { recursive: true, force: true }); });

  it('still links up, but no longer holds the checkpoint, and verify names the first divergence', async () => {
    const db = database.handle.db;
    await writeEvents(db, 30);
    const keep = await highestSeq(db);
    await writeEvents(db, 16);
    const file = join(dir, 'audit-checkpoints.jsonl');
    const published = await createCheckpointPublisher(db, { file }).publish();
    const expected = await expectedCutMessage(db, published.line.at, published.line.chains, keep);
    expect((await verifyCheckpoints(db, file))!.errors).toEqual([]);

    await cutOffEnd(db, keep);

    expect(await verifyAuditChain(db)).toEqual({ ok: true, events: Number(keep) }); // the finding: the chains alone look intact
    const report = (await verifyCheckpoints(db, file))!;
    expect(report.errors[0]).toBe(expected);
  });
});

describe('the chain head table', () => {
  let database: TestDatabase;
  let db: Kysely<Database>;
  beforeAll(async () => { database = await createTestDatabase(); db = database.handle.db; await writeEvents(db, 10); });
  afterAll(() => database.drop());
  afterEach(async () => expect(await verifyAuditChain(db)).toMatchObject({ ok: true }));

  const headsNow = () => db.selectFrom('audit_chain_head').selectAll().orderBy('id').execute();
  const movedChain = async () => (await headsNow()).find((head) => head.seq !== '0')!.id;

  it('refuses DELETE, INSERT and TRUNCATE', async () => {
    const before = await headsNow();
    await expect(sql`DELETE FROM audit_chain_head WHERE id = 1`.execute(db)).rejects.toThrow(/fixed rows/);
    await expect(sql`INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, 'genesis') ON CONFLICT (id) DO UPDATE SET seq = 0`.execute(db)).rejects.toThrow(/fixed rows/);
    await expect(sql`TRUNCATE audit_chain_head`.execute(db)).rejects.toThrow(/fixed rows/);
    expect(await headsNow()).toEqual(before);
  });

  it('refuses to set a head back or to change its id', async () => {
    const chain = await movedChain();
    const before = await headsNow();
    await expect(sql`UPDATE audit_chain_head SET seq = seq - 1 WHERE id = ${chain}`.execute(db)).rejects.toThrow(/only moves forward/);
    await expect(sql`UPDATE audit_chain_head SET seq = 0, hash = 'genesis' WHERE id = ${chain}`.execute(db)).rejects.toThrow(/only moves forward/);
    await expect(sql`UPDATE audit_chain_head SET id = 8 - id + 1`.execute(db)).rejects.toThrow(/keeps its id/);
    expect(await headsNow()).toEqual(before);
  });

  it('lets the writer move the heads on, and keeps audit events append-only', async () => {
    const before = await highestSeq(db);
    await writeEvents(db, 5);
    expect(BigInt(await highestSeq(db))).toBe(BigInt(before) + 5n);
    await expect(sql`DELETE FROM audit_events WHERE seq = 1`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`UPDATE audit_events SET purpose = 'x' WHERE seq = 1`.execute(db)).rejects.toThrow(/append-only/);
  });
});

describe('rondom serve publishes checkpoints and rondom audit verify holds the trail against them', () => {
  let dataDir: string;
  let databaseUrl: string | null = null;
  let dropDatabase = async () => {};
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'rondom-checkpoints-cli-'));
    if (testDatabaseKind === 'postgres') ({ url: databaseUrl, drop: dropDatabase } = await createPostgresDatabase());
  });
  afterAll(async () => { await dropDatabase(); rmSync(dataDir, { recursive: true, force: true }); });

  /** The database the commands use: PostgreSQL when given, otherwise the embedded one in the data folder. */
  const withDatabase = async <T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> => {
    const location: DatabaseLocation = databaseUrl ? { kind: 'postgres', url: databaseUrl, poolSize: 1 } : { kind: 'embedded', dataDir: dataFolder(dataDir).databaseDir };
    const handle = await openDatabase(location);
    try { await migrate(handle); return await fn(handle.db); } finally { await handle.close(); }
  };
  const verify = (...extra: string[]) => runRondom(['audit', 'verify', '--data', dataDir, ...extra], databaseUrl);

  it('exits 1 naming the first checkpoint the cut-off trail no longer holds, also against a copy kept elsewhere', async () => {
    await withDatabase((db) => writeEvents(db, 20));

    const server = await startServer({ dataDir, databaseUrl });
    expect(server.output()).toContain(`Audit checkpoints go to ${dataFolder(dataDir).checkpointFile} every 60 minutes`);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const { lines } = readCheckpointLines(readFileSync(dataFolder(dataDir).checkpointFile, 'utf8'));
    expect(lines).toHaveLength(2); // one at start, one at shutdown

    const intact = verify();
    expect(intact.status, intact.stderr).toBe(0);
    expect(intact.stdout).toContain(`Audit trail intact: 22 events, every link verified; it holds every checkpoint in ${dataFolder(dataDir).checkpointFile} (2, the newest of`);
    const copy = join(mkdtempSync(join(tmpdir(), 'rondom-checkpoints-copy-')), 'kept-elsewhere.jsonl');
    copyFileSync(dataFolder(dataDir).checkpointFile, copy);

    const keep = '15';
    const expected = await withDatabase(async (db) => {
      const message = await expectedCutMessage(db, lines[0]!.line.at, lines[0]!.line.chains, keep);
      await cutOffEnd(db, keep);
      return message;
    });
    for (const result of [verify(), verify('--checkpoints', copy)]) {
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${expected}.`);
    }
  }, 240_000);
});
