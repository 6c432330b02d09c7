import { describe, expect, it } from "vitest";
import { parseLocalTime } from "../../../src/core/features/check-ins/parse-local-time";

describe("parseLocalTime", () => {
  it.each([
    ["08:30", "08:30"],
    ["8:30", "08:30"],
    ["8.30", "08:30"],
    ["0830", "08:30"],
    ["830", "08:30"],
    ["8", "08:00"],
    ["8am", "08:00"],
    ["8 AM", "08:00"],
    ["8:30 pm", "20:30"],
    ["8:30pm", "20:30"],
    ["8 p.m.", "20:00"],
    ["12am", "00:00"],
    ["12pm", "12:00"],
    ["12:15 am", "00:15"],
    ["20h30", "20:30"],
    ["20h", "20:00"],
    ["00:00", "00:00"],
    ["23:59", "23:59"],
    ["  21:00  ", "21:00"],
    ["noon", "12:00"],
    ["midnight", "00:00"],
  ])("reads %j as %s", (input, text) => {
    const parsed = parseLocalTime(input);
    expect(parsed?.text).toBe(text);
    expect(parsed?.hour).toBe(Number(text.slice(0, 2)));
    expect(parsed?.minute).toBe(Number(text.slice(3)));
  });

  it.each([
    "25:00",
    "24:00",
    "12:60",
    "",
    "   ",
    "abc",
    "8:30:00:00",
    "8:5",
    "0am",
    "13pm",
    "20:30 pm",
    "-8",
    "8:30 mon-fri",
    "🙂",
    "8🙂",
    "٨:٣٠", // Arabic-Indic digits: we store plain ASCII "HH:MM" only
  ])("refuses %j", (input) => {
    expect(parseLocalTime(input)).toBeNull();
  });

  it("refuses 20,000-character input", () => {
    expect(parseLocalTime("x".repeat(20_000))).toBeNull();
    expect(parseLocalTime("8".repeat(20_000))).toBeNull();
    expect(parseLocalTime(`${" ".repeat(20_000)}8:30`)).toBeNull();
  });
});
