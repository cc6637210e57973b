import {
  DOCUMENT,
  Injectable,
  computed,
  inject,
  isDevMode,
  signal,
} from '@angular/core';
import {
  DEFAULT_LANGUAGE,
  DictionaryChunk,
  Language,
  isLanguage,
} from './dictionary';
import { authDictionary } from './auth.i18n';
import { formatMessage } from './message-format';
import { domainDictionary } from './domain.i18n';
import { enrolmentDictionary } from './enrolment.i18n';
import { widgetsDictionary } from './widgets.i18n';
import { uiDictionary } from './ui.i18n';

/** Only the UI language is ever kept in browser storage: never profile or user data. */
export const LANGUAGE_STORAGE_KEY = 'ponte.uiLanguage';

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Runtime translations driven by signals: templates and computed values that call `t()`
 * re-render when the language changes. Missing keys fall back to Italian, then to the key
 * itself (and a dev-mode warning), so a gap is visible but never breaks a page.
 */
@Injectable({ providedIn: 'root' })
export class TranslationService {
  private readonly document = inject(DOCUMENT);
  private readonly messages = signal<Record<Language, Record<string, string>>>({
    it: {},
    en: {},
  });
  private readonly warned = new Set<string>();
  private readonly current = signal<Language>(this.readStoredLanguage());

  readonly language = this.current.asReadonly();
  /** BCP 47 locale for Intl formatting of dates and numbers. */
  readonly locale = computed(() =>
    this.current() === 'it' ? 'it-IT' : 'en-GB',
  );

  constructor() {
    this.register(uiDictionary);
    this.register(authDictionary);
    this.register(enrolmentDictionary);
    this.register(domainDictionary);
    this.register(widgetsDictionary);
    this.document.documentElement.lang = this.current();
  }

  register(chunk: DictionaryChunk): void {
    this.messages.update((all) => ({
      it: { ...all.it, ...chunk.it },
      en: { ...all.en, ...chunk.en },
    }));
  }

  use(language: Language): void {
    this.current.set(language);
    this.document.documentElement.lang = language;
    try {
      this.document.defaultView?.localStorage.setItem(
        LANGUAGE_STORAGE_KEY,
        language,
      );
    } catch {
      // Storage may be disabled (private mode, policy): the choice then lasts for the tab.
    }
  }

  has(key: string): boolean {
    return key in this.messages().it || key in this.messages()[this.current()];
  }

  t(key: string, params?: MessageParams): string {
    const all = this.messages();
    const language = this.current();
    const template = all[language][key] ?? all[DEFAULT_LANGUAGE][key];
    if (template === undefined) {
      this.warnMissing(key);
      return key;
    }
    return params ? formatMessage(template, params, this.locale()) : template;
  }

  private readStoredLanguage(): Language {
    try {
      const stored =
        this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
    } catch {
      return DEFAULT_LANGUAGE;
    }
  }

  private warnMissing(key: string): void {
    if (isDevMode() && !this.warned.has(key)) {
      this.warned.add(key);
      console.warn(`[i18n] missing message "${key}"`);
    }
  }
}
