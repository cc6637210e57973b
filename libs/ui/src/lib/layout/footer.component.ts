import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../i18n/translate.pipe';
import { PORTAL_CONFIG } from '../portal-config';
import { LEGAL_PAGES } from '../legal/legal-pages';
import { BrandLogoComponent } from './brand-logo.component';

@Component({
  selector: 'ponte-footer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BrandLogoComponent],
  template: `
    <footer class="it-footer" id="footer" tabindex="-1">
      <div class="it-footer-main">
        <div class="container">
          <div class="row">
            <div class="col-12 footer-items-wrapper logo-wrapper">
              <div class="it-brand-wrapper">
                <a [routerLink]="portal.homePath">
                  <ponte-brand-logo />
                  <div class="it-brand-text">
                    <div class="it-brand-title">{{ 'ui.brand.name' | t }}</div>
                    <div class="it-brand-tagline">
                      {{ portal.taglineKey | t }}
                    </div>
                  </div>
                </a>
              </div>
            </div>
          </div>
          <div class="row footer-items-wrapper">
            <div class="col-md-6 col-lg-5 footer-items-wrapper">
              <h2 class="ponte-footer-heading">
                {{ 'ui.footer.aboutTitle' | t }}
              </h2>
              <p class="footer-info">{{ 'ui.footer.about' | t }}</p>
            </div>
            <div class="col-md-6 col-lg-4 footer-items-wrapper">
              <h2 class="ponte-footer-heading">
                {{ 'ui.footer.helplineTitle' | t }}
              </h2>
              <p class="footer-info">
                <a class="ponte-helpline" href="tel:1522">1522</a><br />
                {{ 'ui.footer.helpline' | t }}
              </p>
            </div>
            <div class="col-lg-3 footer-items-wrapper">
              <h2 class="ponte-footer-heading">
                {{ 'ui.footer.ownerTitle' | t }}
              </h2>
              <p class="footer-info">{{ 'ui.footer.owner' | t }}</p>
            </div>
          </div>
        </div>
      </div>
      <div class="it-footer-small-prints clearfix">
        <div class="container">
          <nav [attr.aria-label]="'ui.footer.serviceLinks' | t">
            <ul
              class="it-footer-small-prints-list list-inline mb-0 d-flex flex-column flex-md-row"
            >
              @for (page of legalPages; track page.path) {
                <li class="list-inline-item">
                  <a [routerLink]="'/' + page.path">{{
                    'ui.legal.' + page.key | t
                  }}</a>
                </li>
              }
            </ul>
          </nav>
          <p class="mb-0 pb-3">
            {{ 'ui.footer.smallPrint' | t: { year: year } }}
          </p>
        </div>
      </div>
    </footer>
  `,
})
export class FooterComponent {
  protected readonly portal = inject(PORTAL_CONFIG);
  protected readonly year = new Date().getFullYear();
  protected readonly legalPages = LEGAL_PAGES;
}
