import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TranslationService } from '../i18n/translation.service';

/**
 * An ESCO label as a person reads it: in the UI language, or, where the concept has no label
 * in it yet, in the language the API fell back to, followed by a translated hint ("(in
 * inglese)") and a tooltip saying why; "Voce non disponibile" for a concept no longer loaded.
 * Never a URI, never a bare language code.
 *
 *   <ponte-concept-label [label]="skill.label" [language]="skill.labelLanguage" />
 */
@Component({
  selector: 'ponte-concept-label',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @if (label(); as text) {
      <span>{{ text }}</span>
      @if (foreign(); as name) {
        <span class="ponte-language-hint text-secondary" [attr.title]="'ui.concept.fallbackTitle' | t: { language: name }">
          ({{ 'ui.concept.inLanguage' | t: { language: name } }})</span
        >
      }
    } @else {
      <span>{{ 'ui.concept.unknown' | t }}</span>
    }
  `,
})
export class ConceptLabelComponent {
  private readonly i18n = inject(TranslationService);
  readonly label = input<string | null | undefined>(null);
  /** The label's language (ISO 639-1), as the API reports it. */
  readonly language = input<string | null | undefined>(null);

  /** The label language's name in the UI language ("inglese"), when it is not the UI language. */
  protected readonly foreign = computed(() => {
    const language = this.language();
    const ui = this.i18n.language();
    return language && language !== ui ? languageName(language, ui) : null;
  });
}

/** The same as plain text, for places that take no markup (options, titles): «label (in inglese)». */
export function conceptLabelText(i18n: TranslationService, label: string | null | undefined, language: string | null | undefined): string {
  if (!label) return i18n.t('ui.concept.unknown');
  const ui = i18n.language();
  return language && language !== ui ? `${label} (${i18n.t('ui.concept.inLanguage', { language: languageName(language, ui) })})` : label;
}

/** "inglese" for "en" in an Italian UI, "Italian" for "it" in an English one. */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
