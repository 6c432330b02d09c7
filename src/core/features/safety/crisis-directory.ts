/**
 * One way to reach a crisis, suicide-prevention or emotional-support service.
 * At least one of `phone`, `text` or `chat` is always present.
 */
export interface CrisisLine {
  /** The service's name as people will hear it when they call, e.g. "Samaritans". */
  name: string;
  /** Number(s) to call, as written locally, e.g. "116 123" or "0800 111 0 111 or 0800 111 0 222". */
  phone?: string;
  /** A bare SMS number ("988") or a short instruction ("Text HOME to 741741"). */
  text?: string;
  /** URL of a web chat. */
  chat?: string;
  /** When someone answers, e.g. "24/7" or "daily 10:00–24:00". Absent when the service does not publish it clearly. */
  hours?: string;
  /** Home page of the service. */
  website?: string;
  /** Languages answered, in English, e.g. ["Latvian", "Russian", "English"]. */
  languages?: string[];
  /** Who the line is for when it is not everyone, e.g. "young people". */
  audience?: string;
  /** URL of the page the number was checked against. */
  source: string;
  /** Day of the last desk check, YYYY-MM-DD. */
  checkedOn: string;
}

/** The crisis lines and emergency number for one country. */
export interface CountryCrisisEntry {
  /** ISO 3166-1 alpha-2 code, upper case, e.g. "DE". */
  country: string;
  /** English country name, e.g. "Germany". */
  name: string;
  /** The local emergency number to give for immediate danger, digits only, e.g. "112". */
  emergency: string;
  /** Never empty. */
  lines: CrisisLine[];
}

/** What to say when we have no entry for someone's country. */
export interface InternationalFallback {
  /** e.g. "Find A Helpline". */
  name: string;
  /** e.g. "https://findahelpline.com". */
  website: string;
  /** Hint shown after "your local emergency number", e.g. "commonly 112 or 911". */
  note: string;
}

/** Every country we can name local lines for, plus the fallback for everyone else. */
export interface CrisisDirectory {
  /** Keyed by upper-case ISO 3166-1 alpha-2 code. */
  entries: ReadonlyMap<string, CountryCrisisEntry>;
  international: InternationalFallback;
  /** The entry for a country code (any case), or null when unknown or not given. */
  lookup(country: string | null | undefined): CountryCrisisEntry | null;
}
