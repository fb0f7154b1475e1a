import { describe, expect, it } from 'vitest';
import { SettingError } from '../settings.ts';
import { defaultMailFrom, mailTransportFromEnv } from './transport.ts';

describe('where mail goes, from the environment', () => {
  it('takes an empty sender and an empty mail server as unset', () => {
    expect(mailTransportFromEnv({ RONDOM_MAIL_FROM: '', RONDOM_SMTP_URL: '' }, null)).toEqual({ kind: 'none', from: defaultMailFrom });
    expect(mailTransportFromEnv({ RONDOM_MAIL_FROM: ' ', RONDOM_SMTP_URL: '' }, '/tmp/mail')).toEqual({ kind: 'folder', dir: '/tmp/mail', from: defaultMailFrom });
  });

  it('sends through the server given, as the sender given', () => {
    expect(mailTransportFromEnv({ RONDOM_MAIL_FROM: 'Rondom <rondom@gemeente.nl>', RONDOM_SMTP_URL: 'smtps://u:p@mail.gemeente.nl' }, null))
      .toEqual({ kind: 'smtp', url: 'smtps://u:p@mail.gemeente.nl', from: 'Rondom <rondom@gemeente.nl>' });
  });

  it('refuses a mail server that is not an smtp URL, without showing the value', () => {
    const value = 'geheim:wachtwoord@mail.gemeente.nl';
    expect(() => mailTransportFromEnv({ RONDOM_SMTP_URL: value }, null)).toThrow(SettingError);
    expect(() => mailTransportFromEnv({ RONDOM_SMTP_URL: value }, null)).toThrow(/^RONDOM_SMTP_URL must be .* smtp:\/\/ or smtps:\/\//);
    expect(() => mailTransportFromEnv({ RONDOM_SMTP_URL: value }, null)).not.toThrow(/wachtwoord/);
  });
});
