import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';

export type StatusVocabulary =
  | 'publication'
  | 'proposalState'
  | 'organisationStatus';

export type StatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** The tone of each value: what needs attention, what went well, what is over. */
const TONES: Record<StatusVocabulary, Record<string, StatusTone>> = {
  publication: { draft: 'warning', published: 'success', closed: 'neutral' },
  organisationStatus: {
    pending: 'warning',
    vetted: 'success',
    rejected: 'danger',
    suspended: 'danger',
  },
  proposalState: {
    proposed: 'info',
    viewed: 'info',
    interested: 'success',
    declined: 'neutral',
    interview_arranged: 'warning',
    hired: 'success',
    not_hired: 'neutral',
    enrolled: 'success',
    completed: 'success',
    dropped_out: 'neutral',
    withdrawn: 'neutral',
  },
};

/**
 * A status as a coloured label: offers and courses (`publication`), proposals
 * (`proposalState`), organisations (`organisationStatus`). The text always says the status:
 * colour is never the only cue.
 */
@Component({
  selector: 'ponte-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `<span class="ponte-badge" [class]="'ponte-badge-' + tone()">{{
    'domain.' + vocabulary() + '.' + value() | t
  }}</span>`,
})
export class StatusBadgeComponent {
  readonly vocabulary = input.required<StatusVocabulary>();
  readonly value = input.required<string>();
  protected readonly tone = computed(
    (): StatusTone => TONES[this.vocabulary()][this.value()] ?? 'neutral',
  );
}
