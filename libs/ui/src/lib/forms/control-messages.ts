import { ValidationErrors } from '@angular/forms';
import { SERVER_ERROR_KEY } from '../api/server-errors';
import { MessageParams } from '../i18n/translation.service';

/** What a validator may return to get its own message: `{ myRule: { messageKey, params } }`. */
export interface ErrorMessageRef {
  messageKey: string;
  params?: MessageParams;
}

/** A message to show: either already translated text (from the server) or a key to translate. */
export type ControlMessage =
  | { text: string }
  | { key: string; params?: MessageParams };

const BUILT_IN: Record<
  string,
  (value: Record<string, unknown>) => ControlMessage
> = {
  required: () => ({ key: 'ui.error.required' }),
  requiredTrue: () => ({ key: 'ui.error.required' }),
  email: () => ({ key: 'ui.error.email' }),
  minlength: (v) => ({
    key: 'ui.error.minlength',
    params: { length: Number(v['requiredLength']) },
  }),
  maxlength: (v) => ({
    key: 'ui.error.maxlength',
    params: { length: Number(v['requiredLength']) },
  }),
  min: (v) => ({ key: 'ui.error.min', params: { min: Number(v['min']) } }),
  max: (v) => ({ key: 'ui.error.max', params: { max: Number(v['max']) } }),
  pattern: () => ({ key: 'ui.error.pattern' }),
};

function isMessageRef(value: unknown): value is ErrorMessageRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorMessageRef).messageKey === 'string'
  );
}

/** Turns a control's `errors` into messages; the server's message (already localised) comes first. */
export function controlMessages(
  errors: ValidationErrors | null,
): ControlMessage[] {
  if (!errors) return [];
  const messages: ControlMessage[] = [];
  const server = errors[SERVER_ERROR_KEY];
  if (typeof server === 'string') messages.push({ text: server });
  for (const [name, value] of Object.entries(errors)) {
    if (name === SERVER_ERROR_KEY) continue;
    if (isMessageRef(value))
      messages.push({ key: value.messageKey, params: value.params });
    else if (BUILT_IN[name])
      messages.push(
        BUILT_IN[name](typeof value === 'object' && value ? value : {}),
      );
    else messages.push({ key: 'ui.error.invalid' });
  }
  return messages;
}
