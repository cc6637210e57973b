/**
 * The six territorial anti-violence networks of the Città metropolitana di Milano, each with
 * its lead comune and the comuni it covers: a DEMO partition of the 133 comuni, following the
 * metropolitan "zone omogenee" (Milano; Nord Milano; Nord-Ovest/Rhodense; Alto Milanese with
 * Magentino-Abbiatense; Sud-Est with Sud-Ovest; Adda Martesana) merged into six. The real
 * ambiti are set by the protocol's signatories and are edited by coordinators in the API.
 * Every comune belongs to exactly one network (tested).
 */
export interface NetworkDefinition {
  code: string;
  name: string;
  leadComune: string;
  /** Which territory it covers, for the seed log and the docs. */
  territory: string;
  comuni: readonly string[];
}

export const METROPOLITAN_NETWORKS: readonly NetworkDefinition[] = [
  {
    code: 'milano',
    name: 'Rete antiviolenza di Milano',
    leadComune: '015146', // Milano
    territory: 'Milano',
    comuni: [
      '015146', // Milano
    ],
  },
  {
    code: 'nord-milano',
    name: 'Rete antiviolenza Nord Milano',
    leadComune: '015209', // Sesto San Giovanni
    territory: 'Nord Milano (zona omogenea)',
    comuni: [
      '015032', // Bresso
      '015077', // Cinisello Balsamo
      '015081', // Cologno Monzese
      '015086', // Cormano
      '015098', // Cusano Milanino
      '015209', // Sesto San Giovanni
    ],
  },
  {
    code: 'nord-ovest',
    name: 'Rete antiviolenza Rhodense e Nord-Ovest',
    leadComune: '015182', // Rho
    territory: 'Rhodense, Garbagnatese e Bollatese',
    comuni: [
      '015009', // Arese
      '015027', // Bollate
      '015076', // Cesate
      '015087', // Cornaredo
      '015105', // Garbagnate Milanese
      '015116', // Lainate
      '015157', // Novate Milanese
      '015166', // Paderno Dugnano
      '015170', // Pero
      '015176', // Pogliano Milanese
      '015179', // Pregnana Milanese
      '015182', // Rho
      '015206', // Senago
      '015211', // Settimo Milanese
      '015213', // Solaro
      '015229', // Vanzago
      '015250', // Baranzate
    ],
  },
  {
    code: 'ovest',
    name: 'Rete antiviolenza Ovest Milanese',
    leadComune: '015118', // Legnano
    territory: 'Alto Milanese, Magentino e Abbiatense',
    comuni: [
      '015002', // Abbiategrasso
      '015005', // Albairate
      '015007', // Arconate
      '015010', // Arluno
      '015012', // Bareggio
      '015019', // Bernate Ticino
      '015022', // Besate
      '015026', // Boffalora sopra Ticino
      '015035', // Bubbiano
      '015038', // Buscate
      '015041', // Busto Garolfo
      '015042', // Calvignasco
      '015046', // Canegrate
      '015058', // Casorezzo
      '015061', // Cassinetta di Lugagnano
      '015062', // Castano Primo
      '015072', // Cerro Maggiore
      '015078', // Cisliano
      '015085', // Corbetta
      '015096', // Cuggiono
      '015097', // Cusago
      '015099', // Dairago
      '015112', // Gudo Visconti
      '015113', // Inveruno
      '015118', // Legnano
      '015130', // Magenta
      '015131', // Magnago
      '015134', // Marcallo con Casone
      '015144', // Mesero
      '015150', // Morimondo
      '015151', // Motta Visconti
      '015154', // Nerviano
      '015155', // Nosate
      '015164', // Ossona
      '015165', // Ozzero
      '015168', // Parabiago
      '015181', // Rescaldina
      '015183', // Robecchetto con Induno
      '015184', // Robecco sul Naviglio
      '015188', // Rosate
      '015194', // San Giorgio su Legnano
      '015200', // Santo Stefano Ticino
      '015201', // San Vittore Olona
      '015204', // Sedriano
      '015226', // Turbigo
      '015236', // Vernate
      '015243', // Vittuone
      '015248', // Villa Cortese
      '015249', // Vanzaghello
      '015251', // Vermezzo con Zelo
    ],
  },
  {
    code: 'sud',
    name: 'Rete antiviolenza Sud Milano',
    leadComune: '015192', // San Donato Milanese
    territory: 'Sud-Est (San Donato, San Giuliano, Melegnano, Paullo) e Sud-Ovest (Corsico, Rozzano, Pieve Emanuele, Binasco)',
    comuni: [
      '015011', // Assago
      '015015', // Basiglio
      '015024', // Binasco
      '015036', // Buccinasco
      '015050', // Carpiano
      '015055', // Casarile
      '015071', // Cerro al Lambro
      '015074', // Cesano Boscone
      '015082', // Colturano
      '015093', // Corsico
      '015101', // Dresano
      '015103', // Gaggiano
      '015115', // Lacchiarella
      '015125', // Locate di Triulzi
      '015139', // Mediglia
      '015140', // Melegnano
      '015158', // Noviglio
      '015159', // Opera
      '015167', // Pantigliate
      '015169', // Paullo
      '015171', // Peschiera Borromeo
      '015173', // Pieve Emanuele
      '015189', // Rozzano
      '015191', // San Colombano al Lambro
      '015192', // San Donato Milanese
      '015195', // San Giuliano Milanese
      '015202', // San Zenone al Lambro
      '015220', // Trezzano sul Naviglio
      '015222', // Tribiano
      '015244', // Vizzolo Predabissi
      '015247', // Zibido San Giacomo
    ],
  },
  {
    code: 'adda-martesana',
    name: 'Rete antiviolenza Adda Martesana',
    leadComune: '015070', // Cernusco sul Naviglio
    territory: 'Adda Martesana',
    comuni: [
      '015014', // Basiano
      '015016', // Bellinzago Lombardo
      '015040', // Bussero
      '015044', // Cambiago
      '015051', // Carugate
      '015059', // Cassano d'Adda
      '015060', // Cassina de' Pecchi
      '015070', // Cernusco sul Naviglio
      '015106', // Gessate
      '015108', // Gorgonzola
      '015110', // Grezzago
      '015114', // Inzago
      '015122', // Liscate
      '015136', // Masate
      '015142', // Melzo
      '015172', // Pessano con Bornago
      '015175', // Pioltello
      '015177', // Pozzo d'Adda
      '015178', // Pozzuolo Martesana
      '015185', // Rodano
      '015205', // Segrate
      '015210', // Settala
      '015219', // Trezzano Rosa
      '015221', // Trezzo sull'Adda
      '015224', // Truccazzano
      '015230', // Vaprio d'Adda
      '015237', // Vignate
      '015242', // Vimodrone
    ],
  },
];

/** The ISTAT codes of the 133 comuni of the metropolitan area. */
export const METROPOLITAN_COMUNI: ReadonlySet<string> = new Set(METROPOLITAN_NETWORKS.flatMap((n) => n.comuni));
