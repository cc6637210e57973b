import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { PonteDatePipe } from '../i18n/date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import type { ProposalHistoryStep } from '@ponte/contracts';

/** The history of a proposal, oldest first: each state, when, and which side moved it. */
@Component({
  selector: 'ponte-proposal-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, PonteDatePipe],
  template: `
    <ol class="ponte-timeline list-unstyled mb-0">
      @for (step of steps(); track $index) {
        <li class="ponte-timeline-step">
          <span class="ponte-timeline-dot" aria-hidden="true"></span>
          <div>
            <strong>{{ 'domain.proposalState.' + step.state | t }}</strong>
            <div class="small text-secondary">
              <time [attr.datetime]="step.at">{{
                step.at | ponteDate: 'dateTime'
              }}</time>
              · {{ 'domain.actor.' + step.actorRole | t }}
            </div>
          </div>
        </li>
      }
    </ol>
  `,
})
export class ProposalTimelineComponent {
  readonly steps = input.required<readonly ProposalHistoryStep[]>();
}
