/** The associated data of a sealed outbox param: the row id and the param name. */
export const outboxSealAad = (outboxId: string, param: string) => `mail_outbox:${outboxId}:${param}`;

/** How a sealed param is stored inside `mail_outbox.params`. */
export interface SealedParam {
  sealed: string;
}

export function isSealedParam(value: unknown): value is SealedParam {
  return typeof value === 'object' && value !== null && typeof (value as SealedParam).sealed === 'string';
}
