/** The numbers in the directory's English note ("commonly 112 or 911" → "112 o 911"), joined with the language's "or". */
export function numbersIn(note: string, or: string): string {
  const numbers = note.match(/\d+/g) ?? [];
  if (numbers.length < 2) return numbers[0] ?? note;
  return `${numbers.slice(0, -1).join(", ")} ${or} ${numbers.at(-1)}`;
}
