import type { SafetyLanguage } from "./safety-wording";

// The directory's hours and audiences are written in English ("daily 10:00–24:00", "young people").
// In another language each is shown from this table; one missing here is shown in English, and a
// test names it. "24/7" is read the same everywhere.

const ES: Readonly<Record<string, string>> = {
  "children and young people": "niños, niñas y jóvenes",
  "Aboriginal and Torres Strait Islander people": "personas aborígenes e isleñas del Estrecho de Torres",
  "young people aged 5 to 25": "jóvenes de 5 a 25 años",
  "young people": "jóvenes",
  "people in Bogotá": "personas en Bogotá",
  adults: "personas adultas",
  "children and students": "niños, niñas y estudiantes",
  "people aged 16 to 35": "personas de 16 a 35 años",
  "children, teenagers and their parents": "niños, adolescentes y sus familias",
  "people in Moscow": "personas en Moscú",
  "24/7 in many areas": "24/7 en muchas zonas",
  evenings: "por las tardes y noches",
  "Mon–Sat 14:00–20:00": "lun–sáb 14:00–20:00",
  "daily 11:00–05:00": "todos los días 11:00–05:00",
  "daily 10:00–24:00": "todos los días 10:00–24:00",
  "daily 08:00–24:00": "todos los días 08:00–24:00",
  "daily 13:00–22:00": "todos los días 13:00–22:00",
  "daily 10:00–22:00": "todos los días 10:00–22:00",
  "phone 24/7; chat daily 13:00–01:00": "teléfono 24/7; chat todos los días 13:00–01:00",
  "24/7 except during Eid holidays": "24/7 salvo en las fiestas del Eid",
  "daily 14:00–22:00": "todos los días 14:00–22:00",
  "daily 15:30–00:30": "todos los días 15:30–00:30",
  "daily 19:00–07:00": "todos los días 19:00–07:00",
  "weekdays 14:00–22:00, weekends 10:00–18:00": "entre semana 14:00–22:00, fines de semana 10:00–18:00",
};

const DE: Readonly<Record<string, string>> = {
  "children and young people": "Kinder und Jugendliche",
  "Aboriginal and Torres Strait Islander people": "Aborigines und Torres-Strait-Insulaner",
  "young people aged 5 to 25": "junge Menschen von 5 bis 25 Jahren",
  "young people": "junge Menschen",
  "people in Bogotá": "Menschen in Bogotá",
  adults: "Erwachsene",
  "children and students": "Kinder und Schüler",
  "people aged 16 to 35": "Menschen von 16 bis 35 Jahren",
  "children, teenagers and their parents": "Kinder, Jugendliche und ihre Eltern",
  "people in Moscow": "Menschen in Moskau",
  "24/7 in many areas": "24/7 in vielen Regionen",
  evenings: "abends",
  "Mon–Sat 14:00–20:00": "Mo–Sa 14:00–20:00",
  "daily 11:00–05:00": "täglich 11:00–05:00",
  "daily 10:00–24:00": "täglich 10:00–24:00",
  "daily 08:00–24:00": "täglich 08:00–24:00",
  "daily 13:00–22:00": "täglich 13:00–22:00",
  "daily 10:00–22:00": "täglich 10:00–22:00",
  "phone 24/7; chat daily 13:00–01:00": "Telefon 24/7; Chat täglich 13:00–01:00",
  "24/7 except during Eid holidays": "24/7, außer an den Eid-Feiertagen",
  "daily 14:00–22:00": "täglich 14:00–22:00",
  "daily 15:30–00:30": "täglich 15:30–00:30",
  "daily 19:00–07:00": "täglich 19:00–07:00",
  "weekdays 14:00–22:00, weekends 10:00–18:00": "werktags 14:00–22:00, am Wochenende 10:00–18:00",
};

const FR: Readonly<Record<string, string>> = {
  "children and young people": "enfants et jeunes",
  "Aboriginal and Torres Strait Islander people": "personnes aborigènes et insulaires du détroit de Torrès",
  "young people aged 5 to 25": "jeunes de 5 à 25 ans",
  "young people": "jeunes",
  "people in Bogotá": "personnes à Bogotá",
  adults: "adultes",
  "children and students": "enfants et élèves",
  "people aged 16 to 35": "personnes de 16 à 35 ans",
  "children, teenagers and their parents": "enfants, adolescents et leurs parents",
  "people in Moscow": "personnes à Moscou",
  "24/7 in many areas": "24/7 dans de nombreuses régions",
  evenings: "le soir",
  "Mon–Sat 14:00–20:00": "lun–sam 14:00–20:00",
  "daily 11:00–05:00": "tous les jours 11:00–05:00",
  "daily 10:00–24:00": "tous les jours 10:00–24:00",
  "daily 08:00–24:00": "tous les jours 08:00–24:00",
  "daily 13:00–22:00": "tous les jours 13:00–22:00",
  "daily 10:00–22:00": "tous les jours 10:00–22:00",
  "phone 24/7; chat daily 13:00–01:00": "téléphone 24/7 ; chat tous les jours 13:00–01:00",
  "24/7 except during Eid holidays": "24/7 sauf pendant les fêtes de l'Aïd",
  "daily 14:00–22:00": "tous les jours 14:00–22:00",
  "daily 15:30–00:30": "tous les jours 15:30–00:30",
  "daily 19:00–07:00": "tous les jours 19:00–07:00",
  "weekdays 14:00–22:00, weekends 10:00–18:00": "en semaine 14:00–22:00, le week-end 10:00–18:00",
};

const DETAILS: Record<SafetyLanguage, Readonly<Record<string, string>>> = { en: {}, es: ES, de: DE, fr: FR };

/** A line's hours or audience in the response's language, or as the directory wrote it. */
export function directoryDetail(detail: string, language: SafetyLanguage): string {
  return Object.hasOwn(DETAILS[language], detail) ? DETAILS[language][detail]! : detail;
}

/** The directory details with no entry in a language (for the test that keeps this table complete). */
export function untranslatedDetails(details: Iterable<string>, language: SafetyLanguage): string[] {
  if (language === "en") return [];
  return [...new Set(details)].filter((detail) => detail !== "24/7" && !Object.hasOwn(DETAILS[language], detail));
}
