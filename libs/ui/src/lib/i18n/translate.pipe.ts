import { Pipe, PipeTransform, inject } from '@angular/core';
import { MessageParams, TranslationService } from './translation.service';

/**
 * `{{ 'offers.title' | t }}` or `{{ 'offers.count' | t: { count: n } }}`.
 * Impure on purpose: it reads the language signal, so it must run on every check
 * (a dictionary lookup is cheap).
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(key: string, params?: MessageParams): string {
    return this.i18n.t(key, params);
  }
}
