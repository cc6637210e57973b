import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { PORTAL_CONFIG } from '../portal-config';
import { TranslationService } from './translation.service';

/**
 * Route `title`s are message keys: the document title becomes "Page | Portal name" in the
 * current language, and follows a language switch.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(TranslationService);
  private readonly portal = inject(PORTAL_CONFIG);
  private readonly pageKey = signal<string | undefined>(undefined);

  constructor() {
    super();
    effect(() => {
      const key = this.pageKey();
      const portalTitle = this.i18n.t(this.portal.titleKey);
      this.title.setTitle(
        key ? `${this.i18n.t(key)} | ${portalTitle}` : portalTitle,
      );
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey.set(this.buildTitle(snapshot));
  }
}
