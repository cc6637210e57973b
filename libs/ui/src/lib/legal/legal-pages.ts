import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Route, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TranslationService } from '../i18n/translation.service';
import { legalDictionary } from './legal.i18n';

/** The public service pages linked from every footer, in footer order. */
export const LEGAL_PAGES = [
  { path: 'privacy', key: 'privacy', sections: 6 },
  { path: 'note-legali', key: 'legalNotes', sections: 4 },
  { path: 'accessibilita', key: 'accessibility', sections: 6 },
  { path: 'contatti', key: 'contacts', sections: 5 },
] as const;

type LegalPageSpec = (typeof LEGAL_PAGES)[number];

/** One of the footer's service pages: heading, introduction, numbered sections from the dictionary. */
@Component({
  selector: 'ponte-legal-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RouterLink],
  template: `
    <div class="container my-5 ponte-legal">
      <div class="row">
        <div class="col-lg-8">
          <h1>{{ 'ui.legal.' + spec().key + '.heading' | t }}</h1>
          <p class="lead">{{ 'ui.legal.' + spec().key + '.intro' | t }}</p>
          @for (n of sections(); track n) {
            <h2 class="h4 mt-4">{{ 'ui.legal.' + spec().key + '.' + n + '.title' | t }}</h2>
            @for (paragraph of paragraphs(n); track $index) {
              <p>{{ paragraph }}</p>
            }
          }
        </div>
        <nav class="col-lg-4 mt-4 mt-lg-0" [attr.aria-label]="'ui.legal.nav' | t">
          <h2 class="h5">{{ 'ui.legal.nav' | t }}</h2>
          <ul class="list-unstyled">
            @for (page of pages; track page.path) {
              <li class="mb-2">
                <a [routerLink]="'/' + page.path" [attr.aria-current]="page.path === spec().path ? 'page' : null">{{
                  'ui.legal.' + page.key | t
                }}</a>
              </li>
            }
          </ul>
        </nav>
      </div>
    </div>
  `,
})
export class LegalPage {
  private readonly i18n = inject(TranslationService);
  protected readonly pages = LEGAL_PAGES;
  protected readonly spec = toSignal(
    inject(ActivatedRoute).data.pipe(map((data) => data['legal'] as LegalPageSpec)),
    { requireSync: true },
  );
  protected readonly sections = computed(() =>
    Array.from({ length: this.spec().sections }, (_, i) => i + 1),
  );

  constructor() {
    this.i18n.register(legalDictionary);
  }

  protected paragraphs(n: number): string[] {
    return this.i18n.t(`ui.legal.${this.spec().key}.${n}.body`).split('\n\n');
  }
}

/** The routes of the footer's pages, open to everyone, signed in or not. */
export const LEGAL_ROUTES: Route[] = LEGAL_PAGES.map((page) => ({
  path: page.path,
  component: LegalPage,
  data: { legal: page },
  title: `ui.legal.${page.key}`,
}));
