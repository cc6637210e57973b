import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { defineDictionary, mergeDictionaries } from './dictionary';
import { TranslatePipe } from './translate.pipe';
import {
  LANGUAGE_STORAGE_KEY,
  TranslationService,
} from './translation.service';

const italian = {
  'test.greeting': 'Ciao {name}',
  'test.onlyItalian': 'Solo italiano',
};
const english: Record<keyof typeof italian, string> = {
  'test.greeting': 'Hello {name}',
  'test.onlyItalian': 'Only Italian',
};
const testDictionary = defineDictionary(italian, english);

describe('TranslationService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  function create(): TranslationService {
    const service = TestBed.inject(TranslationService);
    service.register(testDictionary);
    return service;
  }

  it('starts in Italian and sets <html lang>', () => {
    const i18n = create();
    expect(i18n.language()).toBe('it');
    expect(document.documentElement.lang).toBe('it');
    expect(i18n.t('ui.header.signOut')).toBe('Esci');
  });

  it('switches to English, interpolates, and stores only the UI language', () => {
    const i18n = create();
    i18n.use('en');
    expect(i18n.t('test.greeting', { name: 'Ada' })).toBe('Hello Ada');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.locale()).toBe('en-GB');
    expect({ ...localStorage }).toEqual({ [LANGUAGE_STORAGE_KEY]: 'en' });
  });

  it('reads the stored language at start and ignores values that are not a language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(create().language()).toBe('en');
    TestBed.resetTestingModule();
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(create().language()).toBe('it');
  });

  it('falls back to Italian when an English message is missing at run time', () => {
    const i18n = create();
    // A chunk registered with a gap (possible only by bypassing the type-check).
    i18n.register({ it: { 'test.gap': 'Solo in italiano' }, en: {} });
    i18n.use('en');
    expect(i18n.t('test.gap')).toBe('Solo in italiano');
  });

  it('returns the key itself for an unknown message and warns once', () => {
    const warn = jest
      .spyOn(console, 'warn')
      .mockImplementation(() => undefined);
    const i18n = create();
    expect(i18n.t('test.nowhere')).toBe('test.nowhere');
    expect(i18n.t('test.nowhere')).toBe('test.nowhere');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain('test.nowhere');
    expect(i18n.has('test.nowhere')).toBe(false);
    warn.mockRestore();
  });

  it('leaves placeholders without a value visible', () => {
    expect(create().t('test.greeting', {})).toBe('Ciao {name}');
  });

  it('merges feature chunks', () => {
    const merged = mergeDictionaries(
      testDictionary,
      defineDictionary({ 'test.more': 'Altro' }, { 'test.more': 'More' }),
    );
    expect(Object.keys(merged.en).sort()).toEqual([
      'test.greeting',
      'test.more',
      'test.onlyItalian',
    ]);
  });
});

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `<p>{{ 'test.greeting' | t: { name: 'Ada' } }}</p>`,
})
class GreetingHost {}

describe('TranslatePipe', () => {
  beforeEach(() => localStorage.clear());

  it('re-renders an OnPush view when the language changes', async () => {
    const i18n = TestBed.inject(TranslationService);
    i18n.register(testDictionary);
    const fixture = TestBed.createComponent(GreetingHost);
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toBe('Ciao Ada');

    i18n.use('en');
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toBe('Hello Ada');
  });
});
