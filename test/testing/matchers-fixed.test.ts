import { describe, expect, it } from 'vitest';
import { toBeDueBy } from '../../src/testing/matchers.js';

describe('toBeDueBy on a fixed-date rule', () => {
  it('names the fixed date instead of counting "0 fixeds"', () => {
    // Art. 32: Q3's report is due by 2026-08-15 (deyang-2018.md); the quarter starts 2026-07-01.
    const r = toBeDueBy.call({ isNot: false } as never, '2026-08-16T09:00:00+08:00', 'deyang-2018/art32-self-inspection', { quarter: '2026Q3' });
    expect(r.pass).toBe(false);
    const message = r.message();
    expect(message).toContain('(last day 2026-08-15; a fixed date counted from 2026-07-01)');
    expect(message).not.toContain('fixeds');
  });
});
