/**
 * Issue 14: the working-day questions do not pay for the notices behind each day. The shipped
 * index is built from the day kinds alone; the notices of a year's days are looked up on the first
 * question that reads one of them (`dayKind`), once.
 */
import { expect, it, vi } from 'vitest';

const lookups = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/calendar/notices.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/calendar/notices.js')>();
  return {
    ...actual,
    noticeOfDay: (date: string, festival: string | undefined) => {
      lookups.count++;
      return actual.noticeOfDay(date, festival);
    },
  };
});

const { addWorkdays, countWorkdays, dayKind, deadline, defaultCalendar, isWorkday, nextWorkday } = await import('../../src/index.js');

it('answers working-day questions without looking up a notice; dayKind looks up a year\'s notices once', () => {
  expect(isWorkday('2026-10-10')).toBe(true);
  expect(addWorkdays('2026-09-30', 3)).toBe('2026-10-10');
  expect(defaultCalendar.isWorkday('2026-10-05')).toBe(false);
  expect(defaultCalendar.nextWorkday('2025-09-30')).toBe('2025-10-09');
  expect(nextWorkday('2025-09-30')).toBe('2025-10-09');
  expect(countWorkdays('2026-10-01', '2026-10-10')).toBe(3);
  expect(defaultCalendar.coverage).toEqual({ start: '2011-01-01', end: '2026-12-31' });
  expect(deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' }).dueDate).toBe('2026-10-10');
  expect(deadline('deyang-2018/art24-policy-document', { from: '2026-12-30' }, { provisional: true }).provisional).toBe(true);
  expect(lookups.count).toBe(0);
  expect(dayKind('2026-10-01').source).toBe('国务院办公厅关于2026年部分节假日安排的通知');
  expect(lookups.count).toBe(365);
  expect(dayKind('2026-05-01').source).toBe('国务院办公厅关于2026年部分节假日安排的通知');
  expect(lookups.count).toBe(365);
  expect(dayKind('2019-05-02').source).toBe('国务院办公厅关于调整2019年劳动节假期安排的通知');
  expect(lookups.count).toBe(730);
});
