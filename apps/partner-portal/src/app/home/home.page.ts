import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import {
  IconComponent,
  NavTilesComponent,
  TodoListComponent,
  SessionStore,
  TranslatePipe,
} from '@ponte/ui';
import { OrganisationStatusComponent } from '../core/organisation-status.component';
import { OrganisationStore } from '../core/organisation.store';

/** The signed-in landing page: who is signed in, the vetting status, the areas, the ground rule. */
@Component({
  selector: 'ponte-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslatePipe,
    NavTilesComponent,
    TodoListComponent,
    IconComponent,
    OrganisationStatusComponent,
  ],
  template: `
    <div class="container my-5">
      <h1>{{ 'partner.home.heading' | t }}</h1>
      @if (session.user(); as user) {
        <p class="lead">
          {{
            'partner.home.signedInAs'
              | t: { name: user.displayName, email: user.email }
          }}
          @if (store.organisation(); as o) {
            <br /><strong>{{ o.legalName }}</strong>
          }
        </p>
      }
      @if (store.organisation(); as o) {
        <ponte-organisation-status [organisation]="o" />
      }
      <ponte-todo-list />
      <ponte-nav-tiles headingKey="partner.home.areas" [exclude]="['/']" />
      <div class="callout warning mt-5">
        <div class="callout-title">
          <ponte-icon name="it-locked" size="sm" />
          <span>{{ 'partner.home.safetyTitle' | t }}</span>
        </div>
        <p>{{ 'partner.home.safety' | t }}</p>
      </div>
    </div>
  `,
})
export class HomePage {
  protected readonly session = inject(SessionStore);
  protected readonly store = inject(OrganisationStore);
}
