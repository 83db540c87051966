// Imports the built core (not the CLI) and exercises every public entry point that exists.
const mod = await import(new URL('../../dist/index.js', import.meta.url).href);
const out = [];
out.push(mod.addWorkdays('2026-09-30', 3), mod.defaultCalendar.dayKind('2026-10-01').kind, mod.countWorkdays('2026-01-01', '2026-12-31'));
try {
  mod.addWorkdays('2026-12-31', 1);
} catch (e) {
  out.push(e.code);
}
if (typeof mod.deadline === 'function') out.push(mod.deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' }).dueDate);
process.stdout.write(JSON.stringify(out));
