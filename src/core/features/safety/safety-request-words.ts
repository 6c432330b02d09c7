// The words of a call for help, reviewed like content: a change here changes who gets the safety
// response at once. All written as `words` in is-safety-request.ts leaves them: lowercase, no
// accents, split at anything that is not a letter or digit ("j'ai" is "j ai", "aidez-moi" is
// "aidez moi"). tests/fixtures/safety-requests/ measures them (npm run eval:requests).

/** Words that call for help by themselves (nouns and the verb forms people type). */
export const HELP_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ["help", "halp", "hlp", "hellp", "helpp", "hepl", "hlep", "sos", "mayday", "support"],
  es: ["ayuda", "ayudame", "ayudenme", "ayudeme", "ayudar", "ayudas", "ayudes", "ayude", "ayudarme", "ayudaa", "auxilio", "socorro", "apoyo"],
  // Swiss and Austrian forms too: "hälfe", "hüf".
  de: ["hilfe", "hilfee", "hilf", "helft", "helfen", "helfe", "hlife", "halfe", "huf", "unterstutzung", "unterstuetzung"],
  // Typed without apostrophes: "daide" (d'aide), "laide" (l'aide).
  fr: ["aide", "aidez", "aider", "maider", "daide", "laide", "secours", "ausecours", "soutien"],
};

/**
 * Words that may stand around a help word without changing what is asked: "please help me",
 * "i need help right now", "necesito ayuda ya", "hilfe bitte", "j'ai besoin d'aide svp". A message
 * made only of these and help words is a call for help; any other word ("with", "set", "time")
 * makes it an ordinary message, so "can you help me set a time?" is not one. "calm down" is here
 * because "help me calm down" is a call for help.
 */
export const FILLER_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "i", "im", "m", "me", "please", "pls", "plz", "plez", "plse", "pleas", "now", "right", "rn", "asap", "need", "needs", "needed",
    "someone", "somebody", "anyone", "anybody", "can", "could", "you", "u", "just", "really", "so", "some", "oh", "god",
    "omg", "hey", "hi", "yo", "mate", "fr", "urgent", "urgently", "quick", "quickly", "am", "is", "there", "out", "a", "calm", "down",
    "bad", "badly", "fuck", "fucking", "shit", "damn", "needing", "tonight", "today", "bot",
  ],
  es: [
    "por", "favor", "porfa", "porfis", "porfavor", "xfa", "x", "ya", "mismo", "ahora", "ahorita", "necesito", "nesesito", "alguien", "me", "yo",
    "urgente", "es", "puedes", "puede", "dios", "mio", "hola", "una", "tia", "wey", "weon", "che", "hay", "a", "calmarme", "necesita", "q", "que",
    "fa", "joder", "mierda", "boludo", "neta", "posta", "tio", "podes", "ocupo", "hago", "noche", "esta", "bot",
  ],
  de: [
    "bitte", "ich", "i", "brauche", "brauch", "bruuch", "jemand", "jmd", "mir", "mer", "mich", "sofort", "jetzt", "grad", "gerade", "dringend",
    "schnell", "kann", "kannst", "chasch", "du", "gott", "hallo", "mal", "ist", "da", "a", "zu", "beruhigen", "brauchen", "alter", "oida",
    "scheisse", "verdammt", "heute", "heut", "nacht", "runterzukommen", "runterkommen", "bot",
  ],
  fr: [
    "svp", "stp", "s", "il", "vous", "te", "plait", "j", "jai", "ai", "je", "besoin", "de", "d", "quelqu", "qqn", "un", "moi", "m", "vite", "maintenant",
    "urgent", "c", "est", "a", "au", "l", "la", "mon", "dieu", "peux", "peut", "pouvez", "pourriez", "tu", "y", "tout", "suite", "me", "calmer",
    "putain", "wesh", "merde", "grave", "cette", "nuit", "ce", "soir", "bot",
  ],
};

/** Dropped before a request by name is compared: "crisis line please", "sicherheitsplan bitte". */
export const POLITE_WORDS: readonly string[] = [
  "please", "pls", "plz", "now", "right", "rn", "asap", "por", "favor", "porfa", "ya", "ahora", "bitte", "jetzt", "sofort", "schnell", "svp", "stp", "maintenant", "vite", "mismo", "porfavor", "porfis", "xfa", "kindly", "urgente", "ahorita", "again",
];

/**
 * Laughter: a call for help inside a longer message that laughs ("help, my plant is dying lol",
 * "Notfall: Kaffee ist alle 😂") is a joke. A bare "help lol" is still answered.
 */
export const LAUGHTER: readonly string[] = ["lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "jaja", "jajaja", "jeje", "hihi", "mdr", "ptdr", "xd", "😂", "🤣", "😅", "😆", "😹"];

/**
 * The safety response asked for by name: the plan, the lines, someone to talk to. A message is
 * compared with each name after both lose the language's request words below ("can i get the
 * suicide hotline", "cual es el numero de emergencias", "gib mir die nummer von der telefonseelsorge").
 */
export const SAFETY_NAMES: Readonly<Record<string, { names: readonly string[]; requestWords: readonly string[] }>> = {
  en: {
    names: [
      "safety", "safety plan", "crisis plan", "crisis", "crisis line", "crisis lines", "crisis hotline", "crisis text line", "crisis chat",
      "hotline", "helpline", "help line", "suicide hotline", "suicide line", "suicide helpline", "lifeline", "emergency",
      "someone", "somebody", "anyone", "someone to talk to", "someone i can talk to", "someone to call", "talk to someone",
      "who can i call", "who do i call", "who can i talk to", "plan", "number to call", "crisis chat link", "emergency contacts",
      "emergency contact", "talk to me", "can i talk to someone", "talk", "to talk", "a real person", "talk to a real person",
      "hotline i can call",
    ],
    requestWords: [
      "what", "whats", "s", "is", "the", "my", "a", "an", "me", "give", "gimme", "send", "show", "open", "get", "can", "could", "i", "need",
      "where", "number", "numbers", "you", "u", "there", "to", "do", "should", "kindly", "link", "think", "and",
    ],
  },
  es: {
    names: [
      "plan de seguridad", "plan de crisis", "linea de crisis", "lineas de crisis", "numero de crisis", "linea de ayuda", "telefono de ayuda",
      "numero de ayuda", "numeros de ayuda", "numero de emergencia", "numero de emergencias", "emergencia", "crisis", "alguien",
      "alguien con quien hablar", "hablar con alguien", "a quien llamo", "a quien puedo llamar", "plan", "chat de crisis",
      "numero para llamar", "a que numero llamo", "a q numero llamo", "alguien para hablar", "alguien pa hablar", "hablame", "lineas de ayuda",
      "hablar", "que alguien me escuche", "alguien que me hable", "alguien q me hable",
    ],
    requestWords: [
      "mi", "el", "la", "los", "las", "un", "una", "dame", "pasame", "mandame", "enviame", "muestrame", "necesito", "cual", "es", "donde",
      "esta", "numero", "numeros", "telefono", "me", "puedes", "pasar", "mandar", "hay", "ensename", "puedo", "pa", "quiero", "dar",
      "alguna", "y",
    ],
  },
  de: {
    names: [
      "sicherheitsplan", "notfallplan", "krisenplan", "krise", "krisentelefon", "krisenhotline", "krisendienst", "krisennummer", "krisenchat",
      "notruf", "notrufnummer", "notfallnummer", "notfall", "telefonseelsorge", "seelsorge", "hotline", "jemand", "jemanden zum reden",
      "jmd zum reden", "mit jemandem reden", "wen kann ich anrufen", "plan", "mit jemand reden", "red mit mir", "welche nummer soll ich anrufen",
      "notfallnummern", "krisennummern", "reden", "jemanden", "wen zum reden",
    ],
    requestWords: [
      "mein", "meinen", "meine", "der", "die", "den", "das", "dem", "von", "zeig", "zeige", "mir", "gib", "schick", "schicke", "schicken",
      "sende", "ich", "i", "brauche", "brauch", "muss", "wo", "ist", "was", "nummer", "konnten", "sie", "mal", "kannst", "du", "mit", "da",
      "kann", "wurden", "und",
    ],
  },
  fr: {
    names: [
      "plan de securite", "plan de crise", "ligne de crise", "lignes de crise", "numero de crise", "ligne d ecoute", "numero d ecoute",
      "ligne d urgence", "numero d urgence", "urgence", "crise", "numero d aide", "quelqu un", "parler a quelqu un", "quelqu un a qui parler",
      "qui j appelle", "qui appeler", "qui je peux appeler", "parler a qqn", "numero daide", "plan", "chat de crise", "numero a appeler",
      "jpeux appeler qui", "parler a quelqun", "quelquun", "parle moi", "numero durgence", "parler",
    ],
    requestWords: [
      "mon", "ma", "le", "la", "les", "un", "une", "montre", "montrez", "moi", "donne", "donnez", "envoie", "envoyez", "j", "ai", "besoin",
      "de", "d", "ou", "est", "quel", "quelle", "c", "quoi", "il", "me", "faut", "je", "veux", "tout", "suite", "numero", "dois", "jdois", "y", "a", "jai", "dun", "cest", "lien", "du", "et",
    ],
  },
};

/**
 * Words that open a first-person clause. A call for help followed by one reads as one message in
 * distress: "help pls im spiraling", "ayudame porfa no puedo mas", "sos jsuis pas bien". ("j" is not
 * here: "au secours j'ai brûlé le riz" is a joke.)
 */
export const FIRST_PERSON_OPENERS: readonly string[] = [
  "i", "im", "ive", "cant", "dont", "no", "estoy", "tengo", "ando", "ich", "bin", "hab", "habe", "gehts", "je", "jai", "jsuis", "chu", "suis",
  "jpeux", "jen",
];

/**
 * Subjects that make a help word at the end of a message a verb about something else: "ça m'aide",
 * "and it helped", "eso me ayuda". A call for help ending a message after one of these is not one.
 */
export const THIRD_PERSON_SUBJECTS: readonly string[] = [
  "it", "that", "this", "which", "he", "she", "they", "who", "ca", "cela", "qui", "il", "elle", "on", "ils", "elles", "eso", "esto", "lo", "le",
  "das", "es", "er", "sie", "man", "dies",
];

/**
 * A short message that ends in a call for help counts only when that call asks for the writer:
 * "im spiraling help me", "no estoy bien necesito ayuda", "jai peur aide moi". Without one of these
 * the words at the end are too often about helping ("felt good to help", "me encanta ayudar").
 */
export const CALL_MARKERS: readonly string[] = [
  "me", "i", "im", "need", "sos", "yo", "necesito", "ayudame", "ayudenme", "socorro", "auxilio", "ich", "mir", "mich", "brauche", "brauch",
  "hilf", "helft", "moi", "je", "jai", "besoin", "aidez", "ausecours",
];

/** "didn't need any help", "j'ai pas eu besoin d'aide": a call just after one of these is denied, not made. */
export const NEGATIONS: readonly string[] = ["not", "didnt", "dont", "doesnt", "never", "no", "nicht", "kein", "keine", "nie", "pas", "jamais", "nunca", "tampoco"];
