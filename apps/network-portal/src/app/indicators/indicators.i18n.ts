import { indicatorMetricMessages } from '@ponte/domain';
import { defineDictionary } from '@ponte/ui';

/** The indicators dashboard (labels of the API's series metrics and contract types). */
const it = {
  'indicators.title': 'Indicatori',
  'indicators.heading': 'Indicatori del protocollo',
  'indicators.intro':
    'Conteggi anonimi per rete e periodo, dal registro degli eventi: nessun dato di singole persone. Gli stessi dati si esportano per il rendiconto regionale.',
  'indicators.filter.label': 'Rete e periodo',
  'indicators.filter.network': 'Rete',
  'indicators.filter.allNetworks': 'Tutte le reti',
  'indicators.filter.from': 'Dal mese',
  'indicators.filter.to': 'Al mese',
  'indicators.filter.apply': 'Mostra',
  'indicators.period': 'da {from} a {to}',
  'indicators.export.csv': 'Esporta CSV',
  'indicators.export.xlsx': 'Esporta Excel (XLSX)',
  'indicators.privacyTitle': 'Piccoli numeri oscurati',
  'indicators.privacy':
    'Ogni conteggio inferiore a {threshold} è oscurato, e con lui i valori che permetterebbero di ricavarlo dai totali: così nessuna donna è riconoscibile dai numeri. Vale anche per i file esportati.',
  'indicators.headline': 'Nel periodo',
  'indicators.series': 'Andamento mese per mese',
  'indicators.table': 'I dati in tabella',
  'indicators.quiet': 'Nessun caso nel periodo per: {names}.',
  'indicators.tableCaption': 'Conteggi mensili per indicatore; i dati oscurati sono indicati come tali.',
  'indicators.month': 'Mese',
  'indicators.total': 'Totale del periodo',
  'indicators.contracts': 'Assunzioni per tipo di contratto',
  'indicators.contractsChart': 'Assunzioni nel periodo per tipo di contratto',
  'indicators.contractsCaption': 'Assunzioni nel periodo per tipo di contratto',
  'indicators.contract': 'Contratto',
  'indicators.byNetwork': 'Per rete',
  'indicators.byNetworkCaption': 'Totali del periodo per rete',
  'indicators.network': 'Rete',
  'indicators.legend':
    '“Oscurato”: meno di {threshold} casi, oppure un valore nascosto perché dai totali si potrebbe ricavare un conteggio sotto {threshold}. Nei file esportati è indicato con un asterisco (*).',
  'indicators.suppressedShort': 'oscurato',
  'indicators.suppressedTitle': 'Dato oscurato: meno di {threshold} casi o ricavabile da un conteggio sotto {threshold}',
  'indicators.chartSuppressed': 'osc.',
  'indicators.chartSummary':
    'Grafico a barre di {count, plural, one {# valore} other {# valori}}; {suppressed, plural, one {# oscurato} other {# oscurati}}. Valore più alto: {max}. I dati sono nella tabella.',
  ...indicatorMetricMessages('it'),
  'indicators.contractShort.tirocinio': 'Tirocinio',
  'indicators.contractShort.apprendistato': 'Apprendist.',
  'indicators.contractShort.tempo_determinato': 'T. determinato',
  'indicators.contractShort.tempo_indeterminato': 'T. indeterminato',
  'indicators.contractShort.other': 'Altro',
};

const en: Record<keyof typeof it, string> = {
  'indicators.title': 'Indicators',
  'indicators.heading': 'Protocol indicators',
  'indicators.intro':
    'Anonymous counts per network and period, from the event counters: no data about individuals. The same figures export for the regional report.',
  'indicators.filter.label': 'Network and period',
  'indicators.filter.network': 'Network',
  'indicators.filter.allNetworks': 'All networks',
  'indicators.filter.from': 'From month',
  'indicators.filter.to': 'To month',
  'indicators.filter.apply': 'Show',
  'indicators.period': 'from {from} to {to}',
  'indicators.export.csv': 'Export CSV',
  'indicators.export.xlsx': 'Export Excel (XLSX)',
  'indicators.privacyTitle': 'Small numbers suppressed',
  'indicators.privacy':
    'Every count under {threshold} is suppressed, together with the values that would let it be worked out from the totals: so no woman can be recognised from the numbers. This holds for the exported files too.',
  'indicators.headline': 'In the period',
  'indicators.series': 'Month by month',
  'indicators.table': 'The data as a table',
  'indicators.quiet': 'No cases in the period for: {names}.',
  'indicators.tableCaption': 'Monthly counts per indicator; suppressed figures are marked as such.',
  'indicators.month': 'Month',
  'indicators.total': 'Period total',
  'indicators.contracts': 'Hires by contract type',
  'indicators.contractsChart': 'Hires in the period by contract type',
  'indicators.contractsCaption': 'Hires in the period by contract type',
  'indicators.contract': 'Contract',
  'indicators.byNetwork': 'By network',
  'indicators.byNetworkCaption': 'Period totals per network',
  'indicators.network': 'Network',
  'indicators.legend':
    '“Suppressed”: fewer than {threshold} cases, or a value hidden because a count under {threshold} could be worked out from the totals. Exported files mark it with an asterisk (*).',
  'indicators.suppressedShort': 'suppressed',
  'indicators.suppressedTitle': 'Suppressed: fewer than {threshold} cases or derivable from a count under {threshold}',
  'indicators.chartSuppressed': 'supp.',
  'indicators.chartSummary':
    'Bar chart of {count, plural, one {# value} other {# values}}; {suppressed} suppressed. Highest value: {max}. The data are in the table.',
  ...indicatorMetricMessages('en'),
  'indicators.contractShort.tirocinio': 'Traineeship',
  'indicators.contractShort.apprendistato': 'Apprentice.',
  'indicators.contractShort.tempo_determinato': 'Fixed-term',
  'indicators.contractShort.tempo_indeterminato': 'Permanent',
  'indicators.contractShort.other': 'Other',
};

export const indicatorsDictionary = defineDictionary(it, en);
