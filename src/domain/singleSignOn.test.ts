import { describe, expect, it } from 'vitest';
import { isSsoFailure, issuerProblem, mustLogInThroughProvider, needsRondomSecondFactor } from './singleSignOn.ts';

const professional = { roles: ['professional'], totpRequired: false, hasTotpSecret: false };

describe('which accounts log in through their organisation', () => {
  it('sends a professional of an organisation with an identity provider there', () => {
    expect(mustLogInThroughProvider(professional, true)).toBe(true);
    expect(mustLogInThroughProvider(professional, false)).toBe(false);
  });

  it('keeps administrators and privacy officers on password and second factor', () => {
    expect(needsRondomSecondFactor({ ...professional, roles: ['administrator'] })).toBe(true);
    expect(needsRondomSecondFactor({ ...professional, roles: ['privacy_officer'] })).toBe(true);
    expect(mustLogInThroughProvider({ ...professional, roles: ['administrator'] }, true)).toBe(false);
  });

  it('keeps an account with its own second factor on password and code', () => {
    expect(mustLogInThroughProvider({ ...professional, totpRequired: true }, true)).toBe(false);
    expect(mustLogInThroughProvider({ ...professional, hasTotpSecret: true }, true)).toBe(false);
  });
});

describe('issuer addresses', () => {
  it('accepts https issuers, with or without a path', () => {
    expect(issuerProblem('https://login.rondeel.nl')).toBeNull();
    expect(issuerProblem('https://login.rondeel.nl/realms/medewerkers')).toBeNull();
  });

  it('accepts plain http only on the loopback address', () => {
    expect(issuerProblem('http://127.0.0.1:4000')).toBeNull();
    expect(issuerProblem('http://localhost:4000')).toBeNull();
    expect(issuerProblem('http://[::1]:4000')).toBeNull();
    expect(issuerProblem('http://login.rondeel.nl')).not.toBeNull();
    expect(issuerProblem('http://10.0.0.5')).not.toBeNull();
    expect(issuerProblem('http://127.0.0.1.example.org')).not.toBeNull();
  });

  it('refuses what is not an issuer', () => {
    expect(issuerProblem('login.rondeel.nl')).not.toBeNull();
    expect(issuerProblem('ftp://login.rondeel.nl')).not.toBeNull();
    expect(issuerProblem('https://login.rondeel.nl/?tenant=1')).not.toBeNull();
    expect(issuerProblem('https://user:pw@login.rondeel.nl')).not.toBeNull();
  });
});

it('knows its own failure codes and nothing else', () => {
  expect(isSsoFailure('SSO_NO_ACCOUNT')).toBe(true);
  expect(isSsoFailure('VERSION_CONFLICT')).toBe(false);
});
