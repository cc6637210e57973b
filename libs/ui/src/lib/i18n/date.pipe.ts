import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslationService } from './translation.service';

export type DateStyle = 'date' | 'short' | 'dateTime';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: '2-digit', month: '2-digit', year: 'numeric' },
  dateTime: {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  },
};

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date (`YYYY-MM-DD`, read as that day wherever the browser is) or an instant
 * (ISO date-time or Date), in the UI language, in Milan's time zone.
 */
export function formatDate(
  value: string | Date | null | undefined,
  locale: string,
  style: DateStyle = 'date',
): string {
  if (value === null || value === undefined || value === '') return '';
  const dateOnly = typeof value === 'string' ? DATE_ONLY.exec(value) : null;
  const date = dateOnly
    ? new Date(
        Date.UTC(+dateOnly[1], +dateOnly[2] - 1, +dateOnly[3], 12, 0, 0),
      )
    : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale, {
    ...OPTIONS[style],
    timeZone: dateOnly ? 'UTC' : 'Europe/Rome',
  }).format(date);
}

/** `{{ offer.deadline | ponteDate }}`, `{{ step.at | ponteDate: 'dateTime' }}`; follows the language. */
@Pipe({ name: 'ponteDate', pure: false })
export class PonteDatePipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(
    value: string | Date | null | undefined,
    style: DateStyle = 'date',
  ): string {
    return formatDate(value, this.i18n.locale(), style);
  }
}
