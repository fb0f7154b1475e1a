import { describe, expect, it } from 'vitest';
import type { AuditLogEventRow } from '../../db/queries/auditLog.ts';
import { toCsv } from './auditLog.ts';

const event = (overrides: Partial<AuditLogEventRow>): AuditLogEventRow => ({
  seq: '7', occurred_at: new Date('2026-12-01T09:30:00Z'), user_id: '00000000-0000-4000-8000-000000000001', user_name: 'Anouk Jansen',
  user_email: 'anouk@wijkteam.test', user_roles: ['professional'], organisation_id: null, organisation_name: 'Wijkteam Noord', ip: '127.0.0.1',
  session_id: 'abc', action_code: 'R', action: 'household.read', purpose: 'care coordination', outcome: 'success',
  household_ids: [], person_ids: [], checks: { authorisation: 'role' }, request_id: '00000000-0000-4000-8000-0000000000aa', view_id: null, ...overrides,
});

const cells = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n')[1]!;

describe('the CSV export of the log', () => {
  it('writes a cell that a spreadsheet would run as a formula as text, whatever character starts it', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const line = cells(toCsv([event({ user_name: `${start}HYPERLINK("http://evil.example")` })]));
      expect(line, JSON.stringify(start)).toContain(`'${start}HYPERLINK`);
    }
  });

  it('leaves ordinary text alone and quotes what holds the separator, quotes or a line break', () => {
    const csv = toCsv([event({ user_name: 'Jansen; A. "Anouk"\nwijkteam', organisation_name: 'Wijkteam Noord' })]);
    expect(csv.startsWith('\uFEFFseq;occurred_at;request;')).toBe(true);
    expect(csv).toContain(';"Jansen; A. ""Anouk""\nwijkteam";');
    expect(csv).toContain(';Wijkteam Noord;');
    expect(csv).toContain(';2026-12-01T09:30:00.000Z;00000000-0000-4000-8000-0000000000aa;');
  });

  it('names the page view as the request when there is one', () => {
    expect(cells(toCsv([event({ view_id: '00000000-0000-4000-8000-0000000000bb' })]))).toContain(';00000000-0000-4000-8000-0000000000bb;');
  });
});
