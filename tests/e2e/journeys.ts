/**
 * The journeys every chat adapter must carry, described once so Telegram's and Discord's
 * end-to-end tests prove the same things. Each adapter's test supplies a driver that turns a step
 * into its platform's traffic (a Telegram update, a Discord DM or interaction) against its local
 * stand-in, and collects what the bot sent back as plain text (markup stripped) and button labels.
 */

/** One thing the person (or the clock) does. */
export type JourneyStep =
  /** A plain private message. */
  | { send: string }
  /** A command with its arguments: Telegram `/name args`, Discord a slash command with its option. */
  | { command: string; args?: string }
  /** Presses the button whose label matches, on the latest bot message that has one. */
  | { press: RegExp }
  /** The scheduler runs at this instant (the adapter test drives the real core's tick and deliver). */
  | { tick: string };

/** What must be true of everything the bot sent in answer to one step. */
export interface JourneyExpectation {
  /** Each pattern must match the text of at least one message sent in answer. */
  texts?: RegExp[];
  /** No message sent in answer may match these. */
  notTexts?: RegExp[];
  /** Button labels that must be offered (on any message sent in answer). */
  buttons?: RegExp[];
  /** Names of files or images sent in answer: each pattern must match one. */
  files?: RegExp[];
  /** How many messages at least were sent in answer (default 1; 0 means "nothing was sent"). */
  atLeast?: number;
}

export interface JourneyTurn {
  step: JourneyStep;
  expect: JourneyExpectation;
}

export interface Journey {
  name: string;
  /** Virtual time at which the journey starts (adapters' tests run the core on a virtual clock). */
  startsAt: string;
  turns: JourneyTurn[];
  /** What must be stored afterwards, checked through the repositories by the adapter's test. */
  stored?: { journalEntries?: number; wins?: number };
}

export const JOURNEYS: readonly Journey[] = [
  {
    name: "onboarding with /start",
    startsAt: "2027-03-10T07:00:00Z",
    turns: [
      { step: { command: "start" }, expect: { texts: [/not a therapist/i, /which country/i], buttons: [/Skip/] } },
      { step: { send: "Germany" }, expect: { texts: [/Germany/, /time zone/i] } },
      { step: { send: "Berlin" }, expect: { texts: [/Europe\/Berlin/, /daily check-in/i] } },
      { step: { send: "09:00" }, expect: { texts: [/09:00/, /That's all for now/] } },
    ],
  },
  {
    name: "/safety and a bare help, from someone the bot has never seen",
    startsAt: "2027-03-10T07:00:00Z",
    turns: [
      {
        step: { command: "safety" },
        expect: { texts: [/findahelpline\.com/], buttons: [/Box breathing/, /5-4-3-2-1/] },
      },
      { step: { press: /Box breathing/ }, expect: { texts: [/Breathe in through your nose for 4/] } },
      { step: { send: "help" }, expect: { texts: [/findahelpline\.com/] } },
      { step: { command: "country", args: "US" }, expect: { texts: [/United States/] } },
      { step: { command: "safety" }, expect: { texts: [/988/] } },
    ],
  },
  {
    name: "a win logged by message, then listed",
    startsAt: "2027-03-10T07:00:00Z",
    turns: [
      { step: { send: "win: called my sister" }, expect: { texts: [/called my sister/] } },
      { step: { command: "wins" }, expect: { texts: [/called my sister/] } },
    ],
    stored: { wins: 1 },
  },
  {
    name: "a check-in at 09:00 local time, answered with a button and a line of text",
    startsAt: "2027-03-10T07:00:00Z",
    turns: [
      { step: { command: "timezone", args: "Europe/Berlin" }, expect: { texts: [/Europe\/Berlin/] } },
      { step: { command: "checkin", args: "09:00" }, expect: { texts: [/09:00/] } },
      { step: { tick: "2027-03-10T07:59:00Z" }, expect: { atLeast: 0, notTexts: [/How are you feeling/] } },
      { step: { tick: "2027-03-10T08:00:00Z" }, expect: { texts: [/How are you feeling/], buttons: [/^4$/] } },
      { step: { press: /^4$/ }, expect: { texts: [/write down/i] } },
      { step: { send: "Slept badly but I walked to the river." }, expect: { texts: [/Saved to your journal/] } },
    ],
    stored: { journalEntries: 1 },
  },
  {
    name: "crisis language in a journal reply: the safety response first, and the entry still kept",
    startsAt: "2027-03-10T07:00:00Z",
    turns: [
      { step: { command: "country", args: "GB" }, expect: { texts: [/United Kingdom/] } },
      {
        step: { send: "i dont want to be here anymore" },
        expect: { texts: [/Are you safe right now\?/, /116 123/, /Saved to your journal/] },
      },
    ],
    stored: { journalEntries: 1 },
  },
  {
    name: "crisis language in German, answered in German: the person's lines, buttons that answer in German, and the entry still kept",
    startsAt: "2027-03-10T07:00:00Z",
    turns: [
      { step: { command: "country", args: "DE" }, expect: { texts: [/Germany/] } },
      {
        step: { send: "ich will nicht mehr leben" },
        expect: { texts: [/Bist du gerade in Sicherheit\?/, /Krisentelefone \(Deutschland\)/, /0800 111 0 111/, /In English: \/safety/], buttons: [/Ich bin nicht in Sicherheit/, /Box-Atmung/] },
      },
      { step: { press: /Ich bin nicht in Sicherheit/ }, expect: { texts: [/Bitte ruf jetzt die 112 oder eine der Nummern unten an/, /Krisentelefone \(Deutschland\)/] } },
    ],
    stored: { journalEntries: 1 },
  },
  {
    name: "a call for help in Spanish from someone the bot has never seen, answered in Spanish",
    startsAt: "2027-03-10T07:00:00Z",
    turns: [
      { step: { send: "ayuda por favor" }, expect: { texts: [/Estoy aquí contigo/, /findahelpline\.com/], notTexts: [/I'm here with you/], buttons: [/Respiración cuadrada/] } },
      { step: { press: /Respiración cuadrada/ }, expect: { texts: [/Inspira por la nariz/], buttons: [/Volver a mi plan de seguridad/] } },
      { step: { press: /Volver a mi plan de seguridad/ }, expect: { texts: [/Estoy aquí contigo/] } },
    ],
  },
  {
    name: "/summary: the week in words, a mood chart and a file to share",
    startsAt: "2027-03-10T18:00:00Z",
    turns: [
      { step: { command: "mood", args: "6" }, expect: { texts: [/6/] } },
      { step: { send: "win: went for a walk by the river" }, expect: { texts: [/went for a walk by the river/] } },
      {
        step: { command: "summary" },
        expect: { texts: [/Between sessions/, /went for a walk by the river/], files: [/\.png$/, /\.md$/] },
      },
    ],
    stored: { wins: 1 },
  },
];
