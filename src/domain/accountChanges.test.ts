import { describe, expect, it } from 'vitest';
import { accountChanges, widensAccess, type AccountFields } from './accountChanges.ts';

const current: AccountFields = { name: 'Anouk', email: 'anouk@wijkteam.test', phone: null, roles: ['professional'], team: null, secondFactor: false };

describe('what an administrator changed on an account', () => {
  it('lists only the fields that really change, with old and new value', () => {
    expect(accountChanges(current, { name: 'Anouk', roles: ['professional'], phone: '' })).toEqual({});
    expect(accountChanges(current, { roles: ['team_lead', 'professional'], team: { id: 't1', name: 'Team Noord' } })).toEqual({
      roles: { from: ['professional'], to: ['team_lead', 'professional'] },
      team: { from: null, to: { id: 't1', name: 'Team Noord' } },
    });
  });

  it('says when a change widens what the account may see: team lead granted, or moved into a team', () => {
    expect(widensAccess(accountChanges(current, { roles: ['professional', 'team_lead'] }))).toBe(true);
    expect(widensAccess(accountChanges(current, { team: { id: 't1', name: 'Team Noord' } }))).toBe(true);
    expect(widensAccess(accountChanges({ ...current, team: { id: 't1', name: 'Noord' } }, { team: null }))).toBe(false);
    expect(widensAccess(accountChanges({ ...current, roles: ['professional', 'team_lead'] }, { roles: ['professional'] }))).toBe(false);
    expect(widensAccess(accountChanges(current, { name: 'Anouk de Vries' }))).toBe(false);
  });
});
