/**
 * The `.ics` text round trip, as a property: any id, calendar name and article text (with `,`
 * `;` `\` and line breaks, CJK, emoji) written by toICalendar is read back equal by an independent
 * parser (ical.js), from the UTF-8 bytes a file would hold. Distinct ids never share a UID: an id
 * with a lone surrogate (which UTF-8 cannot carry) is refused.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { FC_OPTIONS, RUNS } from './fuzz-helpers.js';

const NOW = '2026-10-12T09:00:00+08:00';
// An X- property is TEXT unless it says otherwise (RFC 5545 §3.8.8.2); ical.js keeps unknown ones raw.
(ICAL.design.icalendar.property as Record<string, unknown>)['x-wr-calname'] = { defaultType: 'text' };

/** What a file holds: the UTF-8 bytes, decoded again. */
const throughUtf8 = (text: string) => Buffer.from(text, 'utf8').toString('utf8');
const parse = (text: string) => new ICAL.Component(ICAL.parse(throughUtf8(text)));

/** Characters that need escaping, line breaks, CJK, emoji (a surrogate pair) and plain ASCII. */
const piece = fc.oneof(
  fc.constantFrom(',', ';', '\\', '\n', '\\n', '\\,', ':', '"', ' ', '政府网站', '《条例》', '😀', '𠀀', 'é'),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const textArb = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));
/** Any text but control characters (an id refuses them; in TEXT they are not allowed) and CR. */
const noControl = (s: string) => !/[\u0000-\u0008\u000b-\u001f\u007f\r]/.test(s);
const idArb = textArb.filter((s) => s.length >= 1 && s.length <= 150 && noControl(s) && !s.includes('\n'));
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('toICalendar: text written is text read back (ical.js), through UTF-8', () => {
  it(`ids, calendar names and article text round-trip: ${RUNS.nearMiss / 4} runs`, () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(idArb, { minLength: 1, maxLength: 3 }),
        textArb.filter((s) => s.length >= 1 && s.length <= 200 && noControl(s)),
        textArb.filter(noControl),
        fc.constantFrom('VTODO' as const, 'VEVENT' as const),
        (ids, calendarName, text, component) => {
          const events = ids.map((id, i) => ({ id, rule: 'deyang-2018/art24-policy-document' as const, from: `2026-10-${String(10 + i).padStart(2, '0')}` }));
          const o = lib.obligations(events, { now: NOW });
          // A caller may hand toICalendar an altered result: the article text is free text then.
          const altered = { ...o, items: o.items.map((it) => ({ ...it, article: { ...it.article, text } })) };
          const cal = parse(lib.toICalendar(altered, { calendarName, component }));
          expect(cal.getFirstPropertyValue('x-wr-calname')).toBe(calendarName);
          const comps = cal.getAllSubcomponents(component.toLowerCase());
          expect(comps.map((c) => c.getFirstPropertyValue('uid'))).toEqual(o.items.map((it) => `${it.id}@gov-site-rules`));
          for (const [k, c] of comps.entries()) {
            const it = o.items[k] as lib.Obligation;
            expect(c.getFirstPropertyValue('summary')).toBe(`${it.id}: ${it.article.articleEn} ${it.article.article}`);
            const description = c.getFirstPropertyValue('description') as string;
            expect(description.split('\n').slice(2, 2 + text.split('\n').length).join('\n')).toBe(text);
          }
        },
      ),
      { numRuns: RUNS.nearMiss / 4, ...FC_OPTIONS },
    );
  });
});

describe('distinct ids never share a UID', () => {
  it('an id with a lone surrogate is refused naming it (obligations and toICalendar)', () => {
    for (const id of ['a\uD800', 'a\uDC00', '\uDBFFb', 'x\uDC00\uD800']) {
      let e: unknown;
      try {
        lib.obligations([{ id, rule: 'deyang-2018/art32-self-inspection', quarter: '2026Q3' }], { now: NOW });
      } catch (x) {
        e = x;
      }
      expect(e).toBeInstanceOf(lib.InvalidInputError);
      expect((e as lib.InvalidInputError).field).toBe('events[0].id');
      expect((e as lib.InvalidInputError).message).toContain('lone surrogate');
      const o = lib.obligations([{ id: 'ok', rule: 'deyang-2018/art32-self-inspection', quarter: '2026Q3' }], { now: NOW });
      const altered = { ...o, items: o.items.map((it) => ({ ...it, id })) };
      expect(() => lib.toICalendar(altered, { calendarName: 'x' })).toThrow(/Invalid obligations\.items\[0\]\.id: .* lone surrogate/);
    }
  });

  it(`two distinct ids give two distinct UIDs in the bytes written, or the id is refused: ${RUNS.nearMiss / 4} runs`, () => {
    // Any UTF-16 code units, lone surrogates included.
    const anyId = fc.string({ unit: fc.integer({ min: 0x20, max: 0xffff }).filter((c) => c !== 0x7f).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(anyId, anyId, (a, b) => {
        fc.pre(a !== b);
        const events = [a, b].map((id) => ({ id, rule: 'deyang-2018/art24-policy-document' as const, from: '2026-10-10' }));
        let ics: string;
        try {
          ics = lib.toICalendar(lib.obligations(events, { now: NOW }), { calendarName: 'x' });
        } catch (e) {
          expect(e).toBeInstanceOf(lib.InvalidInputError);
          expect(wellFormed(a) && wellFormed(b)).toBe(false); // refused only for a lone surrogate
          return;
        }
        expect(wellFormed(a) && wellFormed(b)).toBe(true);
        const uids = parse(ics).getAllSubcomponents('vtodo').map((c) => c.getFirstPropertyValue('uid'));
        expect(new Set(uids).size).toBe(2);
      }),
      { numRuns: RUNS.nearMiss / 4, ...FC_OPTIONS },
    );
  });
});

describe('toICalendar reads every item, written or not', () => {
  it('a broken date in a done item that is not written (VEVENT, or includeDone false) is refused naming it', () => {
    const o = lib.obligations([{ id: 'q3', rule: 'deyang-2018/art32-self-inspection', quarter: '2026Q3', doneAt: '2026-08-10' }], { now: NOW });
    expect(o.items[0]?.state).toBe('done-on-time');
    for (const [key, bad] of [['start', '2026-02-30'], ['deadline', '2026-08-15T23:59:59.999+19:00'], ['doneAt', '2026-08-10T24:00:00+08:00']] as const) {
      const altered = { ...o, items: o.items.map((it) => ({ ...it, [key]: bad })) };
      for (const options of [{ calendarName: 'x' }, { calendarName: 'x', component: 'VEVENT' as const, includeDone: true }]) {
        expect(() => lib.toICalendar(altered, options)).toThrow(new RegExp(`^Invalid obligations\\.items\\[0\\]\\.${key}: `));
      }
    }
  });
});
