import {
  DOCUMENT,
  ChangeDetectionStrategy,
  Component,
  inject,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';
import { TranslatePipe } from '../i18n/translate.pipe';
import { FooterComponent } from './footer.component';
import { HeaderComponent } from './header.component';

/**
 * The page frame of both portals: skip links, header, `<main>` (projected content: the
 * router outlet), footer. Elements marked `ponteHeaderSlot` go to the header's slim bar
 * (e.g. the notification bell). After each in-app navigation to another page focus moves to
 * `<main>`, so screen reader and keyboard users start from the new page's content.
 */
@Component({
  selector: 'ponte-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [HeaderComponent, FooterComponent, TranslatePipe],
  template: `
    <div class="skiplinks">
      <a
        class="visually-hidden-focusable"
        href="#main-content"
        (click)="skipTo($event, 'main-content')"
      >
        {{ 'ui.skipLinks.main' | t }}
      </a>
      <a
        class="visually-hidden-focusable"
        href="#footer"
        (click)="skipTo($event, 'footer')"
      >
        {{ 'ui.skipLinks.footer' | t }}
      </a>
    </div>
    <ponte-header
      ><ng-content select="[ponteHeaderSlot]"
    /></ponte-header>
    <main id="main-content" class="ponte-main" tabindex="-1">
      <ng-content />
    </main>
    <ponte-footer />
  `,
  host: { class: 'ponte-layout' },
})
export class LayoutComponent {
  private readonly document = inject(DOCUMENT);

  private lastPath: string | null = null;

  constructor() {
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe((event) => {
        // Only a new page moves focus; a query change (filters, pagination) keeps it in place.
        const path = event.urlAfterRedirects.split(/[?#]/)[0];
        if (this.lastPath !== null && path !== this.lastPath)
          this.focus('main-content');
        this.lastPath = path;
      });
  }

  /** In-page links must not go through the router (the base href would turn them into "/#id"). */
  protected skipTo(event: Event, id: string): void {
    event.preventDefault();
    this.focus(id);
  }

  private focus(id: string): void {
    const target = this.document.getElementById(id);
    target?.focus({ preventScroll: false });
  }
}
