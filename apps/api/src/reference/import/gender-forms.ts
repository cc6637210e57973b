/**
 * ESCO names both genders of an occupation in one label, masculine first: "cuoco/cuoca",
 * "direttore tecnico/direttrice tecnica", "esperto/esperta nella preparazione del sidro",
 * "waiter/waitress". A person searches for one form ("cuoca"), and a card shows one, so the
 * importer stores each form as an alternative label beside the official one.
 *
 * Occupations' preferred labels follow that convention always (one slash: the two forms).
 * Elsewhere a slash often means something else ("addetto carico/scarico", "CAD/CAM"), so an
 * alternative label is split only when both sides are titles of the same words, each pair
 * equal or sharing its first two letters ("addetto agenzia di pegni/addetta agenzia di pegni").
 */
export function genderForms(label: string, occupationPreferred: boolean): string[] {
  const parts = label.split('/');
  if (parts.length !== 2) return [];
  const [first, second] = parts.map((part) => part.trim());
  if (!first || !second) return [];
  const a = first.split(/\s+/);
  const b = second.split(/\s+/);
  if (a.length === b.length && a.every((word, i) => sameStem(word, b[i]))) return [first, second];
  if (!occupationPreferred) return [];
  // "esperto/esperta nella preparazione del sidro": the first form shares the second's words.
  if (a.length === 1 && b.length > 1) return [[first, ...b.slice(1)].join(' '), second];
  return [first, second];
}

const sameStem = (x: string, y: string) => x === y || x.slice(0, 2).toLowerCase() === y.slice(0, 2).toLowerCase();
