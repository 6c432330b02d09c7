import type { SafetyWording } from "./safety-wording";
import { numbersIn } from "./numbers-in";

// Written with "tu", as the English is written to a friend (many French-speaking crisis chats do the
// same; "vous" is a question for native reviewers). For review by native speakers and clinicians.
export const FR: SafetyWording = {
  language: "fr",
  colon: "\u00a0: ",
  openings: {
    request: "Je suis là avec toi. Tu n'as pas à traverser ce moment sans personne.",
    "crisis-language":
      "Merci de me l'avoir dit. On dirait que les choses sont vraiment dures en ce moment, et ça compte que tu aies pu l'écrire.\nEs-tu en sécurité en ce moment ?",
    "crisis-in-plan":
      "Écrire un plan de sécurité peut remuer beaucoup de choses, et ce que tu as écrit a l'air lourd à porter. Si ça se passe maintenant, et pas seulement dans ton plan : es-tu en sécurité en ce moment ?",
    group: "Si tu traverses un moment difficile, ou si quelqu'un ici en traverse un, n'hésite pas à demander de l'aide. Ces lignes sont gratuites et confidentielles.",
  },
  sectionTitles: {
    "warning-signs": "Les signes d'alerte que je remarque",
    coping: "Ce que je peux faire par moi-même",
    distractions: "Les personnes et les lieux qui me changent les idées",
    people: "Les personnes à qui je peux demander de l'aide",
    professionals: "Professionnels et services",
    environment: "Rendre mon environnement plus sûr",
    reasons: "Mes raisons de vivre",
  },
  yourPlan: "Ton plan de sécurité :",
  genericPlan: [
    "Quelques gestes qui aident beaucoup de personnes dans ces moments-là :",
    "• Ralentis ta respiration : inspire sur 4, expire sur 6.",
    "• Mets de la distance entre toi et tout ce qui pourrait te servir à te faire du mal.",
    "• Va là où il y a d'autres personnes, ou écris à quelqu'un de confiance : « Tu peux parler ? Ça ne va pas fort. »",
    "• De l'eau froide sur le visage ou les mains peut aider à faire redescendre une vague d'émotions.",
  ].join("\n"),
  planInvite: "Quand ce sera le bon moment pour toi, le bouton «\u00a0Faire mon plan\u00a0» t'aidera à construire ton propre plan de sécurité, pas à pas.",
  groupPrivately: "Pour ton propre plan de sécurité, écris-moi en privé : il n'est jamais montré dans un groupe.",
  buttons: {
    safe: "En sécurité pour l'instant",
    unsafe: "Je ne suis pas en sécurité",
    editPlan: "Revoir mon plan",
    makePlan: "Faire mon plan",
    backToPlan: "Retour à mon plan de sécurité",
    myPlan: "Mon plan de sécurité",
  },
  grounding: {
    box: {
      label: "Respiration carrée",
      text: [
        "Respirons ensemble, lentement. Il n'y a pas de bonne ou de mauvaise façon de faire.",
        "",
        "1. Inspire par le nez en comptant jusqu'à 4.",
        "2. Retiens ton souffle en comptant jusqu'à 4.",
        "3. Expire par la bouche en comptant jusqu'à 4.",
        "4. Retiens à nouveau ton souffle en comptant jusqu'à 4.",
        "",
        "Fais-le quatre fois, ou aussi longtemps que ça t'aide. Si retenir ton souffle est désagréable, inspire et expire simplement, lentement.",
      ].join("\n"),
    },
    "54321": {
      label: "Ancrage 5-4-3-2-1",
      text: [
        "Revenons dans la pièce où tu es, un sens après l'autre.",
        "",
        "Nomme 5 choses que tu peux voir.",
        "4 choses que tu peux toucher ou sentir sur ta peau.",
        "3 choses que tu peux entendre.",
        "2 odeurs autour de toi (ou deux odeurs que tu aimes).",
        "1 chose que tu peux goûter, ou une parole bienveillante que tu peux te dire.",
        "",
        "Prends ton temps. Tu peux recommencer chaque fois que tu en as besoin.",
      ].join("\n"),
    },
  },
  safeForNow: "Ça me fait du bien de le lire. Merci de me l'avoir dit. Si ça devient plus dur plus tard, écris simplement « aide » et je te montre tout à nouveau, à toute heure.",
  notSafe: (emergency) =>
    `Merci de me l'avoir dit. Appelle maintenant ${emergency ? `le ${emergency}` : "le numéro d'urgence de ton pays"}, ou l'une des lignes ci-dessous : elles sont là justement pour ce genre de moment. Si tu peux, va là où il y a d'autres personnes et parles-en à quelqu'un près de toi.`,
  lines: {
    header: (country) => `Lignes d'écoute (${country}) :`,
    call: (phone) => `appelle le ${phone}`,
    text: (number) => `envoie un SMS au ${number}`,
    chat: (url) => `discute en ligne sur ${url}`,
    or: "ou",
    immediateDanger: (emergency) => `Si tu es en danger immédiat, appelle le ${emergency}.`,
    internationalHeader: "Lignes d'écoute :",
    international: (name, website) => `${name} : ${website} recense les lignes d'écoute gratuites et confidentielles de ton pays.`,
    internationalDanger: (note) => `Si tu es en danger immédiat, appelle le numéro d'urgence de ton pays (souvent ${numbersIn(note, "ou")}).`,
    tellCountry: "Dis-moi ton pays avec /country et je te montrerai ici les lignes de ton pays.",
  },
  stillSaving:
    "L'enregistrement de ce que tu as écrit prend plus de temps que d'habitude de mon côté. Je continue d'essayer, mais au cas où ça ne marcherait pas, copie-le dans un endroit sûr pour l'instant.",
  couldNotKeep:
    "Je n'ai pas pu enregistrer ce que tu as écrit, parce que quelque chose n'a pas marché de mon côté. Si tu veux le garder, copie-le dans un endroit sûr ; tu pourras le renvoyer plus tard.",
  unsureMention: "Merci d'avoir mis des mots dessus. Si ça devient lourd, ton plan de sécurité et les lignes d'écoute sont à portée de main, à toute heure.",
  inEnglish: "In English: /safety",
};
