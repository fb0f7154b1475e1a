import type { Kysely } from 'kysely';
import { claimDueMail, markMailFailed, markMailSent } from '../db/queries/mailOutbox.ts';
import type { Database } from '../db/schema.ts';
import type { MailTransport } from '../mail/transport.ts';

export interface MailSender {
  /** Look at the outbox now (after a transaction that queued mail has committed). */
  wake(): void;
  /** Sends what is due, once; resolves with the number sent. For tests and the CLI. */
  runOnce(): Promise<number>;
  stop(): void;
}

export interface MailSenderOptions {
  transport: MailTransport;
  /** How often the outbox is looked at without a wake-up (default 15 s): other processes queue mail too. */
  intervalMs?: number;
  batchSize?: number;
  /** Attempts before a mail is given up (default 8, spread over about a day). */
  maxAttempts?: number;
  log?: Pick<Console, 'info' | 'error'>;
}

/** Minutes to wait after the n-th failed attempt: 1, 5, 15, 30, 60, 120, 240 … */
export const retryMinutes = (attempts: number) => [1, 5, 15, 30, 60, 120, 240][attempts - 1] ?? 480;

/**
 * Sends the mail outbox in the background: woken after a commit, and on a timer. A failure is logged and
 * retried later; the server never waits for, or fails because of, the mail server.
 */
export function startMailSender(db: Kysely<Database>, options: MailSenderOptions): MailSender {
  const log = options.log ?? console;
  const maxAttempts = options.maxAttempts ?? 8;
  let running: Promise<number> | null = null;
  let again = false;

  const sendDue = async (): Promise<number> => {
    let sent = 0;
    for (;;) {
      const batch = await claimDueMail(db, options.batchSize ?? 20);
      for (const mail of batch) {
        try {
          if (mail.text_body === null) throw new Error('The mail has no body any more');
          await options.transport.send({ to: mail.to_address, subject: mail.subject, text: mail.text_body });
          await markMailSent(db, mail.id);
          sent += 1;
        } catch (error) {
          const giveUp = mail.attempts >= maxAttempts;
          const message = error instanceof Error ? error.message : String(error);
          log.error(`mail ${mail.id} (${mail.kind}) to ${mail.to_address} not sent, attempt ${mail.attempts}${giveUp ? ', giving up' : ''}: ${message}`);
          await markMailFailed(db, mail.id, message, retryMinutes(mail.attempts), giveUp);
        }
      }
      if (batch.length < (options.batchSize ?? 20)) return sent;
    }
  };

  const runOnce = (): Promise<number> => {
    if (!options.transport.canSend) return Promise.resolve(0);
    if (running) { again = true; return running; }
    running = sendDue().catch((error: unknown) => { log.error('mail sender failed', error); return 0; }).finally(() => {
      running = null;
      if (again) { again = false; void runOnce(); }
    });
    return running;
  };

  const timer = setInterval(() => void runOnce(), options.intervalMs ?? 15_000);
  timer.unref();
  return { wake: () => void runOnce(), runOnce, stop: () => { clearInterval(timer); options.transport.close(); } };
}
