import * as fc from 'fast-check';
import { expect, test } from 'vitest';
import { checkSite, defaultCalendar } from 'gov-site-rules';
import { arbitraries } from 'gov-site-rules/testing';

test('the matchers are registered and typed', () => {
  expect('2026-10-10').toBeWorkday();
  expect('2026-10-01').not.toBeWorkday();
  expect('2026-10-10T20:00:00+08:00').toBeDueBy('deyang-2018/art24-policy-document', '2026-09-30');
  expect({ day: '2026-10-09' }).toEqual({ day: expect.toBeWorkday() });
});

test('arbitraries: working days inside the coverage', () => {
  fc.assert(fc.property(arbitraries.workday(), (d) => {
    expect(d).toBeWorkday();
    expect(d >= defaultCalendar.coverage.start && d <= defaultCalendar.coverage.end).toBe(true);
  }));
});

test('a fault knob fails its rule; the subpath and the main entry share one library instance', () => {
  fc.assert(fc.property(arbitraries.snapshot({ staleColumns: 5 }), (c) => {
    expect(c).toFailRule('census/columns-stale');
    expect(c.snapshot).toPassRule('census/blank-columns', { at: c.at });
    expect(checkSite(c.snapshot, { at: c.at, calendar: defaultCalendar }).verdict).toBe('unqualified');
  }), { numRuns: 20 });
  const calendar = defaultCalendar.provisional({ through: 2028 });
  expect('2028-01-04').toBeWorkday({ calendar }); // a calendar made by the main entry, accepted by the subpath
});
