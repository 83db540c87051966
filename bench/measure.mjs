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
