import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import {
  NavigationEnd,
  Router,
  RouterLink,
  RouterLinkActive,
} from '@angular/router';
import { filter } from 'rxjs';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AuthService } from '../auth/auth.service';
import { SessionStore } from '../auth/session.store';
import { TranslatePipe } from '../i18n/translate.pipe';
import { PORTAL_CONFIG } from '../portal-config';
import { BrandLogoComponent } from './brand-logo.component';
import { IconComponent } from './icon.component';
import { LanguageSwitchComponent } from './language-switch.component';
import { PORTAL_NAVIGATION, isNavItemVisible } from './navigation';

/** Designers Italia header: slim bar (owner, language, account), brand, main navigation. */
@Component({
  selector: 'ponte-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    RouterLinkActive,
    TranslatePipe,
    IconComponent,
    BrandLogoComponent,
    LanguageSwitchComponent,
  ],
  templateUrl: './header.component.html',
  host: { '(document:keydown.escape)': 'menuOpen() && closeMenu()' },
})
export class HeaderComponent {
  protected readonly portal = inject(PORTAL_CONFIG);
  protected readonly session = inject(SessionStore);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly navigation = inject(PORTAL_NAVIGATION);

  protected readonly menuOpen = signal(false);
  /** The header's sign-in button is pointless on the sign-in page itself. */
  protected readonly onSignInPage = signal(false);
  protected readonly navItems = computed(() => {
    const user = this.session.user();
    if (!user) return [];
    return this.navigation.filter((item) =>
      isNavItemVisible(item, user.permissions),
    );
  });

  constructor() {
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe((event) => {
        this.menuOpen.set(false);
        this.onSignInPage.set(
          event.urlAfterRedirects.split(/[?#]/)[0] === this.portal.signInPath,
        );
      });
  }

  private readonly injector = inject(Injector);
  private readonly menuToggler =
    viewChild<ElementRef<HTMLElement>>('menuToggler');
  private readonly menuCloser =
    viewChild<ElementRef<HTMLElement>>('menuCloser');

  /** The mobile menu covers the page: focus goes into it, and back to the toggler on close. */
  protected openMenu(): void {
    this.menuOpen.set(true);
    afterNextRender(() => this.menuCloser()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }

  protected closeMenu(): void {
    this.menuOpen.set(false);
    this.menuToggler()?.nativeElement.focus();
  }

  protected signOut(): void {
    this.auth.logout().subscribe(() => {
      void this.router.navigate([this.portal.signInPath], {
        queryParams: { reason: 'signedOut' },
      });
    });
  }
}
