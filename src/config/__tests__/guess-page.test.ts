import { describe, expect, it } from 'vitest';
import { guessPage } from '../guess-page';

describe('guessPage', () => {
  it.each([
    ['connector', 'connectors'],
    ['domain', 'domains'],
    ['Domains', 'domains'],
    ['conectors', 'connectors'],
    ['connecters', 'connectors'],
    ['server', 'servers'],
    ['suport', 'support'],
    ['checklst', 'checklist'],
    ['case-file', 'checklist'],
    ['overview', 'about'],
    ['abou', 'about'],
    ['connectors/', 'connectors'],
  ])('reads %s as %s', (typed, page) => {
    expect(guessPage(typed, '5.7.750')).toBe(page);
    expect(guessPage(typed, '5.7.705')).toBe(page);
  });

  it.each(['account', 'acounts', 'Accounts', 'containment'])('reads %s as the accounts step of 5.7.705 only', (typed) => {
    expect(guessPage(typed, '5.7.705')).toBe('accounts');
    expect(guessPage(typed, '5.7.750')).toBeUndefined();
  });

  it.each(['nowhere', 'foo', 'x', '', 'xx', 'accounts-and-more-and-more', 'a'.repeat(100), 'nope'])(
    'does not guess for %j',
    (typed) => {
      expect(guessPage(typed, '5.7.750')).toBeUndefined();
    },
  );
});
