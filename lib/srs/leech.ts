// Leeches (pure): cards forgotten so often that reviewing them again is not working, as Anki
// counts them. A learner is told when a card becomes one, and again at every half threshold
// after (12, 16, … lapses), so the note behind it can be read again or the card rewritten.

/** Lapses (answers of "Again" to a card in review) that make a card a leech: Anki's default. */
export const LEECH_LAPSES = 8;

/** Whether a card with this many lapses is a leech. */
export function isLeech(lapses: number): boolean {
  return lapses >= LEECH_LAPSES;
}

/** Whether an answer that took a card from `before` to `after` lapses should say it is a leech. */
export function leechAlert(before: number, after: number): boolean {
  if (after <= before || after < LEECH_LAPSES) return false;
  return (after - LEECH_LAPSES) % Math.ceil(LEECH_LAPSES / 2) === 0;
}
