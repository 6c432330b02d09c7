import { z } from "zod";
import type { CountryCrisisEntry, CrisisDirectory, CrisisLine } from "../core/features/safety/crisis-directory";
import { isCountryCode } from "../core/features/settings/parse-country";
import data from "./crisis-lines.json" with { type: "json" };

// Several numbers may share one field ("0800 111 0 111 or 116 123"); each must look dialable.
const PHONE_NUMBER = /^[+*]?\(?\d[\d ()-]*\d$|^\d$/;

const ZHttpUrl = z.url({ protocol: /^https?$/ });
const ZLabel = z.string().trim().min(1).max(120);

const ZPhone = z
  .string()
  .max(80)
  .refine((value) => value.split(" or ").every((part) => PHONE_NUMBER.test(part)), {
    message: "phone must be digits, spaces, dashes or brackets, several joined by ' or '",
  });

/** One crisis line as stored in crisis-lines.json. */
export const ZCrisisLine = z
  .strictObject({
    name: ZLabel,
    phone: ZPhone.optional(),
    text: z.string().trim().min(1).max(60).optional(),
    chat: ZHttpUrl.optional(),
    hours: z.string().trim().min(1).max(80).optional(),
    website: ZHttpUrl.optional(),
    languages: z.array(z.string().trim().min(1).max(40)).min(1).optional(),
    audience: z.string().trim().min(1).max(80).optional(),
    source: ZHttpUrl,
    checkedOn: z.iso.date(),
  })
  .refine((line) => Boolean(line.phone ?? line.text ?? line.chat), {
    message: "a line needs at least one of phone, text or chat",
  }) satisfies z.ZodType<CrisisLine>;

/** One country's entry as stored in crisis-lines.json. */
export const ZCountryCrisisEntry = z.strictObject({
  country: z.string().refine(isCountryCode, { message: "country must be an upper-case ISO 3166-1 alpha-2 code" }),
  name: ZLabel,
  emergency: z.string().regex(/^\d{2,6}$/, { message: "emergency must be 2 to 6 digits" }),
  lines: z.array(ZCrisisLine).min(1),
}) satisfies z.ZodType<CountryCrisisEntry>;

/** The whole crisis-lines.json file. */
export const ZCrisisLinesFile = z.strictObject({
  review: z.strictObject({ method: z.string().trim().min(20), reviewedOn: z.iso.date() }),
  international: z.strictObject({ name: ZLabel, website: ZHttpUrl, note: ZLabel }),
  countries: z
    .array(ZCountryCrisisEntry)
    .min(1)
    .superRefine((countries, ctx) => {
      const seen = new Set<string>();
      for (const [index, entry] of countries.entries()) {
        if (seen.has(entry.country)) {
          ctx.addIssue({ code: "custom", path: [index, "country"], message: `duplicate country ${entry.country}` });
        }
        seen.add(entry.country);
      }
    }),
});

/** Validates the bundled directory and indexes it by country code; throws if the data is wrong. */
export function loadCrisisDirectory(): CrisisDirectory {
  const file = ZCrisisLinesFile.parse(data);
  const entries = new Map(file.countries.map((entry) => [entry.country, entry] as const));
  return {
    entries,
    international: file.international,
    lookup(country) {
      if (!country) return null;
      return entries.get(country.trim().toUpperCase()) ?? null;
    },
  };
}

export { countryName, parseCountry } from "../core/features/settings/parse-country";
