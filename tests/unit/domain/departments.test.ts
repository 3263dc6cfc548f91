import { describe, expect, it } from 'vitest';
import { departmentBalance } from '../../../renderer/domain/departments';

describe('the balance of departments', () => {
  it('counts each department once per person', () => {
    const balance = departmentBalance(['marketing', 'sales', 'marketing', 'product']);
    expect([...balance.counts]).toEqual([
      ['marketing', 2],
      ['sales', 1],
      ['product', 1],
    ]);
    expect(balance.total).toBe(4);
  });

  it('says when Sales is missing from a joint meeting', () => {
    expect(departmentBalance(['marketing', 'product'])).toMatchObject({
      missingSales: true,
      missingMarketing: false,
    });
  });

  it('says when Marketing is missing', () => {
    expect(departmentBalance(['sales'])).toMatchObject({ missingSales: false, missingMarketing: true });
  });

  it('says both are missing in an empty meeting', () => {
    expect(departmentBalance([])).toMatchObject({ total: 0, missingSales: true, missingMarketing: true });
  });
});
