import type { SafetyWording } from "./safety-wording";
import { numbersIn } from "./numbers-in";

// Written with "du", as the English is written to a friend. For review by native speakers and clinicians.
export const DE: SafetyWording = {
  language: "de",
  colon: ": ",
  openings: {
    request: "Ich bin für dich da. Du musst diesen Moment nicht allein durchstehen.",
    "crisis-language":
      "Danke, dass du mir das anvertraust. Es klingt, als wäre gerade alles sehr schwer, und ich bin froh, dass du es aufgeschrieben hast.\nBist du gerade in Sicherheit?",
    "crisis-in-plan":
      "Einen Krisenplan zu schreiben kann viel aufwühlen, und was du geschrieben hast, wiegt schwer. Falls es gerade wirklich passiert und nicht nur Teil deines Plans ist: Bist du gerade in Sicherheit?",
    group: "Wenn es dir oder jemandem hier schlecht geht, hol dir bitte Unterstützung. Diese Angebote sind kostenlos und vertraulich.",
  },
  sectionTitles: {
    "warning-signs": "Warnzeichen, die ich bemerke",
    coping: "Was ich selbst tun kann",
    distractions: "Menschen und Orte, die mich ablenken",
    people: "Menschen, die ich um Hilfe bitten kann",
    professionals: "Fachleute und Hilfsangebote",
    environment: "Meine Umgebung sicherer machen",
    reasons: "Meine Gründe zu leben",
  },
  yourPlan: "Dein Krisenplan:",
  genericPlan: [
    "Ein paar Dinge, die vielen Menschen in solchen Momenten helfen:",
    "• Atme langsamer: 4 Sekunden ein, 6 Sekunden aus.",
    "• Schaff Abstand zu allem, womit du dir etwas antun könntest.",
    "• Geh dorthin, wo andere Menschen sind, oder schreib jemandem, dem du vertraust: „Hast du kurz Zeit zum Reden? Mir geht es gerade nicht gut.“",
    "• Kaltes Wasser auf Gesicht oder Händen kann einer starken Gefühlswelle die Spitze nehmen.",
  ].join("\n"),
  planInvite: "Wenn du so weit bist, hilft dir der Button „Plan erstellen“, Schritt für Schritt deinen eigenen Krisenplan anzulegen.",
  groupPrivately: "Für deinen eigenen Krisenplan schreib mir privat: Er wird nie in einer Gruppe gezeigt.",
  buttons: {
    safe: "Ich bin gerade in Sicherheit",
    unsafe: "Ich bin nicht in Sicherheit",
    editPlan: "Plan durchgehen",
    makePlan: "Plan erstellen",
    backToPlan: "Zurück zu meinem Krisenplan",
    myPlan: "Mein Krisenplan",
  },
  grounding: {
    box: {
      label: "Box-Atmung",
      text: [
        "Lass uns zusammen atmen, ganz langsam. Es gibt dabei kein Richtig oder Falsch.",
        "",
        "1. Atme durch die Nase ein und zähle bis 4.",
        "2. Halte die Luft an und zähle bis 4.",
        "3. Atme durch den Mund aus und zähle bis 4.",
        "4. Halte wieder die Luft an und zähle bis 4.",
        "",
        "Wiederhole das viermal, oder so lange es dir hilft. Wenn sich das Anhalten unangenehm anfühlt, atme einfach langsam ein und aus.",
      ].join("\n"),
    },
    "54321": {
      label: "5-4-3-2-1-Übung",
      text: [
        "Lass uns in den Raum zurückkommen, in dem du bist, einen Sinn nach dem anderen.",
        "",
        "Nenne 5 Dinge, die du sehen kannst.",
        "4 Dinge, die du berühren oder spüren kannst.",
        "3 Dinge, die du hören kannst.",
        "2 Dinge, die du riechen kannst (oder zwei Gerüche, die du magst).",
        "1 Sache, die du schmecken kannst, oder etwas Freundliches, das du dir selbst sagen kannst.",
        "",
        "Nimm dir Zeit. Du kannst das jederzeit wiederholen.",
      ].join("\n"),
    },
  },
  safeForNow: "Das freut mich. Danke, dass du es mir sagst. Wenn es später schwerer wird, schreib einfach „Hilfe“, dann zeige ich dir jederzeit alles wieder.",
  notSafe: (emergency) =>
    `Danke, dass du es mir sagst. Bitte ruf jetzt ${emergency ? `die ${emergency}` : "den Notruf deines Landes"} oder eine der Nummern unten an. Genau für solche Momente sind sie da. Wenn du kannst, geh dorthin, wo andere Menschen sind, und sag jemandem in deiner Nähe Bescheid.`,
  lines: {
    header: (country) => `Krisentelefone (${country}):`,
    call: (phone) => `Telefon ${phone}`,
    text: (number) => `SMS an ${number}`,
    chat: (url) => `Chat unter ${url}`,
    or: "oder",
    immediateDanger: (emergency) => `Wenn du in akuter Gefahr bist, ruf die ${emergency} an.`,
    internationalHeader: "Krisentelefone:",
    international: (name, website) => `${name}: ${website} zeigt dir kostenlose, vertrauliche Hilfsangebote in deinem Land.`,
    internationalDanger: (note) => `Wenn du in akuter Gefahr bist, ruf den Notruf deines Landes an (oft ${numbersIn(note, "oder")}).`,
    tellCountry: "Sag mir mit /country dein Land, dann zeige ich dir hier die Angebote in deinem Land.",
  },
  stillSaving:
    "Das Speichern deiner Nachricht dauert bei mir gerade länger als sonst. Ich versuche es weiter, aber falls es nicht klappt, kopiere sie bitte vorerst an einen sicheren Ort.",
  couldNotKeep:
    "Ich konnte deine Nachricht gerade nicht speichern, weil bei mir etwas schiefgelaufen ist. Wenn du sie behalten möchtest, kopiere sie bitte an einen sicheren Ort; du kannst sie später noch einmal schicken.",
  unsureMention: "Danke, dass du es in Worte fasst. Wenn es schwer wird, sind dein Krisenplan und die Hilfsangebote jederzeit nur einen Fingertipp entfernt.",
  inEnglish: "In English: /safety",
};
