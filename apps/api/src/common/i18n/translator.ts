import type { MessageBundle } from './define-messages';
import type { Language } from './language';

/**
 * Translates message keys with the bundles it is given (common's and every feature's, merged
 * by I18nModule.forRoot), filling {placeholders}; unknown keys fall back to a generic message.
 */
export class Translator {
  private readonly merged: Record<Language, Record<string, string>> = { it: {}, en: {} };

  constructor(bundles: readonly MessageBundle[]) {
    for (const bundle of bundles) {
      Object.assign(this.merged.it, bundle.it);
      Object.assign(this.merged.en, bundle.en);
    }
  }

  translate(language: Language, key: string, params: Record<string, unknown> = {}): string {
    const template = this.merged[language][key] ?? this.merged.it[key] ?? this.merged[language]['validation.invalid'];
    return template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined || value === null) return `{${name}}`;
      return Array.isArray(value) ? value.join(', ') : String(value);
    });
  }

  has(key: string): boolean {
    return key in this.merged.it;
  }
}
