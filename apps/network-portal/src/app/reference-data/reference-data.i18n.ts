import { defineDictionary } from '@ponte/ui';

/** Messages of the reference data page (coordinators). */
const it = {
  'referenceData.title': 'Dati di riferimento',
  'referenceData.heading': 'Dati di riferimento caricati',
  'referenceData.intro':
    'Le classificazioni ESCO di competenze e professioni, i gruppi ISCO e i comuni che Ponte usa per profili, offerte e corsi. Un concetto senza etichetta nella lingua dell’utente si mostra in inglese.',
  'referenceData.concepts': 'Concetti',
  'referenceData.kind.skills': 'Competenze',
  'referenceData.kind.skillGroups': 'Gruppi di competenze',
  'referenceData.kind.occupations': 'Professioni',
  'referenceData.kind.iscoGroups': 'Gruppi ISCO',
  'referenceData.occupationSkills': 'Relazioni professione–competenza',
  'referenceData.skillBroader': 'Relazioni nella gerarchia delle competenze',
  'referenceData.comuni': 'Comuni',
  'referenceData.languages': 'Lingue',
  'referenceData.languagesCaption': 'Concetti con un’etichetta in ciascuna lingua, sul totale',
  'referenceData.col.language': 'Lingua',
  'referenceData.col.labels': 'Etichette',
  'referenceData.coverage': '{count} su {total} ({percent}%)',
  'referenceData.imports': 'Ultime importazioni',
  'referenceData.col.finishedAt': 'Conclusa il',
  'referenceData.col.sources': 'File letti',
  'referenceData.col.changed': 'Righe cambiate',
  'referenceData.noImports': 'Nessun dato di riferimento è stato ancora importato.',
  'referenceData.labelsOnly': 'solo etichette',
};
const en: Record<keyof typeof it, string> = {
  'referenceData.title': 'Reference data',
  'referenceData.heading': 'Loaded reference data',
  'referenceData.intro':
    'The ESCO classifications of skills and occupations, the ISCO groups and the comuni that Ponte uses for profiles, offers and courses. A concept without a label in the user’s language shows in English.',
  'referenceData.concepts': 'Concepts',
  'referenceData.kind.skills': 'Skills',
  'referenceData.kind.skillGroups': 'Skill groups',
  'referenceData.kind.occupations': 'Occupations',
  'referenceData.kind.iscoGroups': 'ISCO groups',
  'referenceData.occupationSkills': 'Occupation–skill relations',
  'referenceData.skillBroader': 'Relations in the skill hierarchy',
  'referenceData.comuni': 'Comuni',
  'referenceData.languages': 'Languages',
  'referenceData.languagesCaption': 'Concepts with a label in each language, of the total',
  'referenceData.col.language': 'Language',
  'referenceData.col.labels': 'Labels',
  'referenceData.coverage': '{count} of {total} ({percent}%)',
  'referenceData.imports': 'Latest imports',
  'referenceData.col.finishedAt': 'Finished on',
  'referenceData.col.sources': 'Files read',
  'referenceData.col.changed': 'Rows changed',
  'referenceData.noImports': 'No reference data has been imported yet.',
  'referenceData.labelsOnly': 'labels only',
};

export const referenceDataDictionary = defineDictionary(it, en);
