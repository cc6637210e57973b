import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PERMISSIONS } from '@ponte/domain';
import {
  INACTIVITY_CONFIG,
  IconComponent,
  NavTilesComponent,
  TodoListComponent,
  SessionStore,
  TranslatePipe,
} from '@ponte/ui';

/** The signed-in landing page: who is signed in, the areas they may open, the ground rule. */
@Component({
  selector: 'ponte-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, NavTilesComponent, TodoListComponent, IconComponent],
  template: `
    <div class="container my-5">
      <div class="d-flex flex-column flex-md-row justify-content-between align-items-md-center gap-3">
        <h1 class="mb-0">{{ 'network.home.heading' | t }}</h1>
        @if (canCreateProfiles) {
          <a class="btn btn-primary" routerLink="/profiles/new">
            <ponte-icon name="it-plus" size="sm" color="white" />
            <span>{{ 'network.home.newProfile' | t }}</span>
          </a>
        }
      </div>
      @if (session.user(); as user) {
        <p class="lead mt-2">
          {{
            'network.home.signedInAs'
              | t: { name: user.displayName, email: user.email }
          }}
        </p>
      }
      <ponte-todo-list />
      <ponte-nav-tiles headingKey="network.home.areas" [exclude]="['/']" />
      <div class="callout warning mt-5">
        <div class="callout-title">
          <ponte-icon name="it-locked" size="sm" />
          <span>{{ 'network.home.safetyTitle' | t }}</span>
        </div>
        <p>{{ 'network.home.safety' | t: { minutes: idleMinutes } }}</p>
      </div>
    </div>
  `,
})
export class HomePage {
  protected readonly session = inject(SessionStore);
  protected readonly idleMinutes = inject(INACTIVITY_CONFIG).idleMinutes;
  protected readonly canCreateProfiles = this.session.hasPermission(PERMISSIONS.PROFILES_WRITE);
}
