// The words of a call for help, reviewed like content: a change here changes who gets the safety
// response at once. All written as `normalise` in is-safety-request.ts leaves them: lowercase, no
// accents, apostrophes and hyphens as spaces ("j'ai" is "j ai", "aidez-moi" is "aidez moi").

/** Words that call for help by themselves. */
export const HELP_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ["help", "halp", "hlp", "hellp", "helpp", "hepl", "hlep", "sos", "mayday"],
  es: ["ayuda", "ayudame", "ayudenme", "ayudeme", "auxilio", "socorro"],
  de: ["hilfe", "hilf", "helft"],
  fr: ["aide", "aidez", "secours"],
};

/**
 * Words that may stand around a help word without changing what is asked: "please help me",
 * "i need help right now", "necesito ayuda ya", "hilfe bitte", "j'ai besoin d'aide svp". A message
 * made only of these and help words is a call for help; any other word ("with", "set", "time")
 * makes it an ordinary message, so "can you help me set a time?" is not one.
 */
export const FILLER_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "i", "im", "m", "me", "please", "pls", "plz", "plez", "plse", "pleas", "now", "right", "asap", "need", "needs", "needed",
    "someone", "somebody", "anyone", "anybody", "can", "could", "you", "u", "just", "really", "so", "some", "oh", "god",
    "omg", "hey", "hi", "urgent", "urgently", "quick", "quickly", "am", "is", "there", "out", "a",
  ],
  es: ["por", "favor", "porfa", "porfavor", "xfa", "ya", "ahora", "necesito", "alguien", "me", "yo", "urgente", "puedes", "puede", "dios", "mio", "hola", "una"],
  de: ["bitte", "ich", "brauche", "brauch", "jemand", "mir", "mich", "sofort", "jetzt", "dringend", "schnell", "kann", "kannst", "du", "gott", "hallo", "mal"],
  fr: ["svp", "stp", "s", "il", "vous", "te", "plait", "j", "ai", "je", "besoin", "de", "d", "quelqu", "un", "moi", "vite", "maintenant", "urgent", "a", "au", "l", "mon", "dieu", "peux", "pouvez", "tu"],
};

/** Dropped before a request by name is compared: "crisis line please", "sicherheitsplan bitte". */
export const POLITE_WORDS: readonly string[] = [
  "please", "pls", "plz", "now", "right", "asap", "por", "favor", "porfa", "ya", "ahora", "bitte", "jetzt", "sofort", "svp", "stp", "maintenant", "vite",
];

/**
 * Asking for the safety response by name: the plan, the lines, someone to talk to. Each may follow
 * one of its language's openings ("show me my safety plan", "necesito una linea de crisis").
 */
export const SAFETY_NAMES: Readonly<Record<string, { names: readonly string[]; openings: readonly string[] }>> = {
  en: {
    names: [
      "safety", "safety plan", "crisis", "crisis line", "crisis lines", "crisis number", "crisis hotline", "crisis text line", "hotline",
      "helpline", "help line", "suicide hotline", "suicide line", "suicide helpline", "lifeline", "emergency", "emergency number",
      "emergency numbers", "someone to talk to", "to talk to someone", "i need someone", "need someone",
    ],
    openings: [
      "my", "the", "a", "show me", "show me my", "show me the", "show my", "show the", "open my", "give me", "give me the", "give me my",
      "send me", "send me the", "send me my", "i need", "i need a", "i need the", "i need my", "need", "need a", "what is the",
      "whats the", "what s the", "where is my", "where is the", "where s my", "wheres my", "wheres the",
    ],
  },
  es: {
    names: [
      "plan de seguridad", "linea de crisis", "lineas de crisis", "linea de ayuda", "numero de emergencia", "numeros de emergencia",
      "emergencia", "crisis", "hablar con alguien", "alguien con quien hablar",
    ],
    openings: ["mi", "el", "la", "una", "muestrame", "muestrame mi", "muestrame el", "muestrame la", "necesito", "necesito una", "necesito el", "necesito mi", "cual es el", "cual es la", "donde esta mi", "dame", "dame el", "dame la", "dame mi"],
  },
  de: {
    names: [
      "sicherheitsplan", "notfallplan", "krisenplan", "krisentelefon", "krisenhotline", "krisendienst", "notruf", "notrufnummer",
      "notfallnummer", "notfall", "telefonseelsorge", "jemanden zum reden", "mit jemandem reden",
    ],
    openings: [
      "mein", "meinen", "der", "die", "den", "das", "zeig mir", "zeig mir meinen", "zeig mir den", "zeig mir die", "zeige mir meinen",
      "ich brauche", "ich brauche den", "ich brauche die", "ich brauche meinen", "ich brauche eine", "ich brauche einen", "ich muss",
      "wo ist mein", "wo ist der", "wo ist die", "was ist die", "gib mir", "gib mir die", "gib mir den", "gib mir meinen",
    ],
  },
  fr: {
    names: [
      "plan de securite", "ligne de crise", "lignes de crise", "ligne d ecoute", "ligne d urgence", "numero d urgence",
      "numeros d urgence", "urgence", "crise", "parler a quelqu un", "quelqu un a qui parler",
    ],
    openings: [
      "mon", "le", "la", "une", "montre moi", "montre moi mon", "montre moi le", "montre moi la", "montrez moi mon", "j ai besoin de",
      "j ai besoin d", "j ai besoin d une", "j ai besoin de mon", "j ai besoin de la", "ou est mon", "ou est la", "quel est le",
      "donne moi", "donne moi mon", "donne moi le", "donne moi la", "donnez moi", "il me faut",
    ],
  },
};
