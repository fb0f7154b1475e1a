import { describe, expect, it } from 'vitest';
import { nameIdentity } from './matching.ts';

describe('matching identity without a citizen number', () => {
  it('treats case, spacing and diacritics as the same name', () => {
    expect(nameIdentity('Noëlle ', 'de  Vries', '2015-04-01')).toBe(nameIdentity('noelle', 'De Vries', '2015-04-01'));
  });
  it('keeps different birth dates apart', () => {
    expect(nameIdentity('Noa', 'Bakker', '2015-04-01')).not.toBe(nameIdentity('Noa', 'Bakker', '2015-04-02'));
  });
});
