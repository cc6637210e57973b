import { commonMessages } from './common.messages';
import { Language } from './language';
import { catalogueMessages } from '../../catalogue/catalogue.messages';
import { authMessages } from '../../auth/auth.messages';
import { identityMessages } from '../../organisations/identity.messages';
import { consentsMessages } from '../../consents/consents.messages';
import { profilesMessages } from '../../profiles/profiles.messages';
import { proposalsMessages } from '../../proposals/proposals.messages';
import { shortlistsMessages } from '../../shortlists/shortlists.messages';
import { indicatorsMessages } from '../../indicators/indicators.messages';
import { jobsMessages } from '../../jobs/jobs.messages';
import { matchingMessages } from '../../matching/matching.messages';

/**
 * Every feature's messages, merged. A feature adds its `defineMessages(...)` result here.
 */
const CATALOGS = [commonMessages, catalogueMessages, authMessages, identityMessages, profilesMessages, consentsMessages, shortlistsMessages, proposalsMessages, matchingMessages, indicatorsMessages, jobsMessages];

const merged: Record<Language, Record<string, string>> = { it: {}, en: {} };
for (const catalog of CATALOGS) {
  Object.assign(merged.it, catalog.it);
  Object.assign(merged.en, catalog.en);
}

/** Translates a message key, filling {placeholders}; unknown keys fall back to a generic message. */
export function translate(language: Language, key: string, params: Record<string, unknown> = {}): string {
  const template = merged[language][key] ?? merged.it[key] ?? merged[language]['validation.invalid'];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) return `{${name}}`;
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}

export function hasMessage(key: string): boolean {
  return key in merged.it;
}
