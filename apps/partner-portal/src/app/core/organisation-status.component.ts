import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { IconComponent, TranslatePipe } from '@ponte/ui';
import type { OrganisationView } from '@ponte/contracts';

/**
 * What the organisation's vetting status means for the user right now: nothing to say when
 * vetted; what happens next while pending; the coordinator's reason when rejected or suspended.
 */
@Component({
  selector: 'ponte-organisation-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, IconComponent, RouterLink],
  template: `
    @let o = organisation();
    @if (o.status === 'pending') {
      <div class="callout note mt-4 mb-4" role="status">
        <div class="callout-title">
          <ponte-icon name="it-clock" size="sm" color="primary" />
          <span>{{ 'partner.status.pendingTitle' | t }}</span>
        </div>
        <p>{{ 'partner.status.pending' | t }}</p>
        @if (showLink()) {
          <a routerLink="/organisation">{{ 'partner.status.seeDetails' | t }}</a>
        }
      </div>
    } @else if (o.status === 'rejected' || o.status === 'suspended') {
      <div class="callout danger mt-4 mb-4" role="status">
        <div class="callout-title">
          <ponte-icon name="it-error" size="sm" color="danger" />
          <span>{{
            (o.status === 'rejected'
              ? 'partner.status.rejectedTitle'
              : 'partner.status.suspendedTitle') | t
          }}</span>
        </div>
        <p>{{ 'partner.status.blocked' | t: { reason: reason() } }}</p>
        @if (showLink()) {
          <a routerLink="/organisation">{{ 'partner.status.seeDetails' | t }}</a>
        }
      </div>
    }
  `,
})
export class OrganisationStatusComponent {
  readonly organisation = input.required<OrganisationView>();
  readonly showLink = input(true);
  protected readonly reason = computed(
    () => this.organisation().vettingHistory[0]?.reason ?? '—',
  );
}
