import { describe, expect, it } from "vitest";
import { containsCallForHelp, isCallForHelp } from "../../../src/core/features/safety/is-safety-request";

describe("a call for help in plain text", () => {
  it.each([
    // English, as typed at 2 a.m.
    "help", "HELP ME", "help!!!", "pls help", "plz help", "help pls", "help me pls", "please help me", "someone help me",
    "can someone help me", "i need help please", "i need help right now", "need help now", "hellp", "halp", "heeelp", "sos!!",
    "S.O.S.", "i need some help", "oh god please help", "🆘🆘", "fuck i need help", "need help bad", "help me calm down",
    // Asked for by name.
    "safety", "safety plan", "my safety plan", "show me my safety plan", "crisis line", "i need a crisis line", "what's the crisis number",
    "suicide hotline", "hotline please", "emergency", "i need someone", "i need someone to talk to", "i need to talk to someone",
    "can i get the suicide hotline", "whats the number to call", "send me my plan", "is there someone i can talk to", "who can i call right now",
    // Spanish, German, French.
    "ayuda", "ayúdame por favor", "necesito ayuda ya", "socorro", "necesito hablar con alguien", "mi plan de seguridad", "línea de crisis",
    "hilfe", "Hilfe bitte", "ich brauche hilfe", "ich brauche jetzt hilfe", "hilf mir", "ich muss mit jemandem reden", "Notruf", "zeig mir meinen Sicherheitsplan",
    "i brauch a hüf", "kann ich mit jemand reden?", "gib mir die nummer von der telefonseelsorge", "cual es el numero de crisis", "a quien llamo ahora",
    "au secours", "à l'aide", "aidez-moi svp", "aide moi", "j'ai besoin d'aide", "j'ai besoin de parler à quelqu'un", "mon plan de sécurité", "numéro d'urgence",
    "jai besoin daide maintenant", "c quoi le numéro de crise", "qqn peut m'aider", "montre moi mon plan",
  ])("answers %j with the safety response", (text) => {
    expect(isCallForHelp(text)).toBe(true);
  });

  it.each([
    "can you help me set a time?", "help me with my goals", "thanks for the help", "no help at all today", "I helped my sister move",
    "help desk closed my ticket", "crisis at work again, the server went down", "safety first at the climbing gym", "emergency room was packed, just stitches",
    "please", "anyone up?", "i need a nap", "my plan for today is laundry", "who?",
    "ayuda con la mudanza mañana", "la crisis económica", "Hilfe beim Umzug war super", "Notfallplan für die Arbeit fertig gemacht",
    "je l'aide avec ses devoirs", "la crise du logement",
  ])("leaves %j to ordinary handling", (text) => {
    expect(isCallForHelp(text)).toBe(false);
  });
});

describe("a call for help inside a longer message", () => {
  it.each([
    "im not ok. help", "can't do this anymore, help", "its really bad tonight, help", "help pls im spiraling", "im spiraling help me",
    "no estoy bien, ayuda", "no estoy bien necesito ayuda", "ayudame porfa no puedo mas", "mir gehts nicht gut, hilfe", "hilfe ich kann nicht mehr",
    "ça va pas, aide moi", "jai peur aide moi", "sos jsuis pas bien",
  ])("finds one in %j", (text) => {
    expect(containsCallForHelp(text)).toBe(true);
  });

  it.each([
    // Jokes, laughter, questions about the app, help given or not needed.
    "help, my plant is dying lol", "Notfall: Kaffee ist alle 😂", "Hilfe, meine Pflanze stirbt schon wieder", "au secours, j'ai brûlé le riz",
    "kannst du mir helfen, die Erinnerungszeit zu ändern?", "volunteered at the food bank, felt good to help", "good day today, didn't need any help",
    "bonne journée, j'ai pas eu besoin d'aide", "écrire avant de dormir m'aide", "fui de voluntaria, me encanta ayudar", "je suis une formation de premiers secours",
    "the breathing exercise helped me a lot today and i slept well after it, which i did not expect at all",
  ])("finds none in %j", (text) => {
    expect(containsCallForHelp(text)).toBe(false);
  });
});
