import { adjacent, tokenize, type Token } from './tokens';

/**
 * Place names that must never be read as a person's name ("Sesto San Giovanni", "Pieve
 * Emanuele", "Trezzano Rosa"): the 133 comuni of the Metropolitan City of Milan
 * (shared/data/comuni-milano.csv) and a few neighbouring cities.
 */
// prettier-ignore
export const PLACE_NAMES: readonly string[] = [
  'Abbiategrasso', 'Albairate', 'Arconate', 'Arese', 'Arluno', 'Assago', 'Bareggio', 'Basiano',
  'Basiglio', 'Bellinzago Lombardo', 'Bernate Ticino', 'Besate', 'Binasco',
  'Boffalora sopra Ticino', 'Bollate', 'Bresso', 'Bubbiano', 'Buccinasco', 'Buscate', 'Bussero',
  'Busto Garolfo', 'Calvignasco', 'Cambiago', 'Canegrate', 'Carpiano', 'Carugate', 'Casarile',
  'Casorezzo', 'Cassano d\'Adda', 'Cassina de\' Pecchi', 'Cassinetta di Lugagnano',
  'Castano Primo', 'Cernusco sul Naviglio', 'Cerro al Lambro', 'Cerro Maggiore', 'Cesano Boscone',
  'Cesate', 'Cinisello Balsamo', 'Cisliano', 'Cologno Monzese', 'Colturano', 'Corbetta',
  'Cormano', 'Cornaredo', 'Corsico', 'Cuggiono', 'Cusago', 'Cusano Milanino', 'Dairago',
  'Dresano', 'Gaggiano', 'Garbagnate Milanese', 'Gessate', 'Gorgonzola', 'Grezzago',
  'Gudo Visconti', 'Inveruno', 'Inzago', 'Lacchiarella', 'Lainate', 'Legnano', 'Liscate',
  'Locate di Triulzi', 'Magenta', 'Magnago', 'Marcallo con Casone', 'Masate', 'Mediglia',
  'Melegnano', 'Melzo', 'Mesero', 'Milano', 'Morimondo', 'Motta Visconti', 'Nerviano', 'Nosate',
  'Novate Milanese', 'Noviglio', 'Opera', 'Ossona', 'Ozzero', 'Paderno Dugnano', 'Pantigliate',
  'Parabiago', 'Paullo', 'Pero', 'Peschiera Borromeo', 'Pessano con Bornago', 'Pieve Emanuele',
  'Pioltello', 'Pogliano Milanese', 'Pozzo d\'Adda', 'Pozzuolo Martesana', 'Pregnana Milanese',
  'Rescaldina', 'Rho', 'Robecchetto con Induno', 'Robecco sul Naviglio', 'Rodano', 'Rosate',
  'Rozzano', 'San Colombano al Lambro', 'San Donato Milanese', 'San Giorgio su Legnano',
  'San Giuliano Milanese', 'Santo Stefano Ticino', 'San Vittore Olona', 'San Zenone al Lambro',
  'Sedriano', 'Segrate', 'Senago', 'Sesto San Giovanni', 'Settala', 'Settimo Milanese', 'Solaro',
  'Trezzano Rosa', 'Trezzano sul Naviglio', 'Trezzo sull\'Adda', 'Tribiano', 'Truccazzano',
  'Turbigo', 'Vanzago', 'Vaprio d\'Adda', 'Vernate', 'Vignate', 'Vimodrone', 'Vittuone',
  'Vizzolo Predabissi', 'Zibido San Giacomo', 'Villa Cortese', 'Vanzaghello', 'Baranzate',
  'Vermezzo con Zelo',
  'Monza', 'Sesto Calende', 'San Giovanni Rotondo', 'Santa Margherita Ligure',
];

/** Place phrases as token keys, indexed by their first key. */
const PHRASES = new Map<string, string[][]>();
for (const place of PLACE_NAMES) {
  const keys = tokenize(place).map((t) => t.key);
  PHRASES.set(keys[0], [...(PHRASES.get(keys[0]) ?? []), keys]);
}

/** Token indices covered by a place name, matched case-insensitively on whole tokens. */
export function placeTokenIndices(
  text: string,
  tokens: readonly Token[],
): Set<number> {
  const covered = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of PHRASES.get(tokens[i].key) ?? []) {
      if (i + phrase.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < phrase.length && ok; k++) {
        ok =
          tokens[i + k].key === phrase[k] &&
          adjacent(text, tokens[i + k - 1], tokens[i + k]);
      }
      if (ok) for (let k = 0; k < phrase.length; k++) covered.add(i + k);
    }
  }
  return covered;
}
