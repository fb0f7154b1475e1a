import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './calendarDate.ts';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('calendar dates from input', () => {
  it('accepts every day that exists, from 0001-01-01 to 9999-12-31', () => {
    fc.assert(fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
      const value = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
      expect(isCalendarDate(value)).toBe(true);
    }));
  });

  it('refuses days that do not exist and other spellings, without throwing', () => {
    for (const value of ['2023-02-29', '2024-02-30', '2023-13-01', '2023-00-10', '2023-01-32', '0000-01-01', '2023-1-1', '99999-01-01',
      '2023-01-01T00:00:00Z', '2023-01-01T00:00:00.000Z', 'abc', '', ' 2023-01-01', '2023-01-01 ', '２０２３-01-01']) {
      expect(isCalendarDate(value), value).toBe(false);
    }
  });

  it('never throws, whatever string it is given', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (value) => { expect(typeof isCalendarDate(value)).toBe('boolean'); }));
  });
});
