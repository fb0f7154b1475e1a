import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { SettingError, setting, type Environment } from '../settings.ts';

/**
 * Where mail goes. `smtp`: the operator's mail server (RONDOM_SMTP_URL, e.g. smtps://user:pass@mail.example.nl);
 * `folder`: each mail written as an .eml file (the demo, which has no mail server); `none`: nothing is sent,
 * mail waits in the outbox until a server is configured.
 */
export type MailTransportConfig =
  | { kind: 'smtp'; url: string; from: string }
  | { kind: 'folder'; dir: string; from: string }
  | { kind: 'none'; from: string };

export interface Envelope { to: string; subject: string; text: string }

export interface MailTransport {
  readonly description: string;
  /** false when mail cannot be sent at all (kind 'none'): the sender then leaves the outbox alone. */
  readonly canSend: boolean;
  send(mail: Envelope): Promise<void>;
  close(): void;
}

export const defaultMailFrom = 'Rondom <noreply@rondom.invalid>';

/**
 * Empty values count as unset: `RONDOM_MAIL_FROM=` gives the default sender, `RONDOM_SMTP_URL=` no mail server.
 * A server that is not an smtp(s):// URL is refused: nodemailer would quietly try localhost instead. The URL
 * is never part of the message, since it may hold the mail account's password.
 */
export function mailTransportFromEnv(env: Environment, demoFolder: string | null): MailTransportConfig {
  const from = setting(env, 'RONDOM_MAIL_FROM') ?? defaultMailFrom;
  const url = setting(env, 'RONDOM_SMTP_URL');
  if (url !== undefined && !/^smtps?:\/\/[^/?#]+/i.test(url)) {
    throw new SettingError('RONDOM_SMTP_URL', 'RONDOM_SMTP_URL must be the mail server as a URL starting with smtp:// or smtps://, such as '
      + 'smtps://user:password@mail.gemeente.nl (its value is not shown: it may hold a password). See docs/configuration.md.');
  }
  if (url !== undefined) return { kind: 'smtp', url, from };
  if (demoFolder) return { kind: 'folder', dir: demoFolder, from };
  return { kind: 'none', from };
}

export function createMailTransport(config: MailTransportConfig): MailTransport {
  if (config.kind === 'none') {
    return { description: 'no mail server configured (RONDOM_SMTP_URL)', canSend: false, send: async () => { throw new Error('No mail server configured'); }, close: () => undefined };
  }
  if (config.kind === 'folder') {
    const writer: Transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    return {
      description: `mail written to files in ${config.dir}`,
      canSend: true,
      async send(mail) {
        const info = await writer.sendMail({ from: config.from, ...mail });
        await mkdir(config.dir, { recursive: true });
        const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.to.replace(/[^a-z0-9@._-]/gi, '_')}.eml`;
        await writeFile(join(config.dir, name), info.message as Buffer, { mode: 0o600 });
      },
      close: () => writer.close(),
    };
  }
  const smtp: Transporter = nodemailer.createTransport(config.url);
  return {
    description: `mail sent through ${redact(config.url)}`,
    canSend: true,
    async send(mail) { await smtp.sendMail({ from: config.from, ...mail }); },
    close: () => smtp.close(),
  };
}

/** The server address without credentials, for logs. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'the configured mail server';
  }
}
