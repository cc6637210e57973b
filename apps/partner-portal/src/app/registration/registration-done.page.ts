import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { IconComponent, TranslatePipe } from '@ponte/ui';

/** After registering: the organisation is pending; what happens next, and what to do meanwhile. */
@Component({
  selector: 'ponte-registration-done-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, IconComponent],
  template: `
    <div class="container my-5">
      <div class="row justify-content-center">
        <div class="col-12 col-lg-10 col-xl-8">
          <div class="d-flex align-items-center gap-3 mb-3">
            <ponte-icon name="it-check-circle" size="lg" color="success" />
            <h1 class="mb-0">{{ 'registration.done.heading' | t }}</h1>
          </div>
          <p class="lead">
            @if (legalName) {
              {{ 'registration.done.leadNamed' | t: { name: legalName } }}
            } @else {
              {{ 'registration.done.lead' | t }}
            }
          </p>
          <div class="callout note">
            <div class="callout-title">
              <ponte-icon name="it-clock" size="sm" color="primary" />
              <span>{{ 'domain.organisationStatus.pending' | t }}</span>
            </div>
            <p>{{ 'registration.done.pending' | t }}</p>
          </div>
          <h2 class="h4 mt-5">{{ 'registration.done.nextHeading' | t }}</h2>
          <ol class="ponte-steps">
            <li>
              <strong>{{ 'registration.done.step1Title' | t }}</strong>
              <p>{{ 'registration.done.step1' | t }}</p>
            </li>
            <li>
              <strong>{{ 'registration.done.step2Title' | t }}</strong>
              <p>
                @if (email) {
                  {{ 'registration.done.step2Named' | t: { email: email } }}
                } @else {
                  {{ 'registration.done.step2' | t }}
                }
              </p>
            </li>
            <li>
              <strong>{{ 'registration.done.step3Title' | t }}</strong>
              <p>{{ 'registration.done.step3' | t }}</p>
            </li>
            <li>
              <strong>{{ 'registration.done.step4Title' | t }}</strong>
              <p>{{ 'registration.done.step4' | t }}</p>
            </li>
          </ol>
          <a class="btn btn-primary btn-lg mt-3" routerLink="/sign-in">{{
            'registration.done.signIn' | t
          }}</a>
        </div>
      </div>
    </div>
  `,
})
export class RegistrationDonePage {
  private readonly state =
    (inject(Router).currentNavigation()?.extras.state as
      | { email?: string; legalName?: string }
      | undefined) ?? (history.state as { email?: string; legalName?: string });
  protected readonly email = this.state?.email ?? '';
  protected readonly legalName = this.state?.legalName ?? '';
}
