import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../i18n/translate.pipe';
import { PORTAL_CONFIG } from '../portal-config';

/** Route `**`. */
@Component({
  selector: 'ponte-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="container my-5">
      <h1>{{ 'ui.notFound.heading' | t }}</h1>
      <p class="lead">{{ 'ui.notFound.text' | t }}</p>
      <a class="btn btn-primary" [routerLink]="portal.homePath">{{
        'ui.backHome' | t
      }}</a>
    </div>
  `,
})
export class NotFoundPage {
  protected readonly portal = inject(PORTAL_CONFIG);
}

/** Where `permissionGuard` sends a signed-in user who lacks the permission. */
@Component({
  selector: 'ponte-access-denied-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="container my-5">
      <h1>{{ 'ui.accessDenied.heading' | t }}</h1>
      <p class="lead">{{ 'ui.accessDenied.text' | t }}</p>
      <a class="btn btn-primary" [routerLink]="portal.homePath">{{
        'ui.backHome' | t
      }}</a>
    </div>
  `,
})
export class AccessDeniedPage {
  protected readonly portal = inject(PORTAL_CONFIG);
}
