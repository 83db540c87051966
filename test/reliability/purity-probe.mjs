// Imports the built core (not the CLI) and exercises every public entry point. Run under
// no-io-register.mjs: the core may import no Node built-in and read no clock. The probe itself
// takes the example snapshot from GSR_PURITY_SNAPSHOT (set by purity.test.ts), so nothing here
// needs node:fs either.
const mod = await import(new URL('../../dist/index.js', import.meta.url).href);
const out = [];
// The calendar's last day and last year, from coverage: the probe asks past them (test/coverage-year.ts).
const end = mod.defaultCalendar.coverage.end;
out.push(mod.addWorkdays('2026-09-30', 3), mod.defaultCalendar.dayKind('2026-10-01').kind, mod.countWorkdays('2026-01-01', '2026-12-31'));
try {
  mod.addWorkdays(end, 1);
} catch (e) {
  out.push(e.code);
}
const d = mod.deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' });
out.push(d.dueDate);
out.push(mod.requestReplyDeadline({ receivedAt: '2026-09-30', consultations: [{ from: '2026-10-12', to: '2026-10-14' }] }).dueDate);
out.push(mod.assess(d, { doneAt: '2026-10-13T09:00:00+08:00', now: '2026-11-01T00:00:00+08:00' }).late.amount);
const snapshot = JSON.parse(process.env.GSR_PURITY_SNAPSHOT ?? 'null');
const report = mod.checkSite(snapshot, { at: '2026-11-25T12:00:00+08:00' });
out.push(report.verdict, report.findings.length);
out.push([...mod.checkSites([snapshot, snapshot], { at: '2026-11-25T12:00:00+08:00', profile: 'census' })].length);
out.push(mod.checkInventory([snapshot]).status);
const o = mod.obligations(
  [
    { id: 'doc-1', rule: 'deyang-2018/art24-policy-document', from: '2026-09-30', doneAt: '2026-10-10T23:59:59.999+08:00' },
    { id: 'info-1', rule: 'deyang-2018/art24-proactive', from: `${end.slice(0, 4)}-12-10` },
  ],
  { now: '2026-10-12T09:00:00+08:00', provisional: true },
);
out.push(o.items.map((i) => i.state).join(','));
out.push(mod.toICalendar(o, { calendarName: 'probe' }).split('\r\n').find((l) => l.startsWith('DUE')));
out.push(mod.defaultCalendar.provisional({ through: Number(end.slice(0, 4)) + 4 }).addWorkdays(end, 1));
process.stdout.write(JSON.stringify(out));
