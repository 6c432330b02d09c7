import { describe, expect, it } from "vitest";
import { isCallForHelp } from "../../../src/core/features/safety/is-safety-request";

describe("a call for help in plain text", () => {
  it.each([
    // English, as typed at 2 a.m.
    "help", "HELP ME", "help!!!", "pls help", "plz help", "help pls", "help me pls", "please help me", "someone help me",
    "can someone help me", "i need help please", "i need help right now", "need help now", "hellp", "halp", "heeelp", "sos!!",
    "S.O.S.", "i need some help", "oh god please help",
    // Asked for by name.
    "safety", "safety plan", "my safety plan", "show me my safety plan", "crisis line", "i need a crisis line", "what's the crisis number",
    "suicide hotline", "hotline please", "emergency", "i need someone", "i need someone to talk to", "i need to talk to someone",
    // Spanish, German, French.
    "ayuda", "ayúdame por favor", "necesito ayuda ya", "socorro", "necesito hablar con alguien", "mi plan de seguridad", "línea de crisis",
    "hilfe", "Hilfe bitte", "ich brauche hilfe", "ich brauche jetzt hilfe", "hilf mir", "ich muss mit jemandem reden", "Notruf", "zeig mir meinen Sicherheitsplan",
    "au secours", "à l'aide", "aidez-moi svp", "aide moi", "j'ai besoin d'aide", "j'ai besoin de parler à quelqu'un", "mon plan de sécurité", "numéro d'urgence",
  ])("answers %j with the safety response", (text) => {
    expect(isCallForHelp(text)).toBe(true);
  });

  it.each([
    "can you help me set a time?", "help me with my goals", "thanks for the help", "no help at all today", "I helped my sister move",
    "help desk closed my ticket", "crisis at work again, the server went down", "safety first at the climbing gym", "emergency room was packed, just stitches",
    "show my plan", "please", "someone", "anyone up?", "i need a nap",
    "ayuda con la mudanza mañana", "la crisis económica", "Hilfe beim Umzug war super", "Notfallplan für die Arbeit fertig gemacht",
    "je l'aide avec ses devoirs", "la crise du logement",
  ])("leaves %j to ordinary handling", (text) => {
    expect(isCallForHelp(text)).toBe(false);
  });
});
