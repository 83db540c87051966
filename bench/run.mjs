// `npm run bench`: every benchmark, against the built dist/. Not a test: it prints figures.
import { runCalendarBench } from './calendar.mjs';
import { runChecksBench } from './checks.mjs';
import { runScalingBench } from './scaling.mjs';
import { runCliBench } from './cli.mjs';
import { runRowsBench } from './rows.mjs';
import { runDueBench } from './due.mjs';

console.log(`node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
runCalendarBench();
runChecksBench();
runScalingBench();
await runCliBench();
await runRowsBench();
await runDueBench();
