import { startMailServer, type ReceivedMail, type TestMailServer } from '../../support/mailServer.ts';
import { freePort, startInstance, type BrowserInstance } from './instance.ts';

/**
 * A Rondom server that sends its mail to an SMTP server in this process, with links to its own address
 * (RONDOM_PUBLIC_URL): the port is chosen first, so the links in the mail open this very server.
 */
export async function startInstanceWithMail(options: Parameters<typeof startInstance>[0] = {}): Promise<{ instance: BrowserInstance; mail: TestMailServer }> {
  const mail = await startMailServer();
  const port = await freePort();
  const instance = await startInstance({ ...options, port, env: { RONDOM_SMTP_URL: mail.url, RONDOM_PUBLIC_URL: `http://localhost:${port}`, ...options.env } });
  return { instance, mail };
}

/** The activation or password link in a mail from Rondom (the token after '#'). */
export function linkIn(mail: ReceivedMail): string {
  const link = /https?:\/\/\S+#token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`No link in the mail "${mail.subject}":\n${mail.text}`);
  return link;
}
