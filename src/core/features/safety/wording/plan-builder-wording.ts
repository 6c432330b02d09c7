import type { PlanSection } from "../safety-plan";
import type { SafetyLanguage } from "./safety-wording";

// The guided plan builder's words, for a plan started from a safety response in Spanish, German or
// French (its "Make my plan" button). `/plan` typed as a command is English, as every command is.
// Reviewed like the safety response's words (see README.md).

export interface PlanBuilderWording {
  intro: string;
  /** Instead of `intro` when there is a plan already ("Edit my plan", "walk through again"). */
  introAgain: string;
  step: (number: number, total: number, title: string) => string;
  /** Each section's question and examples (Stanley & Brown's wording, in plain terms). */
  guidance: Record<PlanSection, { question: string; examples: string }>;
  already: (items: string) => string;
  howTo: string;
  buttons: { next: string; stop: string };
  /** Whole messages that move on or finish, besides the English ones, which always work. Acknowledgements ("ok", "thanks") move on: they are not plan items. */
  nextWords: readonly string[];
  stopWords: readonly string[];
  /** "Nothing": moves on, except at reasons for living, where it first gets `reasonsNothing`. */
  nothingWords: readonly string[];
  /** "Nobody", at people to ask: never saved as a person; `peopleNobody`, then the next section. */
  nobodyWords: readonly string[];
  reasonsNothing: string;
  peopleNobody: string;
  saved: (count: number) => string;
  notSaved: (skipped: number, maxLength: number, perSection: number) => string;
  addMore: string;
  tooLong: string;
  finished: (count: number) => string;
  finishedEmpty: string;
}

const EN: PlanBuilderWording = {
  intro: "Let's build your safety plan together: seven short sections, any of which you can skip. It's yours alone; nobody else sees it.",
  introAgain: "Let's go through your plan together, one section at a time. What's already there is shown at each step: add to it, or say next.",
  step: (number, total, title) => `Step ${number} of ${total}: ${title}`,
  guidance: {
    "warning-signs": {
      question: "What tells you a hard moment may be coming? Thoughts, feelings, situations.",
      examples: "e.g. can't sleep; pulling away from everyone; \"nothing will change\"",
    },
    coping: {
      question: "What can you do on your own to get through a wave, even a little?",
      examples: "e.g. box breathing; a hot shower; walk round the block; music that calms me",
    },
    distractions: {
      question: "Which people or places help take your mind off things?",
      examples: "e.g. the library; my cousin's kitchen; the climbing gym; a Discord server I like",
    },
    people: { question: "Who can you ask for help? Add how to reach them.", examples: "e.g. Sam - 0151 2345678; my sister (WhatsApp)" },
    professionals: {
      question: "Which professionals or services can you contact? Your therapist, your doctor, a local service.",
      examples: "e.g. Dr Novak (therapist) - 030 1234567; out-of-hours GP 116117",
    },
    environment: {
      question: "How can you make your surroundings safer when things are hard?",
      examples: "e.g. ask a friend to keep my medication; stay somewhere with people around",
    },
    reasons: { question: "What matters to you, what are your reasons for living? Big or small.", examples: "e.g. my dog; seeing my niece grow up; the sea in summer" },
  },
  already: (items) => `Already in your plan: ${items}`,
  howTo: "Write one or more (one per line). Say next to move on or skip this one; stop to finish later.",
  buttons: { next: "Next section", stop: "Stop for now" },
  nextWords: ["next", "skip", "pass", "ok", "okay", "thanks", "thank you", "next section"],
  stopWords: ["stop", "done", "finish", "cancel", "later", "stop for now"],
  nothingWords: ["none", "no", "nothing", "nope", "dont know", "don't know", "idk"],
  nobodyWords: ["nobody", "no one", "noone", "no-one"],
  reasonsNothing:
    "That's okay; when things are heavy it can be hard to see any. Something small counts too: a person, an animal, a song, something you'd like to see again. Add one if you can, or say next.",
  peopleNobody: "That's okay; many people feel that way, especially on hard days. Professionals and support lines come next: they are there for exactly this.",
  saved: (count) => `Saved ${count === 1 ? "that" : `those ${count}`}.`,
  notSaved: (skipped, maxLength, perSection) =>
    `${skipped} line${skipped === 1 ? " was" : "s were"} not saved: each item can be up to ${maxLength} characters, and a section holds up to ${perSection} items.`,
  addMore: "Add more, or say next.",
  tooLong: "That's a lot for one section. Could you send shorter items, one per line?",
  finished: (count) =>
    `Your safety plan is saved (${count} item${count === 1 ? "" : "s"}). /safety or just help shows it any time. /plan lets you change it; plans change as we do.`,
  finishedEmpty: "That's fine: there's no rush. /plan is here whenever you want to try, and /safety always shows crisis lines.",
};

const ES: PlanBuilderWording = {
  intro: "Vamos a crear juntos tu plan de seguridad: siete secciones cortas, y puedes saltarte cualquiera. Es solo tuyo; nadie más lo ve.",
  introAgain: "Vamos a repasar juntos tu plan, sección por sección. En cada paso verás lo que ya tienes: añade algo o escribe «siguiente».",
  step: (number, total, title) => `Paso ${number} de ${total}: ${title}`,
  guidance: {
    "warning-signs": {
      question: "¿Qué te avisa de que puede venir un momento difícil? Pensamientos, emociones, situaciones.",
      examples: "p. ej.: no puedo dormir; me alejo de todo el mundo; «nada va a cambiar»",
    },
    coping: {
      question: "¿Qué puedes hacer por tu cuenta para sobrellevar una oleada de malestar, aunque solo alivie un poco?",
      examples: "p. ej.: respiración cuadrada; una ducha caliente; dar una vuelta a la manzana; música que me calma",
    },
    distractions: {
      question: "¿Qué personas o lugares te ayudan a despejar la cabeza?",
      examples: "p. ej.: la biblioteca; la cocina de mi prima; el gimnasio de escalada; un servidor de Discord que me gusta",
    },
    people: { question: "¿A quién puedes pedir ayuda? Añade cómo localizar a cada persona.", examples: "p. ej.: Sam - 612 345 678; mi hermana (WhatsApp)" },
    professionals: {
      question: "¿A qué profesionales o servicios puedes acudir? Tu terapeuta, tu médico o médica, un servicio de tu zona.",
      examples: "p. ej.: Dra. Novak (terapeuta) - 912 345 678; urgencias de mi centro de salud",
    },
    environment: {
      question: "¿Cómo puedes hacer tu entorno más seguro cuando las cosas se ponen difíciles?",
      examples: "p. ej.: pedirle a una amiga que se quede con mis medicamentos; quedarme en un sitio con gente cerca",
    },
    reasons: { question: "¿Qué es importante para ti? ¿Cuáles son tus razones para vivir? Grandes o pequeñas.", examples: "p. ej.: mi perro; ver crecer a mi sobrina; el mar en verano" },
  },
  already: (items) => `Ya tienes en tu plan: ${items}`,
  howTo: "Escribe una o varias cosas (una por línea). Escribe «siguiente» para pasar a la próxima sección o saltarte esta, y «parar» si quieres dejarlo para otro momento.",
  buttons: { next: "Siguiente sección", stop: "Parar por ahora" },
  nextWords: ["siguiente", "saltar", "paso", "pasar", "ok", "okey", "vale", "gracias", "siguiente seccion"],
  stopWords: ["parar", "para", "listo", "terminar", "fin", "luego", "despues", "mas tarde", "ya esta", "basta", "parar por ahora"],
  nothingWords: ["nada", "ninguno", "ninguna", "no", "no se", "ni idea"],
  nobodyWords: ["nadie", "a nadie"],
  reasonsNothing:
    "Está bien; cuando todo pesa, cuesta ver alguna. Algo pequeño también cuenta: una persona, un animal, una canción, algo que te gustaría volver a ver. Añade una si puedes o escribe «siguiente».",
  peopleNobody: "Está bien; a mucha gente le pasa, sobre todo en los días difíciles. Ahora vienen profesionales y líneas de apoyo: están ahí justo para esto.",
  saved: (count) => (count === 1 ? "Guardado." : `He guardado las ${count}.`),
  notSaved: (skipped, maxLength, perSection) =>
    `${skipped === 1 ? "Una línea no se guardó" : `${skipped} líneas no se guardaron`}: cada elemento puede tener hasta ${maxLength} caracteres, y cada sección, hasta ${perSection} elementos.`,
  addMore: "Añade más o escribe «siguiente».",
  tooLong: "Es mucho para una sola sección. ¿Puedes enviar elementos más cortos, uno por línea?",
  finished: (count) =>
    `Tu plan de seguridad está guardado (${count} ${count === 1 ? "elemento" : "elementos"}). Escribe «ayuda» para verlo cuando quieras. Los planes cambian, como nosotros: /plan te deja cambiarlo (en inglés).`,
  finishedEmpty: "No pasa nada, no hay prisa. Cuando quieras retomarlo, escribe «ayuda» y pulsa «Hacer mi plan». Escribiendo «ayuda» también verás siempre las líneas de crisis.",
};

const DE: PlanBuilderWording = {
  intro: "Lass uns zusammen deinen Krisenplan erstellen: sieben kurze Abschnitte, und du kannst jeden überspringen. Er gehört nur dir; niemand sonst sieht ihn.",
  introAgain: "Lass uns deinen Plan zusammen durchgehen, Abschnitt für Abschnitt. Bei jedem Schritt siehst du, was schon drinsteht: Ergänze etwas oder schreib „weiter“.",
  step: (number, total, title) => `Schritt ${number} von ${total}: ${title}`,
  guidance: {
    "warning-signs": {
      question: "Woran merkst du, dass ein schwerer Moment kommen könnte? Gedanken, Gefühle, Situationen.",
      examples: "z. B. kann nicht schlafen; ziehe mich von allen zurück; „es wird sich nie etwas ändern“",
    },
    coping: {
      question: "Was kannst du selbst tun, damit eine schwere Welle etwas leichter auszuhalten ist?",
      examples: "z. B. Box-Atmung; eine heiße Dusche; eine Runde um den Block; Musik, die mich beruhigt",
    },
    distractions: {
      question: "Welche Menschen oder Orte helfen dir, auf andere Gedanken zu kommen?",
      examples: "z. B. die Bibliothek; die Küche meiner Cousine; die Kletterhalle; ein Discord-Server, den ich mag",
    },
    people: { question: "Wen kannst du um Hilfe bitten? Schreib dazu, wie du die Person erreichst.", examples: "z. B. Sam - 0151 2345678; meine Schwester (WhatsApp)" },
    professionals: {
      question: "Welche Fachleute oder Hilfsangebote kannst du kontaktieren? Deine Therapeutin oder deinen Therapeuten, deine Ärztin oder deinen Arzt, eine Beratungsstelle in deiner Nähe.",
      examples: "z. B. Dr. Novak (Therapeutin) - 030 1234567; ärztlicher Bereitschaftsdienst 116117",
    },
    environment: {
      question: "Wie kannst du deine Umgebung sicherer machen, wenn es schwer wird?",
      examples: "z. B. eine Freundin bitten, meine Medikamente bei sich aufzubewahren; irgendwo bleiben, wo Menschen sind",
    },
    reasons: { question: "Was ist dir wichtig, was sind deine Gründe zu leben? Große oder kleine.", examples: "z. B. mein Hund; meine Nichte aufwachsen sehen; das Meer im Sommer" },
  },
  already: (items) => `Schon in deinem Plan: ${items}`,
  howTo: "Schreib einen oder mehrere Einträge, einen pro Zeile. Schreib „weiter“, um zum nächsten Abschnitt zu gehen oder diesen zu überspringen, und „stopp“, um später weiterzumachen.",
  buttons: { next: "Nächster Abschnitt", stop: "Später weitermachen" },
  nextWords: ["weiter", "uberspringen", "ueberspringen", "nachster", "naechster", "ok", "okay", "gut", "passt", "alles klar", "danke", "nachster abschnitt"],
  stopWords: ["stopp", "fertig", "aufhoren", "aufhoeren", "ende", "spater", "spaeter", "schluss", "abbrechen", "pause", "spater weitermachen"],
  nothingWords: ["nichts", "nix", "keine", "nein", "keine ahnung", "weiss nicht", "weiß nicht"],
  nobodyWords: ["niemand", "niemanden", "keiner", "keinen"],
  reasonsNothing:
    "Das ist okay; wenn alles schwer ist, fällt es oft schwer, welche zu sehen. Auch etwas Kleines zählt: ein Mensch, ein Tier, ein Lied, etwas, das du noch einmal sehen möchtest. Schreib einen, wenn du kannst, oder „weiter“.",
  peopleNobody: "Das ist okay; so geht es vielen, gerade an schweren Tagen. Als Nächstes kommen Fachleute und Hilfsangebote: Genau dafür sind sie da.",
  saved: (count) => (count === 1 ? "Gespeichert." : `Diese ${count} sind gespeichert.`),
  notSaved: (skipped, maxLength, perSection) =>
    `${skipped === 1 ? "Eine Zeile wurde" : `${skipped} Zeilen wurden`} nicht gespeichert: Jeder Eintrag darf bis zu ${maxLength} Zeichen lang sein, und pro Abschnitt passen höchstens ${perSection} Einträge.`,
  addMore: "Schreib gern noch mehr oder „weiter“.",
  tooLong: "Das ist viel für einen Abschnitt. Kannst du kürzere Einträge schicken, einen pro Zeile?",
  finished: (count) =>
    `Dein Krisenplan ist gespeichert (${count} ${count === 1 ? "Eintrag" : "Einträge"}). Wenn du „Hilfe“ schreibst, zeige ich ihn dir jederzeit. Pläne ändern sich, so wie wir: Mit /plan kannst du ihn ändern (auf Englisch).`,
  finishedEmpty: "Das ist in Ordnung, es eilt nicht. Wenn du es wieder versuchen möchtest, schreib „Hilfe“ und tippe auf „Plan erstellen“. Mit „Hilfe“ bekommst du auch immer die Krisentelefone.",
};

const FR: PlanBuilderWording = {
  intro: "Construisons ensemble ton plan de sécurité\u00a0: sept petites sections, et tu peux passer n'importe laquelle. Il n'est qu'à toi\u00a0; personne d'autre ne le voit.",
  introAgain: "Revoyons ton plan ensemble, section par section. À chaque étape, tu verras ce qui y est déjà\u00a0: ajoutes-y quelque chose ou écris «\u00a0suivant\u00a0».",
  step: (number, total, title) => `Étape ${number} sur ${total}\u00a0: ${title}`,
  guidance: {
    "warning-signs": {
      question: "Qu'est-ce qui t'indique qu'un moment difficile approche\u00a0? Des pensées, des émotions, des situations.",
      examples: "par ex.\u00a0: je n'arrive pas à dormir\u00a0; je m'éloigne de tout le monde\u00a0; «\u00a0rien ne changera\u00a0»",
    },
    coping: {
      question: "Que peux-tu faire par toi-même pour tenir quand une vague arrive, même si ça n'aide qu'un peu\u00a0?",
      examples: "par ex.\u00a0: la respiration carrée\u00a0; une douche chaude\u00a0; faire le tour du pâté de maisons\u00a0; une musique qui m'apaise",
    },
    distractions: {
      question: "Quelles personnes ou quels lieux t'aident à te changer les idées\u00a0?",
      examples: "par ex.\u00a0: la bibliothèque\u00a0; la cuisine de ma cousine\u00a0; la salle d'escalade\u00a0; un serveur Discord que j'aime",
    },
    people: { question: "À qui peux-tu demander de l'aide\u00a0? Ajoute comment joindre chaque personne.", examples: "par ex.\u00a0: Sam - 06 12 34 56 78\u00a0; ma sœur (WhatsApp)" },
    professionals: {
      question: "Quels professionnels ou services peux-tu contacter\u00a0? Ton ou ta thérapeute, ton médecin, un service près de chez toi.",
      examples: "par ex.\u00a0: Dr Novak (thérapeute) - 01 23 45 67 89\u00a0; SOS Médecins",
    },
    environment: {
      question: "Comment peux-tu rendre ton environnement plus sûr quand c'est difficile\u00a0?",
      examples: "par ex.\u00a0: demander à une amie de garder mes médicaments chez elle\u00a0; rester dans un endroit où il y a du monde",
    },
    reasons: { question: "Qu'est-ce qui compte pour toi, quelles sont tes raisons de vivre\u00a0? Grandes ou petites.", examples: "par ex.\u00a0: mon chien\u00a0; voir grandir ma nièce\u00a0; la mer en été" },
  },
  already: (items) => `Déjà dans ton plan\u00a0: ${items}`,
  howTo: "Écris une ou plusieurs choses (une par ligne). Écris «\u00a0suivant\u00a0» pour passer à la section suivante ou sauter celle-ci, et «\u00a0stop\u00a0» pour t'arrêter là et reprendre plus tard.",
  buttons: { next: "Section suivante", stop: "Arrêter pour l'instant" },
  nextWords: ["suivant", "suivante", "passer", "passe", "je passe", "sauter", "ok", "okay", "d'accord", "dac", "merci", "c'est bon", "section suivante"],
  stopWords: ["arreter", "arrete", "j'arrete", "fini", "termine", "terminer", "finir", "plus tard", "fin", "pause"],
  nothingWords: ["rien", "aucune", "aucun", "non", "jsp", "je sais pas", "je ne sais pas", "aucune idee"],
  nobodyWords: ["personne", "a personne"],
  reasonsNothing:
    "Ce n'est pas grave\u00a0; quand tout est lourd, c'est difficile d'en voir. Une petite chose compte aussi\u00a0: une personne, un animal, une chanson, quelque chose que tu aimerais revoir. Ajoutes-en une si tu peux, ou écris «\u00a0suivant\u00a0».",
  peopleNobody: "Ce n'est pas grave\u00a0; beaucoup de personnes ressentent ça, surtout les jours difficiles. Ensuite viennent les professionnels et les lignes d'écoute\u00a0: elles sont là justement pour ça.",
  saved: (count) => (count === 1 ? "C'est enregistré." : `Ces ${count} éléments sont enregistrés.`),
  notSaved: (skipped, maxLength, perSection) =>
    `${skipped === 1 ? "Une ligne n'a pas été enregistrée" : `${skipped} lignes n'ont pas été enregistrées`}\u00a0: chaque élément peut faire jusqu'à ${maxLength} caractères, et une section peut en contenir ${perSection} au maximum.`,
  addMore: "Ajoutes-en d'autres, ou écris «\u00a0suivant\u00a0».",
  tooLong: "C'est beaucoup pour une seule section. Peux-tu envoyer des éléments plus courts, un par ligne\u00a0?",
  finished: (count) =>
    `Ton plan de sécurité est enregistré (${count} ${count === 1 ? "élément" : "éléments"}). Écris «\u00a0aide\u00a0» pour le revoir à tout moment. Les plans changent, comme nous\u00a0: /plan permet de le modifier (en anglais).`,
  finishedEmpty: "Ce n'est pas grave, rien ne presse. Quand tu voudras réessayer, écris «\u00a0aide\u00a0» puis appuie sur «\u00a0Faire mon plan\u00a0». En écrivant «\u00a0aide\u00a0», tu retrouveras aussi toujours les lignes d'écoute.",
};

const BUILDER: Record<SafetyLanguage, PlanBuilderWording> = { en: EN, es: ES, de: DE, fr: FR };

export function planBuilderWording(language: SafetyLanguage = "en"): PlanBuilderWording {
  return BUILDER[language];
}
