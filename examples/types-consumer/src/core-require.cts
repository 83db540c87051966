// The main entry through `require` (dist/index.d.cts): the same types as the ES module entry.
import gsr = require('gov-site-rules');

gsr.addWorkdays('2026-09-30', 3);
// @ts-expect-error a number is not a date
gsr.addWorkdays(20260930, 3);
gsr.deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' });
// @ts-expect-error a misspelt rule id
gsr.deadline('deyang-2018/art24-policy-documen', { from: '2026-09-30' });
// @ts-expect-error a misspelt section
gsr.checkSite({ colums: [] }, { at: '2026-11-25T12:00:00+08:00' });
