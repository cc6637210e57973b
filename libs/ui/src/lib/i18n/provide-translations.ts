import {
  EnvironmentProviders,
  inject,
  provideEnvironmentInitializer,
} from '@angular/core';
import { DictionaryChunk } from './dictionary';
import { TranslationService } from './translation.service';

/**
 * Registers dictionary chunks when an injector is created: in `app.config.ts` for the
 * portal's own messages, or in a lazy route's `providers` for a feature's messages (they
 * are then loaded with the feature's code).
 */
export function provideTranslations(
  ...chunks: DictionaryChunk[]
): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    const i18n = inject(TranslationService);
    for (const chunk of chunks) i18n.register(chunk);
  });
}
