import { describe, expect, it } from "vitest";
import data from "../../src/content/crisis-lines.json" with { type: "json" };
import {
  ZCrisisLinesFile,
  countryName,
  loadCrisisDirectory,
  parseCountry,
} from "../../src/content/crisis-lines";
import type { CountryCrisisEntry } from "../../src/core/features/safety/crisis-directory";
import { formatCrisisLines } from "../../src/core/features/safety/format-crisis-lines";

const directory = loadCrisisDirectory();

function entry(code: string): CountryCrisisEntry {
  const found = directory.lookup(code);
  if (!found) throw new Error(`no entry for ${code}`);
  return found;
}

function phones(code: string): string[] {
  return entry(code).lines.flatMap((line) => (line.phone ? line.phone.split(" or ") : []));
}

function texts(code: string): string[] {
  return entry(code).lines.flatMap((line) => (line.text ? [line.text] : []));
}

describe("the bundled crisis directory", () => {
  it("passes its own schema", () => {
    const result = ZCrisisLinesFile.safeParse(data);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it("covers at least 70 countries", () => {
    expect(directory.entries.size).toBeGreaterThanOrEqual(70);
  });

  it("gives every line a way to reach it, a source and the review date", () => {
    for (const country of directory.entries.values()) {
      for (const line of country.lines) {
        expect(line.phone ?? line.text ?? line.chat, `${country.country} ${line.name}`).toBeTruthy();
        expect(line.source, `${country.country} ${line.name}`).toMatch(/^https?:\/\/\S+$/);
        expect(line.checkedOn, `${country.country} ${line.name}`).toBe("2026-11-28");
      }
    }
  });

  it("says how it was reviewed", () => {
    expect(data.review.reviewedOn).toBe("2026-11-28");
    expect(data.review.method).toMatch(/not dialled|no number was dialled/i);
  });

  it("keys every entry by a code parseCountry resolves to that same country", () => {
    for (const code of directory.entries.keys()) expect(parseCountry(code)).toBe(code);
  });
});

describe("anchor numbers", () => {
  it("gives a US user 988 by call and text, Crisis Text Line, and 911", () => {
    expect(phones("US")).toContain("988");
    expect(texts("US")).toContain("988");
    expect(texts("US")).toContain("Text HOME to 741741");
    expect(entry("US").emergency).toBe("911");
  });

  it("gives a UK user Samaritans 116 123, Shout 85258 and 999", () => {
    expect(phones("GB")).toContain("116 123");
    expect(texts("GB")).toContain("Text SHOUT to 85258");
    expect(entry("GB").emergency).toBe("999");
  });

  it("gives an Irish user Samaritans 116 123 and 112", () => {
    expect(phones("IE")).toContain("116 123");
    expect(entry("IE").emergency).toBe("112");
  });

  it("gives a Canadian user 9-8-8 by call and text, and 911", () => {
    expect(phones("CA")).toContain("988");
    expect(texts("CA")).toContain("988");
    expect(entry("CA").emergency).toBe("911");
  });

  it("gives an Australian user Lifeline 13 11 14 and 000", () => {
    expect(phones("AU")).toContain("13 11 14");
    expect(entry("AU").emergency).toBe("000");
  });

  it("gives a New Zealand user 1737 by call and text, and 111", () => {
    expect(phones("NZ")).toContain("1737");
    expect(texts("NZ")).toContain("1737");
    expect(entry("NZ").emergency).toBe("111");
  });

  it("gives a German user both TelefonSeelsorge numbers and 112", () => {
    expect(phones("DE")).toEqual(expect.arrayContaining(["0800 111 0 111", "0800 111 0 222"]));
    expect(entry("DE").emergency).toBe("112");
  });

  it("gives French, Spanish, Indian and Japanese users their national numbers", () => {
    expect(phones("FR")).toContain("3114");
    expect(entry("FR").emergency).toBe("112");
    expect(phones("ES")).toContain("024");
    expect(entry("ES").emergency).toBe("112");
    expect(phones("IN")).toContain("14416");
    expect(entry("JP").emergency).toBe("119");
  });

  it("shows a US user 988 and 741741 in the safety response text", () => {
    const text = formatCrisisLines(directory, directory.lookup("US"));
    expect(text).toContain("call 988");
    expect(text).toContain("Text HOME to 741741");
    expect(text).toContain("911");
  });
});

describe("lookup", () => {
  it("ignores case and surrounding spaces", () => {
    expect(directory.lookup("gb")?.name).toBe("United Kingdom");
    expect(directory.lookup(" De ")?.name).toBe("Germany");
  });

  it("returns null for unknown, missing or empty countries", () => {
    expect(directory.lookup("XX")).toBeNull();
    expect(directory.lookup("Germany")).toBeNull();
    expect(directory.lookup(null)).toBeNull();
    expect(directory.lookup(undefined)).toBeNull();
    expect(directory.lookup("")).toBeNull();
  });

  it("falls back to findahelpline.com and the usual emergency numbers", () => {
    expect(directory.international.website).toBe("https://findahelpline.com");
    const text = formatCrisisLines(directory, directory.lookup("XX"));
    expect(text).toContain("https://findahelpline.com");
    expect(text).toContain("112 or 911");
  });
});

describe("schema", () => {
  const line = { name: "Line", phone: "116 123", source: "https://example.org/lines", checkedOn: "2026-11-28" };
  const country = { country: "DE", name: "Germany", emergency: "112", lines: [line] };
  const file = (countries: unknown[]) => ({ review: data.review, international: data.international, countries });
  const accepts = (countries: unknown[]) => ZCrisisLinesFile.safeParse(file(countries)).success;

  it("accepts a minimal valid file", () => {
    expect(accepts([country])).toBe(true);
  });

  it("rejects a country listed twice", () => {
    expect(accepts([country, { ...country }])).toBe(false);
  });

  it("rejects codes that are not upper-case ISO countries", () => {
    expect(accepts([{ ...country, country: "de" }])).toBe(false);
    expect(accepts([{ ...country, country: "XX" }])).toBe(false);
    expect(accepts([{ ...country, country: "UK" }])).toBe(false);
    expect(accepts([{ ...country, country: "EU" }])).toBe(false);
  });

  it("rejects a line with no phone, text or chat", () => {
    const silent = { name: line.name, source: line.source, checkedOn: line.checkedOn };
    expect(accepts([{ ...country, lines: [silent] }])).toBe(false);
  });

  it("rejects bad URLs, impossible dates, non-digit emergency numbers and unknown fields", () => {
    expect(accepts([{ ...country, lines: [{ ...line, source: "example.org" }] }])).toBe(false);
    expect(accepts([{ ...country, lines: [{ ...line, chat: "javascript:alert(1)" }] }])).toBe(false);
    expect(accepts([{ ...country, lines: [{ ...line, checkedOn: "2026-02-30" }] }])).toBe(false);
    expect(accepts([{ ...country, lines: [{ ...line, checkedOn: "28/11/2026" }] }])).toBe(false);
    expect(accepts([{ ...country, emergency: "1-1-2" }])).toBe(false);
    expect(accepts([{ ...country, lines: [{ ...line, phone: "call us" }] }])).toBe(false);
    expect(accepts([{ ...country, lines: [{ ...line, fax: "123" }] }])).toBe(false);
    expect(accepts([{ ...country, lines: [] }])).toBe(false);
  });
});

describe("parseCountry", () => {
  it.each([
    ["de", "DE"],
    ["DE", "DE"],
    [" fr ", "FR"],
    ["Germany", "DE"],
    ["united kingdom", "GB"],
    ["UK", "GB"],
    ["U.K.", "GB"],
    ["USA", "US"],
    ["America", "US"],
    ["the Netherlands", "NL"],
    ["South Korea", "KR"],
    ["Côte d’Ivoire", "CI"],
    ["Deutschland", "DE"],
    ["España", "ES"],
    ["Espana", "ES"],
    ["México", "MX"],
    ["Nederland", "NL"],
    ["Österreich", "AT"],
    ["Schweiz", "CH"],
    ["Suisse", "CH"],
    ["Italia", "IT"],
    ["Brasil", "BR"],
    ["Polska", "PL"],
    ["日本", "JP"],
    ["🇩🇪", "DE"],
    ["bd", "BD"],
    ["Bangladesh", "BD"],
  ])("resolves %j to %s", (input, code) => {
    expect(parseCountry(input)).toBe(code);
  });

  it.each([
    ["an empty string", ""],
    ["spaces", "   "],
    ["an unassigned code", "xx"],
    ["a grouping code", "EU"],
    ["a retired code", "DD"],
    ["a made-up country", "Narnia"],
    ["an emoji", "😀"],
    ["a flag-like pair that is no country", "🇿🇿"],
    ["a sentence", "I live in Germany"],
    ["20,000 characters", "a".repeat(20_000)],
  ])("returns null for %s", (_label, input) => {
    expect(parseCountry(input)).toBeNull();
  });
});

describe("countryName", () => {
  it("names any valid code in English", () => {
    expect(countryName("de")).toBe("Germany");
    expect(countryName("BD")).toBe("Bangladesh");
    expect(countryName("HK")).toBe("Hong Kong");
  });

  it("returns an unknown code upper-cased rather than inventing a name", () => {
    expect(countryName("xx")).toBe("XX");
  });
});
