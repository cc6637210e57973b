import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { commonMessages } from '../common/i18n/common.messages';
import type { MessageBundle } from '../common/i18n/define-messages';
import { Translator } from '../common/i18n/translator';
import { FEATURE_MESSAGES } from './messages';

const SOURCE = join(__dirname, '..');

/** Every `*.messages.ts` of the API with the bundles it exports. */
function messageFiles(): { file: string; bundles: MessageBundle[] }[] {
  return readdirSync(SOURCE, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.messages.ts'))
    .sort()
    .map((path) => ({ file: relative(SOURCE, join(SOURCE, path)), bundles: Object.values(require(join(SOURCE, path)) as Record<string, MessageBundle>) }));
}

describe('the message catalogue', () => {
  const files = messageFiles();

  it('holds every feature’s messages', () => {
    expect(files.length).toBeGreaterThan(FEATURE_MESSAGES.length);
    const left = files.filter(({ bundles }) => bundles.some((bundle) => bundle !== commonMessages && !FEATURE_MESSAGES.includes(bundle)));
    expect(left.map(({ file }) => file)).toEqual([]);
  });

  it('has every message in Italian and English, each key in one bundle only', () => {
    const bundles = [commonMessages, ...FEATURE_MESSAGES];
    for (const bundle of bundles) expect(Object.keys(bundle.en).sort()).toEqual(Object.keys(bundle.it).sort());
    const keys = bundles.flatMap((bundle) => Object.keys(bundle.it));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('translates a feature’s key in both languages, filling its placeholders', () => {
    const translator = new Translator([commonMessages, ...FEATURE_MESSAGES]);
    const key = Object.keys(FEATURE_MESSAGES[0].it)[0];
    expect(translator.has(key)).toBe(true);
    expect(translator.translate('en', key)).toBe(FEATURE_MESSAGES[0].en[key]);
    expect(translator.translate('it', 'no.such.key')).toBe(commonMessages.it['validation.invalid']);
  });
});
