/**
 * The Snowball Italian stemmer (snowballstem.org/algorithms/italian), the algorithm behind
 * PostgreSQL's `italian` text search configuration, for unaccented lower-case words: occupation
 * search stems in memory, without a database round trip per keystroke. Its spec checks it word
 * for word against PostgreSQL's `italian_stem` on every word of the ESCO occupation labels.
 */

const VOWELS = 'aeiouàèìòù';
const isVowel = (ch: string | undefined) => ch !== undefined && VOWELS.includes(ch);

const PRONOUNS = [
  'gliela', 'gliele', 'glieli', 'glielo', 'gliene', 'sene', 'mela', 'mele', 'meli', 'melo', 'mene', 'tela', 'tele', 'teli', 'telo', 'tene',
  'cela', 'cele', 'celi', 'celo', 'cene', 'vela', 'vele', 'veli', 'velo', 'vene', 'gli', 'ci', 'la', 'le', 'li', 'lo', 'mi', 'ne', 'si', 'ti', 'vi',
];
const VERB_SUFFIXES = [
  'erebbero', 'irebbero', 'assero', 'assimo', 'eranno', 'erebbe', 'eremmo', 'ereste', 'eresti', 'essero', 'iranno', 'irebbe', 'iremmo',
  'ireste', 'iresti', 'iscano', 'iscono', 'issero', 'arono', 'avamo', 'avano', 'avate', 'eremo', 'erete', 'erono', 'evamo', 'evano', 'evate',
  'iremo', 'irete', 'irono', 'ivamo', 'ivano', 'ivate', 'ammo', 'ando', 'asse', 'assi', 'emmo', 'enda', 'ende', 'endi', 'endo', 'erai', 'Yamo',
  'iamo', 'immo', 'irai', 'irei', 'isca', 'isce', 'isci', 'isco', 'erei', 'ano', 'are', 'ata', 'ate', 'ati', 'ato', 'ava', 'avi', 'avo', 'erà',
  'ere', 'erò', 'ete', 'eva', 'evi', 'evo', 'irà', 'ire', 'irò', 'ita', 'ite', 'iti', 'ito', 'iva', 'ivi', 'ivo', 'ono', 'uta', 'ute', 'uti',
  'uto', 'ar', 'ir',
];
const STANDARD = {
  plain: [
    'atrice', 'atrici', 'abile', 'abili', 'ibile', 'ibili', 'mente', 'anza', 'anze', 'iche', 'ichi', 'ismo', 'ismi', 'ista', 'iste', 'isti',
    'istà', 'istè', 'istì', 'ante', 'anti', 'ico', 'ici', 'ica', 'ice', 'oso', 'osi', 'osa', 'ose',
  ],
  azione: ['azione', 'azioni', 'atore', 'atori'],
  logia: ['logia', 'logie'],
  uzione: ['uzione', 'uzioni', 'usione', 'usioni'],
  enza: ['enza', 'enze'],
  amento: ['amento', 'amenti', 'imento', 'imenti'],
  amente: ['amente'],
  ita: ['ità'],
  ivo: ['ivo', 'ivi', 'iva', 'ive'],
};

/** The longest of `suffixes` that `word` ends with, or null. */
function longest(word: string, suffixes: string[]): string | null {
  let found: string | null = null;
  for (const s of suffixes) if (word.endsWith(s) && (!found || s.length > found.length)) found = s;
  return found;
}

/** Start of R1 (after the first non-vowel following a vowel), from `from`. */
function regionAfter(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) if (!isVowel(word[i]) && isVowel(word[i - 1])) return i + 1;
  return word.length;
}

function rvStart(word: string): number {
  if (word.length < 2) return word.length;
  if (!isVowel(word[1])) {
    for (let i = 2; i < word.length; i++) if (isVowel(word[i])) return i + 1;
    return word.length;
  }
  if (isVowel(word[0]) && isVowel(word[1])) {
    for (let i = 2; i < word.length; i++) if (!isVowel(word[i])) return i + 1;
    return word.length;
  }
  return Math.min(3, word.length);
}

export function italianStem(input: string): string {
  // Prelude: acute accents as grave; u after q, and i or u between vowels, are consonants (upper case).
  let word = input.replace(/á/g, 'à').replace(/é/g, 'è').replace(/í/g, 'ì').replace(/ó/g, 'ò').replace(/ú/g, 'ù').replace(/qu/g, 'qU');
  const letters = [...word];
  for (let i = 1; i + 1 < letters.length; i++) {
    if ((letters[i] === 'i' || letters[i] === 'u') && isVowel(letters[i - 1]) && isVowel(letters[i + 1])) letters[i] = letters[i].toUpperCase();
  }
  word = letters.join('');
  const rv = rvStart(word);
  const r1 = regionAfter(word, 0);
  const r2 = regionAfter(word, r1);
  const inRegion = (suffix: string, start: number) => word.length - suffix.length >= start;
  const drop = (n: number) => (word = word.slice(0, word.length - n));

  // Step 0: attached pronouns after a gerund or infinitive.
  const pronoun = longest(word, PRONOUNS);
  if (pronoun && inRegion(pronoun, rv)) {
    const before = word.slice(0, -pronoun.length);
    if (/(ando|endo)$/.test(before) && before.length - 4 >= rv) word = before;
    else if (/(ar|er|ir)$/.test(before) && before.length - 2 >= rv) word = `${before}e`;
  }

  // Step 1: standard suffixes.
  const before = word;
  const all = Object.values(STANDARD).flat();
  const suffix = longest(word, all);
  if (suffix) {
    if (STANDARD.plain.includes(suffix)) {
      if (inRegion(suffix, r2)) drop(suffix.length);
    } else if (STANDARD.azione.includes(suffix)) {
      if (inRegion(suffix, r2)) {
        drop(suffix.length);
        if (word.endsWith('ic') && inRegion('ic', r2)) drop(2);
      }
    } else if (STANDARD.logia.includes(suffix)) {
      if (inRegion(suffix, r2)) word = `${word.slice(0, -suffix.length)}log`;
    } else if (STANDARD.uzione.includes(suffix)) {
      if (inRegion(suffix, r2)) word = `${word.slice(0, -suffix.length)}u`;
    } else if (STANDARD.enza.includes(suffix)) {
      if (inRegion(suffix, r2)) word = `${word.slice(0, -suffix.length)}ente`;
    } else if (STANDARD.amento.includes(suffix)) {
      if (inRegion(suffix, rv)) drop(suffix.length);
    } else if (STANDARD.amente.includes(suffix)) {
      if (inRegion(suffix, r1)) {
        drop(suffix.length);
        if (word.endsWith('iv') && inRegion('iv', r2)) {
          drop(2);
          if (word.endsWith('at') && inRegion('at', r2)) drop(2);
        } else {
          const more = longest(word, ['os', 'ic', 'abil']);
          if (more && inRegion(more, r2)) drop(more.length);
        }
      }
    } else if (STANDARD.ita.includes(suffix)) {
      if (inRegion(suffix, r2)) {
        drop(suffix.length);
        const more = longest(word, ['abil', 'ic', 'iv']);
        if (more && inRegion(more, r2)) drop(more.length);
      }
    } else if (STANDARD.ivo.includes(suffix)) {
      if (inRegion(suffix, r2)) {
        drop(suffix.length);
        if (word.endsWith('at') && inRegion('at', r2)) {
          drop(2);
          if (word.endsWith('ic') && inRegion('ic', r2)) drop(2);
        }
      }
    }
  }

  // Step 2: verb suffixes, when step 1 removed nothing; the longest that lies in RV.
  if (word === before) {
    const verb = longest(word, VERB_SUFFIXES.filter((s) => inRegion(s, rv)));
    if (verb) drop(verb.length);
  }

  // Step 3a: a final vowel, and an i before it, in RV; 3b: ch/gh → c/g in RV.
  if (/[aeioàèìò]$/.test(word) && inRegion('a', rv)) {
    drop(1);
    if (word.endsWith('i') && inRegion('i', rv)) drop(1);
  }
  if (/[cg]h$/.test(word) && inRegion('ch', rv)) drop(1);
  return word.replace(/I/g, 'i').replace(/U/g, 'u');
}
