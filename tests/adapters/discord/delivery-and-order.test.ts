import { describe, expect, it } from "vitest";
import { deliveryOutcomeOf, errorFields, isClosedDmError } from "../../../src/adapters/discord/delivery-outcome";
import { DiscordLimitError } from "../../../src/adapters/discord/discord-limits";
import { SerialByKey } from "../../../src/adapters/discord/serial-by-key";

describe("deliveryOutcomeOf", () => {
  it("treats closed DMs and unknown users as refused for good", () => {
    expect(deliveryOutcomeOf({ code: 50007, status: 403 })).toBe("permanent");
    expect(deliveryOutcomeOf({ code: 10013, status: 404 })).toBe("permanent");
    expect(isClosedDmError({ code: 50007 })).toBe(true);
    expect(isClosedDmError({ code: 50001 })).toBe(false);
  });

  it("treats server errors, network errors and rendering bugs as worth another try", () => {
    expect(deliveryOutcomeOf({ status: 502 })).toBe("transient");
    expect(deliveryOutcomeOf(new Error("ECONNRESET"))).toBe("transient");
    expect(deliveryOutcomeOf(new DiscordLimitError("too long"))).toBe("transient");
  });

  it("logs an error's kind and code, never its message", () => {
    const error = Object.assign(new Error("Cannot send: my secret"), { code: 50007, status: 403 });
    expect(errorFields(error)).toEqual({ error: "Error", code: 50007, status: 403 });
  });
});

describe("SerialByKey", () => {
  it("runs one person's tasks in order while another person's run alongside", async () => {
    const serial = new SerialByKey();
    const log: string[] = [];
    let releaseFirst: () => void = () => undefined;
    const first = serial.run("ana", () => new Promise<void>((resolve) => (releaseFirst = () => resolve(void log.push("ana 1")))));
    const second = serial.run("ana", async () => void log.push("ana 2"));
    await serial.run("ben", async () => void log.push("ben 1"));
    expect(log).toEqual(["ben 1"]);
    releaseFirst();
    await Promise.all([first, second]);
    expect(log).toEqual(["ben 1", "ana 1", "ana 2"]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(serial.activeKeys).toBe(0);
  });

  it("goes on after a failed task", async () => {
    const serial = new SerialByKey();
    await expect(serial.run("ana", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(serial.run("ana", async () => "next")).resolves.toBe("next");
  });
});
