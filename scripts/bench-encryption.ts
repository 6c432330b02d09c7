// npm run bench:encryption: what sealing at rest costs per message. (1) AES-256-GCM seal and open of
// a typical journal message alone; (2) a journal message through the whole core on SQLite, sealed
// as in production, and with sealing switched off in the same run (interleaved blocks, so machine
// noise falls on both alike). Prints medians and p99.
import { FieldCipher } from "../src/storage/encryption/field-cipher";
import { freshKeyring } from "../src/storage/encryption/load-keyring";
import { openBenchCore } from "./lib/open-bench-core";
import { percentile } from "./lib/percentile";

const MESSAGES = Number(process.env.BENCH_RUNS ?? 3_000);
const BLOCK = 100;
const TEXT = "Slept badly again, the dream about the lake. Walked to the bakery anyway and called my sister after. Felt a bit lighter by the evening. #sleep #nightmare";

const summary = (samples: number[], unit: string, digits: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return `median ${percentile(sorted, 50).toFixed(digits)} ${unit}, p99 ${percentile(sorted, 99).toFixed(digits)} ${unit}`;
};

// (1) The cipher alone: per-operation times from batches of 100, in microseconds.
const cipher = new FieldCipher(freshKeyring());
const seal: number[] = [];
const open: number[] = [];
for (let batch = 0; batch < 300; batch++) {
  const sealedValues: string[] = [];
  let started = performance.now();
  for (let i = 0; i < 100; i++) sealedValues.push(cipher.seal(`${TEXT} ${i}`));
  if (batch >= 50) seal.push(((performance.now() - started) * 1000) / 100);
  started = performance.now();
  for (const value of sealedValues) if (!cipher.open(value).startsWith("Slept")) throw new Error("opened wrong");
  if (batch >= 50) open.push(((performance.now() - started) * 1000) / 100);
}
console.log(`bench:encryption  message ${TEXT.length} characters  node=${process.version}`);
console.log(`AES-256-GCM seal: ${summary(seal, "µs", 1)};  open: ${summary(open, "µs", 1)}  (per value, batches of 100)`);

// (2) The whole core: a journal message in, the reply out.
const bench = await openBenchCore("between-bench-encryption");
const realSeal = bench.database.cipher.seal.bind(bench.database.cipher);
const setSealing = (on: boolean) => {
  // Off: values are stored as written (open() passes plaintext through), the rest of the path unchanged.
  bench.database.cipher.seal = on ? realSeal : (text: string) => text;
};
const timings = { sealed: [] as number[], plain: [] as number[] };
const user = { platform: "telegram" as const, platformUserId: "4242" };
await bench.core.handleEvent({ kind: "command", user, name: "timezone", args: "Europe/Berlin" });
for (let i = 0; i < (2 * MESSAGES) / BLOCK; i++) {
  const sealed = i % 2 === 0;
  setSealing(sealed);
  for (let j = 0; j < BLOCK; j++) {
    const started = performance.now();
    const out = await bench.core.handleEvent({ kind: "text", user, text: `${TEXT} (${i}.${j})`, eventId: `e-${i}-${j}` });
    const took = performance.now() - started;
    if (!out.some((o) => /journal/i.test(o.reply.text))) throw new Error(`the message was not kept: ${out.map((o) => o.reply.text).join(" / ")}`);
    if (i >= 2) (sealed ? timings.sealed : timings.plain).push(took);
  }
}
setSealing(true);
const median = (samples: number[]) => percentile([...samples].sort((a, b) => a - b), 50);
console.log(`journal message through the core, sealed:   ${summary(timings.sealed, "ms", 3)}  (${timings.sealed.length} messages)`);
console.log(`journal message through the core, unsealed: ${summary(timings.plain, "ms", 3)}  (${timings.plain.length} messages)`);
console.log(`cost of sealing per message (difference of medians): ${((median(timings.sealed) - median(timings.plain)) * 1000).toFixed(0)} µs`);
await bench.close();
