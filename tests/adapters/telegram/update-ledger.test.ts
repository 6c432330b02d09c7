import { describe, expect, it } from "vitest";
import { UpdateLedger } from "../../../src/adapters/telegram/update-ledger";

const updates = (...ids: number[]) => ids.map((update_id) => ({ update_id }));

describe("UpdateLedger", () => {
  it("asks for everything unconfirmed before the first update", () => {
    expect(new UpdateLedger().offset()).toBeUndefined();
  });

  it("keeps the offset at the lowest update still in flight, so only finished updates are confirmed", () => {
    const ledger = new UpdateLedger();
    ledger.admit(updates(10, 11, 12));
    expect(ledger.offset()).toBe(10);
    ledger.complete(11);
    ledger.complete(12);
    // 10 is still running: confirming 11 and 12 would also confirm 10.
    expect(ledger.offset()).toBe(10);
    ledger.complete(10);
    expect(ledger.offset()).toBe(13);
  });

  it("hands each update out once, however often a poll returns it", () => {
    const ledger = new UpdateLedger();
    expect(ledger.admit(updates(10, 11)).map((u) => u.update_id)).toEqual([10, 11]);
    expect(ledger.admit(updates(10, 11, 12)).map((u) => u.update_id)).toEqual([12]);
    ledger.complete(11);
    expect(ledger.admit(updates(10, 11, 12))).toEqual([]);
    expect(ledger.inFlightCount).toBe(2);
  });

  it("wakes a waiting poller when the watermark moves, and reports when all is done", async () => {
    const ledger = new UpdateLedger();
    ledger.admit(updates(1, 2));
    let drained = false;
    const allDone = ledger.drained().then(() => (drained = true));
    const woken = ledger.waitForProgress(60_000);
    ledger.complete(2); // not the lowest: no progress yet
    ledger.complete(1);
    await woken;
    await allDone;
    expect(drained).toBe(true);
    expect(ledger.offset()).toBe(3);
  });

  it("ignores completing an update twice (its deadline passed, then it finished)", () => {
    const ledger = new UpdateLedger();
    ledger.admit(updates(5, 6));
    ledger.complete(5);
    ledger.complete(5);
    expect(ledger.offset()).toBe(6);
  });
});
