import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Language, LANGUAGES } from '../i18n/dictionary';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TranslationService } from '../i18n/translation.service';

/** Language names are written in their own language, whatever the UI language is. */
const LANGUAGE_NAMES: Record<Language, { short: string; name: string }> = {
  it: { short: 'ITA', name: 'Italiano' },
  en: { short: 'ENG', name: 'English' },
};

@Component({
  selector: 'ponte-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <div
      class="ponte-language-switch"
      role="group"
      [attr.aria-label]="'ui.language.label' | t"
    >
      @for (language of languages; track language) {
        <button
          type="button"
          class="btn btn-link"
          [attr.lang]="language"
          [attr.aria-pressed]="i18n.language() === language"
          [attr.aria-label]="names[language].name"
          (click)="i18n.use(language)"
        >
          {{ names[language].short }}
        </button>
      }
    </div>
  `,
})
export class LanguageSwitchComponent {
  protected readonly i18n = inject(TranslationService);
  protected readonly languages = LANGUAGES;
  protected readonly names = LANGUAGE_NAMES;
}
