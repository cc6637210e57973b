import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { SessionStore } from '../auth/session.store';
import { TranslatePipe } from '../i18n/translate.pipe';
import { IconComponent } from './icon.component';
import { NavItem, PORTAL_NAVIGATION, isNavItemVisible } from './navigation';

/** The navigation entries the user may open, as cards (home pages). */
@Component({
  selector: 'ponte-nav-tiles',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, IconComponent],
  template: `
    @if (items().length > 0) {
      <section class="mt-5" aria-labelledby="ponte-nav-tiles-heading">
        <h2 id="ponte-nav-tiles-heading" class="h4 mb-4">
          {{ headingKey() | t }}
        </h2>
        <ul class="row list-unstyled g-4 mb-0">
          @for (item of items(); track item.path) {
            <li class="col-12 col-md-6 col-lg-4">
              <div class="card card-bg shadow-sm h-100 ponte-tile">
                <div class="card-body">
                  @if (item.icon) {
                    <ponte-icon [name]="item.icon" color="primary" />
                  }
                  <h3 class="card-title h5 mt-2">
                    <a class="stretched-link" [routerLink]="item.path">{{
                      item.labelKey | t
                    }}</a>
                  </h3>
                  @if (item.descriptionKey; as key) {
                    <p class="card-text">{{ key | t }}</p>
                  }
                </div>
              </div>
            </li>
          }
        </ul>
      </section>
    }
  `,
})
export class NavTilesComponent {
  private readonly session = inject(SessionStore);
  private readonly navigation = inject(PORTAL_NAVIGATION);
  /** Message key of the section heading; nothing renders when the user may open no area. */
  readonly headingKey = input.required<string>();
  /** Paths to leave out (e.g. the home page itself). */
  readonly exclude = input<readonly string[]>([]);

  protected readonly items = computed((): NavItem[] => {
    const user = this.session.user();
    return this.navigation.filter(
      (item) =>
        !this.exclude().includes(item.path) &&
        isNavItemVisible(item, user?.permissions),
    );
  });
}
