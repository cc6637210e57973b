/**
 * The names of the anonymised indicators, written once for the network portal's dashboard and
 * the API's CSV/XLSX export (issue 21: the dashboard said "Candidature inviate", the export
 * "Proposte inviate"). Ponte's Italian word for a proposal is "candidatura" everywhere.
 */
export const INDICATOR_METRICS = [
  'activeProfiles',
  'proposalsSent',
  'interviews',
  'hires',
  'courseEnrolments',
  'courseCompletions',
  'stillInWorkAt6Months',
  'stillInTrainingAt6Months',
] as const;
export type IndicatorMetric = (typeof INDICATOR_METRICS)[number];

const LABELS: Record<'it' | 'en', Record<IndicatorMetric, string>> = {
  it: {
    activeProfiles: 'Profili attivi',
    proposalsSent: 'Candidature inviate',
    interviews: 'Colloqui',
    hires: 'Assunzioni',
    courseEnrolments: 'Iscrizioni ai corsi',
    courseCompletions: 'Corsi completati',
    stillInWorkAt6Months: 'Ancora al lavoro a 6 mesi',
    stillInTrainingAt6Months: 'Ancora in formazione a 6 mesi',
  },
  en: {
    activeProfiles: 'Active profiles',
    proposalsSent: 'Proposals sent',
    interviews: 'Interviews',
    hires: 'Hires',
    courseEnrolments: 'Course enrolments',
    courseCompletions: 'Courses completed',
    stillInWorkAt6Months: 'Still in work at 6 months',
    stillInTrainingAt6Months: 'Still in training at 6 months',
  },
};

/** The labels as message entries: `indicators.metric.<metric>`. */
export function indicatorMetricMessages(language: 'it' | 'en'): Record<`indicators.metric.${IndicatorMetric}`, string> {
  return Object.fromEntries(INDICATOR_METRICS.map((m) => [`indicators.metric.${m}`, LABELS[language][m]])) as Record<
    `indicators.metric.${IndicatorMetric}`,
    string
  >;
}
