import { negotiateLanguage } from './language';

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'it'],
    ['', 'it'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,en;q=0.5,it;q=0.8', 'it'],
    ['fr, de', 'it'],
    ['en;q=0, it', 'it'],
    ['garbage;;;q=x', 'it'],
  ])('%p → %s', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});
