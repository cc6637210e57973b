import { DynamicModule, Global, Module } from '@nestjs/common';
import { commonMessages } from './common.messages';
import type { MessageBundle } from './define-messages';
import { Translator } from './translator';

/**
 * The Translator, for the whole app. The features' bundles come from the composition root
 * (app/messages.ts), so this folder imports no feature.
 */
@Global()
@Module({})
export class I18nModule {
  static forRoot(featureMessages: readonly MessageBundle[]): DynamicModule {
    return { module: I18nModule, providers: [{ provide: Translator, useValue: new Translator([commonMessages, ...featureMessages]) }], exports: [Translator] };
  }
}
