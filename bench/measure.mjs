// Tiny benchmark harness: warm up, then run batches until ~1 s has passed; report ops/s.
export function measure(name, fn, { seconds = 1 } = {}) {
  for (let k = 0; k < 2000; k++) fn();
  let ops = 0;
  let batch = 64;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < seconds * 1e9) {
    for (let k = 0; k < batch; k++) fn();
    ops += batch;
    elapsed = Number(process.hrtime.bigint() - t0);
    if (batch < 65536) batch *= 2;
  }
  return { name, ops, seconds: elapsed / 1e9, perSecond: ops / (elapsed / 1e9) };
}

export function table(title, ours, others) {
  console.log(`\n## ${title}`);
  const fmt = (n) => Math.round(n).toLocaleString('en-US');
  console.log(`${ours.name.padEnd(42)} ${fmt(ours.perSecond).padStart(14)} ops/s`);
  for (const o of others) {
    console.log(`${o.name.padEnd(42)} ${fmt(o.perSecond).padStart(14)} ops/s   ours is ${(ours.perSecond / o.perSecond).toFixed(0)}x faster`);
  }
}

/** The middle value of `xs` (the upper of the two for an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * One ratio, ours ÷ base, robust to a shared machine: short rounds of the two alternate (base, ours,
 * then ours, base, …), each round's ratio is taken from the two batches timed back to back, and the
 * median over the rounds is reported — so load that comes and goes hits both sides of most rounds
 * instead of the whole of one side. `cpu` is the same median from process CPU time (user + system,
 * every thread of the process, so GC helpers count), `wall` from the monotonic clock. Each function
 * is one operation; a batch repeats it so that a batch of either takes about `roundMs`.
 */
export function alternate(base, ours, { rounds = 21, roundMs = 40 } = {}) {
  const warm = (fn) => {
    const t0 = process.hrtime.bigint();
    for (let n = 0; n < 3 || (n < 2000 && Number(process.hrtime.bigint() - t0) < 300e6); n++) fn();
  };
  warm(base);
  warm(ours);
  const batchOf = (fn) => {
    let n = 1;
    for (;;) {
      const t0 = process.hrtime.bigint();
      for (let k = 0; k < n; k++) fn();
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (ms >= roundMs / 4 || n >= 1 << 24) return Math.max(1, Math.round((n * roundMs) / Math.max(ms, 1e-3)));
      n *= 4;
    }
  };
  const nBase = batchOf(base);
  const nOurs = batchOf(ours);
  const time = (fn, n) => {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let k = 0; k < n; k++) fn();
    const wall = Number(process.hrtime.bigint() - t0) / n;
    const c = process.cpuUsage(c0);
    return { wall, cpu: ((c.user + c.system) * 1000) / n };
  };
  const wall = [];
  const cpu = [];
  for (let r = 0; r < rounds; r++) {
    const first = r % 2 === 0;
    const a = first ? time(base, nBase) : undefined;
    const b = time(ours, nOurs);
    const c = first ? a : time(base, nBase);
    wall.push(b.wall / c.wall);
    cpu.push(c.cpu > 0 ? b.cpu / c.cpu : Number.NaN);
  }
  return { wall: median(wall), cpu: median(cpu.filter((x) => !Number.isNaN(x))), rounds, wallRange: [Math.min(...wall), Math.max(...wall)] };
}
