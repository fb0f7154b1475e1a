import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueMail } from '../../src/db/queries/mailOutbox.ts';
import { startMailSender } from '../../src/jobs/mailSender.ts';
import { createMailTransport } from '../../src/mail/transport.ts';
import { startMailServer, type TestMailServer } from '../support/mailServer.ts';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts';

const quiet = { info: () => undefined, error: () => undefined };

describe('the mail outbox', () => {
  let database: TestDatabase;
  let smtp: TestMailServer;
  beforeAll(async () => { database = await createTestDatabase(); smtp = await startMailServer(); });
  afterAll(async () => { await smtp.close(); await database.drop(); });
  const db = () => database.handle.db;

  const queue = (to: string, text = 'Activeer je account: https://rondom.test/activeren#token=abc') =>
    db().transaction().execute((tx) => enqueueMail(tx, { kind: 'activation', to, subject: 'Activeer je account voor Rondom', text }));

  it('sends queued mail over SMTP and forgets the body once it is sent', async () => {
    const id = await queue('fatima@wijkteam.test');
    const sender = startMailSender(db(), { transport: createMailTransport({ kind: 'smtp', url: smtp.url, from: 'Rondom <noreply@rondom.test>' }), log: quiet });
    try {
      expect(await sender.runOnce()).toBe(1);
      const mail = await smtp.waitFor('fatima@wijkteam.test');
      expect(mail.subject).toBe('Activeer je account voor Rondom');
      expect(mail.text).toContain('https://rondom.test/activeren#token=abc');
      const row = await db().selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.sent_at).not.toBeNull();
      expect(row.text_body).toBeNull();
    } finally {
      sender.stop();
    }
  });

  it('keeps mail that the server refused and tries again later; a rolled-back transaction sends nothing', async () => {
    const before = smtp.received.length;
    await db().transaction().execute(async (tx) => {
      await enqueueMail(tx, { kind: 'activation', to: 'nobody@wijkteam.test', subject: 'x', text: 'x' });
      throw new Error('rolled back');
    }).catch(() => undefined);
    const id = await queue('jeroen@school.test');
    smtp.refuse = true;
    const sender = startMailSender(db(), { transport: createMailTransport({ kind: 'smtp', url: smtp.url, from: 'Rondom <noreply@rondom.test>' }), log: quiet });
    try {
      expect(await sender.runOnce()).toBe(0);
      const failed = await db().selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      expect(failed).toMatchObject({ attempts: 1, sent_at: null, failed_at: null });
      expect(failed.last_error).toMatch(/451/);
      expect(new Date(failed.next_attempt_at).getTime()).toBeGreaterThan(Date.now());
      // Due again (as if a minute had passed), and the server is back.
      smtp.refuse = false;
      await db().updateTable('mail_outbox').set({ next_attempt_at: new Date(Date.now() - 1000) }).where('id', '=', id).execute();
      expect(await sender.runOnce()).toBe(1);
      await smtp.waitFor('jeroen@school.test', { since: before });
      expect(smtp.received.slice(before).map((m) => m.to[0])).toEqual(['jeroen@school.test']);
    } finally {
      sender.stop();
    }
  });

  it('writes mail to files in the demo, which has no mail server', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rondom-mail-'));
    try {
      await queue('demo@rondom.test', 'Kies je wachtwoord: https://localhost:8080/activeren#token=xyz');
      const sender = startMailSender(db(), { transport: createMailTransport({ kind: 'folder', dir, from: 'Rondom <noreply@rondom.test>' }), log: quiet });
      await sender.runOnce();
      sender.stop();
      const files = await readdir(dir);
      expect(files).toHaveLength(1);
      const content = await readFile(join(dir, files[0]!), 'utf8');
      expect(content).toContain('To: demo@rondom.test');
      expect(content).toMatch(/token=3Dxyz|token=xyz/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
