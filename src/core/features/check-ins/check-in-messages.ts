import type { CheckIn, User } from "../../model";
import type { Button, Reply } from "../../replies";

/** The five-face scale, stored on the 1 to 10 scale so moods stay comparable if the person switches. */
export const FACES: readonly { label: string; value: number }[] = [
  { label: "😞", value: 2 },
  { label: "🙁", value: 4 },
  { label: "😐", value: 6 },
  { label: "🙂", value: 8 },
  { label: "😄", value: 10 },
];

export const SLEEP_CHOICES: readonly { label: string; hours: number }[] = [
  { label: "under 5 h", hours: 4 },
  { label: "5 h", hours: 5 },
  { label: "6 h", hours: 6 },
  { label: "7 h", hours: 7 },
  { label: "8 h", hours: 8 },
  { label: "9 h +", hours: 9 },
];

function greeting(localHour: number): string {
  if (localHour < 12) return "Good morning.";
  if (localHour < 18) return "Hi, checking in.";
  return "Good evening.";
}

function moodButtons(checkInId: number, scale: User["moodScale"]): Button[][] {
  if (scale === "faces") return [FACES.map((face) => ({ id: `checkin.mood:${checkInId}:${face.value}`, label: face.label }))];
  const button = (value: number) => ({ id: `checkin.mood:${checkInId}:${value}`, label: String(value) });
  return [
    [1, 2, 3, 4, 5].map(button),
    [6, 7, 8, 9, 10].map(button),
  ];
}

/** The check-in itself: mood first, one tap; "later" and "skip today" are always there. */
export function checkInQuestion(checkIn: CheckIn, user: User, localHour: number): Reply {
  const scale = user.moodScale === "faces" ? "" : " (1 = very low, 10 = very good)";
  return {
    kind: "checkin",
    text: `${greeting(localHour)} How are you feeling right now?${scale}`,
    buttons: [
      ...moodButtons(checkIn.id, user.moodScale),
      [
        { id: `checkin.later:${checkIn.id}`, label: "Later (1 h)" },
        { id: `checkin.skip:${checkIn.id}`, label: "Skip today" },
      ],
    ],
  };
}

export function sleepQuestion(checkInId: number): Reply {
  return {
    kind: "checkin",
    text: "About how long did you sleep last night?",
    buttons: [
      SLEEP_CHOICES.slice(0, 3).map((c) => ({ id: `checkin.sleep:${checkInId}:${c.hours}`, label: c.label })),
      [
        ...SLEEP_CHOICES.slice(3).map((c) => ({ id: `checkin.sleep:${checkInId}:${c.hours}`, label: c.label })),
      ],
      [{ id: `checkin.next:${checkInId}:sleep`, label: "Skip" }],
    ],
  };
}

export function journalQuestion(checkInId: number, prompt: string | null): Reply {
  const nudge = prompt ? `\nIf it helps: ${prompt}` : "";
  return {
    kind: "checkin",
    text: `Anything you want to write down? Just reply, now or later.${nudge}`,
    buttons: [[{ id: `checkin.done:${checkInId}`, label: "Nothing today" }]],
    awaitsText: "journal",
  };
}
