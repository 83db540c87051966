// @ts-check
const { describe, expect, test } = require('@jest/globals');
const fc = require('fast-check');
const { checkSite, defaultCalendar } = require('gov-site-rules');
const { arbitraries } = require('gov-site-rules/testing');
require('gov-site-rules/testing/jest'); // types for expect(...).toBeWorkday() and friends; empty at run time

describe('gov-site-rules/testing from jest (CommonJS)', () => {
  test('toBeWorkday and toBeDueBy, with .not', () => {
    expect('2026-10-10').toBeWorkday();
    expect('2026-10-01').not.toBeWorkday();
    expect('2026-10-10T20:00:00+08:00').toBeDueBy('deyang-2018/art24-policy-document', '2026-09-30');
    expect('2026-10-11T00:00:00+08:00').not.toBeDueBy('deyang-2018/art24-policy-document', '2026-09-30');
  });

  test('the failure message quotes the article and the deadline', () => {
    let message = '';
    try {
      expect('2026-10-12').toBeDueBy('deyang-2018/art24-policy-document', '2026-09-30');
    } catch (e) {
      message = e instanceof Error ? e.message : String(e);
    }
    expect(message).toContain('第二十四条第（一）项');
    expect(message).toContain('2026-10-10T23:59:59.999+08:00');
  });

  test('arbitraries: rest days are never working days', () => {
    fc.assert(fc.property(arbitraries.restDay(), (d) => {
      expect(d).not.toBeWorkday();
    }));
  });

  test('fault knobs fail their rules; toPassRule/toFailRule on { snapshot, at }', () => {
    fc.assert(fc.property(arbitraries.snapshot({ unansweredMessages: 1 }), (c) => {
      expect(c).toFailRule('census/interaction-unanswered');
      expect(c).toPassRule('census/columns-stale');
      expect(checkSite(c.snapshot, { at: c.at, calendar: defaultCalendar }).verdict).toBe('unqualified');
    }), { numRuns: 20 });
  });
});
