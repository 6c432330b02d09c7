import type { SafetyWording } from "./safety-wording";
import { numbersIn } from "./numbers-in";

// Written with "tú", as the English is written to a friend. For review by native speakers and clinicians.
export const ES: SafetyWording = {
  language: "es",
  colon: ": ",
  openings: {
    request: "Estoy aquí contigo. No tienes que pasar por este momento a solas.",
    "crisis-language":
      "Gracias por contármelo. Parece que lo estás pasando muy mal, y me alegra que lo hayas escrito.\n¿Estás a salvo ahora mismo?",
    "crisis-in-plan":
      "Escribir un plan de seguridad puede remover muchas cosas, y lo que has escrito suena muy duro. Si está pasando ahora, y no es solo parte de tu plan: ¿estás a salvo ahora mismo?",
    group: "Si lo estás pasando mal, o alguien de aquí lo está pasando, por favor, busca apoyo. Estas líneas son gratuitas y confidenciales.",
  },
  sectionTitles: {
    "warning-signs": "Señales de alerta que noto",
    coping: "Cosas que puedo hacer por mi cuenta",
    distractions: "Personas y lugares que me ayudan a distraerme",
    people: "Personas a las que puedo pedir ayuda",
    professionals: "Profesionales y servicios",
    environment: "Hacer mi entorno más seguro",
    reasons: "Mis razones para vivir",
  },
  yourPlan: "Tu plan de seguridad:",
  genericPlan: [
    "Algunas cosas que ayudan a mucha gente en momentos así:",
    "• Respira más despacio: toma aire contando hasta 4 y suéltalo contando hasta 6.",
    "• Pon distancia entre tú y cualquier cosa que pudieras usar para hacerte daño.",
    "• Ve a donde haya otras personas, o escribe a alguien de confianza: \"¿Puedes hablar? Lo estoy pasando mal.\"",
    "• Ponerte agua fría en la cara o en las manos puede bajar la intensidad de una oleada de emociones.",
  ].join("\n"),
  planInvite: "Cuando te sientas con fuerzas, el botón «Hacer mi plan» te ayuda a crear tu propio plan de seguridad, paso a paso.",
  groupPrivately: "Para tu propio plan de seguridad, escríbeme en privado: nunca se muestra en un grupo.",
  buttons: {
    safe: "Por ahora estoy a salvo",
    unsafe: "No estoy a salvo",
    editPlan: "Repasar mi plan",
    makePlan: "Hacer mi plan",
    backToPlan: "Volver a mi plan de seguridad",
    myPlan: "Mi plan de seguridad",
  },
  grounding: {
    box: {
      label: "Respiración cuadrada",
      text: [
        "Respiremos juntos, despacio. No hay una forma correcta o incorrecta de hacerlo.",
        "",
        "1. Inspira por la nariz contando hasta 4.",
        "2. Mantén el aire contando hasta 4.",
        "3. Suelta el aire por la boca contando hasta 4.",
        "4. Haz una pausa sin tomar aire contando hasta 4.",
        "",
        "Repítelo cuatro veces, o el tiempo que te ayude. Si mantener el aire te resulta incómodo, simplemente toma y suelta el aire despacio.",
      ].join("\n"),
    },
    "54321": {
      label: "Anclaje 5-4-3-2-1",
      text: [
        "Volvamos a la habitación en la que estás, sentido por sentido.",
        "",
        "Nombra 5 cosas que puedas ver.",
        "4 cosas que puedas tocar o sentir.",
        "3 cosas que puedas oír.",
        "2 cosas que puedas oler (o dos olores que te gusten).",
        "1 cosa que puedas saborear, o algo amable que puedas decirte.",
        "",
        "Tómate tu tiempo. Puedes repetirlo siempre que lo necesites.",
      ].join("\n"),
    },
  },
  safeForNow: "Me alegro. Gracias por decírmelo. Si más tarde la cosa se pone más difícil, escribe «ayuda» y te lo vuelvo a mostrar todo, a cualquier hora.",
  notSafe: (emergency) =>
    `Gracias por decírmelo. Por favor, llama ahora ${emergency ? `al ${emergency}` : "al número de emergencias de tu país"}, o a una de las líneas de abajo: están ahí justo para momentos como este. Si puedes, ve a donde haya otras personas y díselo a alguien que tengas cerca.`,
  lines: {
    header: (country) => `Líneas de crisis (${country}):`,
    call: (phone) => `llama al ${phone}`,
    text: (number) => `escribe un SMS al ${number}`,
    chat: (url) => `chatea en ${url}`,
    or: "o",
    immediateDanger: (emergency) => `Si estás en peligro inmediato, llama al ${emergency}.`,
    internationalHeader: "Líneas de crisis:",
    international: (name, website) => `${name}: ${website} reúne las líneas de ayuda gratuitas y confidenciales de tu país.`,
    internationalDanger: (note) => `Si estás en peligro inmediato, llama al número de emergencias de tu país (a menudo ${numbersIn(note, "o")}).`,
    tellCountry: "Dime tu país con /country y te mostraré aquí las líneas de tu país.",
  },
  stillSaving:
    "Estoy tardando más de lo normal en guardar lo que escribiste. Lo seguiré intentando, pero por si no funciona, copia el texto en un lugar seguro por ahora.",
  couldNotKeep:
    "No pude guardar lo que escribiste porque algo falló de mi lado. Si quieres conservarlo, cópialo en un lugar seguro; puedes volver a enviarlo más tarde.",
  unsureMention: "Gracias por ponerlo en palabras. Si las cosas se ponen difíciles, tu plan de seguridad y las líneas de apoyo están a un toque, a cualquier hora.",
  inEnglish: "In English: /safety",
};
