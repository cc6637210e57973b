import { HARMLESS, IDENTIFYING } from '../../../test/identifier-corpus';
import { detectIdentifiers } from './detector';
import { normaliseFreeText } from './normalise';
import { IDENTIFIER_KINDS } from './types';

const opts = { referenceYear: 2026 };

/**
 * The detector's corpus test (issue 20): at least 150 texts of both kinds, every evasion of the
 * adversarial review among them; zero misses and zero false alarms. Each text is checked as
 * given and as the API stores it (normalised), since both must give the same answer.
 */
describe('identifier detector corpus', () => {
  it('has at least 150 texts, both kinds well represented, every kind of identifier present', () => {
    expect(IDENTIFYING.length + HARMLESS.length).toBeGreaterThanOrEqual(150);
    expect(IDENTIFYING.length).toBeGreaterThanOrEqual(75);
    expect(HARMLESS.length).toBeGreaterThanOrEqual(75);
    expect(new Set(IDENTIFYING.map((t) => t.kind))).toEqual(new Set(IDENTIFIER_KINDS));
  });

  it('misses no identifier, as sent or as stored', () => {
    const misses = IDENTIFYING.flatMap(({ text, kind, note }) =>
      [text, normaliseFreeText(text)]
        .map((t) => ({ t, kinds: detectIdentifiers(t, opts).map((f) => f.kind) }))
        .filter(({ kinds }) => !kinds.includes(kind))
        .map(({ t, kinds }) => `${kind}${note ? ` (${note})` : ''}: ${JSON.stringify(t)} → [${kinds.join(', ')}]`),
    );
    expect(misses).toEqual([]);
  });

  it('raises no false alarm on harmless text, as sent or as stored', () => {
    const alarms = HARMLESS.flatMap((text) =>
      [text, normaliseFreeText(text)].flatMap((t) => detectIdentifiers(t, opts).map((f) => `${f.kind}: ${JSON.stringify(t.slice(f.start, f.end))} in ${JSON.stringify(t)}`)),
    );
    expect(alarms).toEqual([]);
  });
});
