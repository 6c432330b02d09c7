import type { SafetyWording } from "./safety-wording";

export const EN: SafetyWording = {
  language: "en",
  colon: ": ",
  openings: {
    request: "I'm here with you. You don't have to get through this moment alone.",
    "crisis-language":
      "Thank you for telling me. It sounds like things are really hard right now, and I'm glad you wrote it down.\nAre you safe right now?",
    // Warning signs and means are what a plan is made of: the words may be planning, not happening now.
    "crisis-in-plan":
      "Writing a safety plan can stir up a lot, and what you wrote sounds heavy. If it is happening now, not only something you're planning for: are you safe right now?",
    group: "If you or someone here is struggling, please reach out. These lines are free and confidential.",
  },
  sectionTitles: {
    "warning-signs": "Warning signs I notice",
    coping: "Things I can do on my own",
    distractions: "People and places that take my mind off things",
    people: "People I can ask for help",
    professionals: "Professionals and services",
    environment: "Making my surroundings safer",
    reasons: "My reasons for living",
  },
  yourPlan: "Your safety plan:",
  genericPlan: [
    "Some things that help many people right now:",
    "• Slow your breathing: in for 4, out for 6.",
    "• Put some distance between you and anything you could use to hurt yourself.",
    "• Go where there are other people, or message someone you trust: \"Can you talk? I'm having a hard time.\"",
    "• Cold water on your face or hands can take the edge off a wave.",
  ].join("\n"),
  planInvite: "When you feel ready, /plan builds your own safety plan with you, one small step at a time.",
  groupPrivately: "For your own safety plan, message me privately: it is never shown in a group.",
  buttons: {
    safe: "I'm safe for now",
    unsafe: "I'm not safe",
    editPlan: "Edit my plan",
    makePlan: "Make my plan",
    backToPlan: "Back to my safety plan",
    myPlan: "My safety plan",
  },
  grounding: {
    box: {
      label: "Box breathing",
      text: [
        "Let's breathe together, slowly. There is no right or wrong way to do this.",
        "",
        "1. Breathe in through your nose for 4.",
        "2. Hold for 4.",
        "3. Breathe out through your mouth for 4.",
        "4. Hold for 4.",
        "",
        "Repeat four times, or for as long as it helps. If holding feels uncomfortable, just breathe in and out slowly.",
      ].join("\n"),
    },
    "54321": {
      label: "5-4-3-2-1 grounding",
      text: [
        "Let's come back to the room you are in, one sense at a time.",
        "",
        "Name 5 things you can see.",
        "4 things you can touch or feel.",
        "3 things you can hear.",
        "2 things you can smell (or two smells you like).",
        "1 thing you can taste, or one kind thing you can say to yourself.",
        "",
        "Take your time. You can do it again whenever you need.",
      ].join("\n"),
    },
  },
  safeForNow: "I'm glad. Thank you for letting me know. If it gets harder later, /safety or just help brings everything back, any time.",
  notSafe: (emergency) =>
    `Thank you for telling me. Please call ${emergency ?? "your local emergency number"} now, or one of the lines below: they are there for exactly this moment. If you can, go to where other people are and tell someone near you.`,
  lines: {
    header: (country) => `Crisis lines in ${country}:`,
    call: (phone) => `call ${phone}`,
    text: (number) => `text ${number}`,
    chat: (url) => `chat at ${url}`,
    or: "or",
    immediateDanger: (emergency) => `If you are in immediate danger, call ${emergency}.`,
    internationalHeader: "Crisis lines:",
    international: (name, website) => `${name}: ${website} lists free, confidential helplines in your country.`,
    internationalDanger: (note) => `If you are in immediate danger, call your local emergency number (${note}).`,
    tellCountry: "Tell me your country with /country and I will show your local lines here.",
  },
  stillSaving:
    "Saving what you wrote is taking longer than usual on my side. I'll keep trying, but in case it doesn't work, please copy it somewhere safe for now.",
  couldNotKeep:
    "I couldn't save what you wrote just now, because something went wrong on my side. If you want to keep it, please copy it somewhere safe; you can send it again later.",
  unsureMention: "Thank you for putting that into words. If things get heavy, your safety plan and support lines are one tap away, any time.",
  inEnglish: null,
};
