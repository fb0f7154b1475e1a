import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail { to: string[]; subject: string; text: string }

export interface TestMailServer {
  url: string;
  received: ReceivedMail[];
  /** Resolves with the first mail to `address` that arrives (or has arrived) after `since` mails. */
  waitFor(address: string, options?: { since?: number; timeoutMs?: number }): Promise<ReceivedMail>;
  /** While true the server refuses every message (a mail server that is down for deliveries). */
  refuse: boolean;
  close(): Promise<void>;
}

/** A real SMTP server in this process, on a free port: the mail Rondom sends arrives here and is parsed. */
export async function startMailServer(): Promise<TestMailServer> {
  const received: ReceivedMail[] = [];
  const waiters: Array<() => void> = [];
  const state = { refuse: false };
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false,
    onData(stream, session, callback) {
      if (state.refuse) { stream.resume(); stream.on('end', () => callback(new Error('451 Try again later'))); return; }
      simpleParser(stream).then((mail) => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), subject: mail.subject ?? '', text: mail.text ?? '' });
        waiters.splice(0).forEach((wake) => wake());
        callback();
      }, callback);
    },
  });
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port)));
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    received,
    get refuse() { return state.refuse; },
    set refuse(value: boolean) { state.refuse = value; },
    async waitFor(address, options = {}) {
      const deadline = Date.now() + (options.timeoutMs ?? 10_000);
      for (;;) {
        const found = received.slice(options.since ?? 0).find((mail) => mail.to.includes(address.toLowerCase()));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No mail to ${address} arrived; received: ${received.map((m) => `${m.to.join(',')}: ${m.subject}`).join('; ')}`);
        await new Promise<void>((resolve) => { waiters.push(resolve); setTimeout(resolve, 200); });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
