import { describe, expect, it } from "vitest";
import { OutgoingQueue } from "../../src/adapters/outgoing-queue";

type Message = { to: string; n: number };

function recordingQueue(limits: { perSecond: number; perRecipientIntervalMs: number; concurrency: number }) {
  const sent: (Message & { at: number })[] = [];
  const queue = new OutgoingQueue<Message>(limits, async (m) => void sent.push({ ...m, at: performance.now() }), (m) => m.to);
  return { queue, sent };
}

describe("the outgoing queue", () => {
  it("takes turns between recipients, so one person's backlog does not hold up another's", async () => {
    const { queue, sent } = recordingQueue({ perSecond: 1000, perRecipientIntervalMs: 0, concurrency: 1 });
    const pushes = [1, 2, 3, 4].map((n) => queue.push({ to: "ana", n }));
    pushes.push(queue.push({ to: "ben", n: 1 }));
    await Promise.all(pushes);
    expect(sent.map((m) => `${m.to}${m.n}`).indexOf("ben1")).toBeLessThanOrEqual(2);
    expect(sent.filter((m) => m.to === "ana").map((m) => m.n)).toEqual([1, 2, 3, 4]);
  });

  it("keeps the gap per recipient and delivers everything", async () => {
    const { queue, sent } = recordingQueue({ perSecond: 1000, perRecipientIntervalMs: 40, concurrency: 4 });
    const start = performance.now();
    await Promise.all([1, 2, 3].map((n) => queue.push({ to: "ana", n })));
    expect(sent.map((m) => m.n)).toEqual([1, 2, 3]);
    // A lower bound only (a busy machine can delay a send, never hurry one): the i-th waits i gaps.
    for (const [i, message] of sent.entries()) expect(message.at - start).toBeGreaterThanOrEqual(40 * i);
  });

  it("never sends more than the overall limit in any one second", async () => {
    const { queue, sent } = recordingQueue({ perSecond: 5, perRecipientIntervalMs: 0, concurrency: 10 });
    const start = performance.now();
    await Promise.all(Array.from({ length: 12 }, (_, n) => queue.push({ to: `user-${n}`, n })));
    expect(sent).toHaveLength(12);
    // Five a second at most: the 6th to 10th wait a second, the 11th and 12th two (a lower bound, as above).
    for (const [k, message] of sent.entries()) expect(message.at - start).toBeGreaterThanOrEqual(1000 * Math.floor(k / 5));
  });

  it("reports a failed send to its pusher and carries on with the rest", async () => {
    const sent: string[] = [];
    const queue = new OutgoingQueue<string>({ perSecond: 100, perRecipientIntervalMs: 0, concurrency: 1 }, async (m) => {
      if (m === "bad") throw new Error("403");
      sent.push(m);
    }, (m) => m);
    await expect(queue.push("bad")).rejects.toThrow("403");
    await queue.push("good");
    expect(sent).toEqual(["good"]);
  });
});
