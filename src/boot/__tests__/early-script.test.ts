// The early script decides a visit's language before the app runs; the app decides it again (chooseLanguage). One table
// of cases holds the two to the same answer, and the script's other duties are checked in a stand-in browser.
import { describe, expect, it } from 'vitest';
import { chooseLanguage, type LanguageClues } from '../../lib/choose-language';
import { LANGUAGE_STORAGE_KEY, languageSlug } from '../../lib/languages';
import { earlyScript } from '../early-script';

interface Visit {
  /** The full path, base path included. */
  path: string;
  search?: string;
  hash?: string;
  saved?: string | null;
  browser?: string[];
  storageThrows?: boolean;
}

interface Outcome {
  /** Where the script sent the visit, if anywhere. */
  to?: string;
  hidden: boolean;
  booting: boolean;
}

/** Runs the script's text against a stand-in document, location, storage and navigator. */
function run(base: string, visit: Visit): Outcome {
  const outcome: Outcome = { hidden: false, booting: false };
  const root = {
    set hidden(value: boolean) {
      outcome.hidden = value;
    },
    setAttribute: (name: string) => {
      if (name === 'data-booting') outcome.booting = true;
    },
    hasAttribute: () => outcome.booting,
  };
  const document = { documentElement: root, addEventListener: () => undefined };
  const location = {
    pathname: visit.path,
    search: visit.search ?? '',
    hash: visit.hash ?? '',
    replace: (to: string) => {
      outcome.to = to;
    },
  };
  const localStorage = {
    getItem: (key: string) => {
      if (visit.storageThrows) throw new Error('SecurityError');
      return key === LANGUAGE_STORAGE_KEY ? (visit.saved ?? null) : null;
    },
  };
  const languages = visit.browser ?? ['en-US'];
  const navigator = { languages, language: languages[0] ?? '' };
  const window = {} as Record<string, unknown>;
  // The script reads these as globals; here they are the function's parameters.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the point is to run the exact text the page carries.
  const script = new Function('document', 'location', 'localStorage', 'navigator', 'window', 'URLSearchParams', earlyScript(base)) as (
    ...globals: unknown[]
  ) => void;
  script(
    document,
    location,
    localStorage,
    navigator,
    window,
    URLSearchParams,
  );
  return outcome;
}

const table: (Visit & { expected: string })[] = [
  { path: '/5.7.750/connectors', search: '?lng=ja', expected: 'ja' },
  { path: '/5.7.750/connectors', search: '?lng=zh-TW', expected: 'zh-TW' },
  { path: '/5.7.750/connectors', search: '?lng=zh-hant', expected: 'zh-TW' },
  { path: '/5.7.750/connectors', search: '?lng=zh_HK', expected: 'zh-TW' },
  { path: '/5.7.750/connectors', search: '?lng=zh-CN', browser: ['ja-JP'], expected: 'ja' },
  { path: '/5.7.750/connectors', search: '?lng=fr', saved: 'zh-TW', expected: 'zh-TW' },
  { path: '/5.7.750/connectors', search: '?lng=EN', saved: 'ja', expected: 'en' },
  { path: '/5.7.750/connectors', saved: 'ja', browser: ['zh-TW'], expected: 'ja' },
  { path: '/5.7.750/connectors', saved: 'nonsense', browser: ['zh-TW'], expected: 'zh-TW' },
  { path: '/5.7.750/connectors', storageThrows: true, browser: ['ja'], expected: 'ja' },
  { path: '/5.7.750/connectors', browser: ['fr-FR', 'zh-Hant-TW', 'ja'], expected: 'zh-TW' },
  { path: '/5.7.750/connectors', browser: ['zh-Hans-CN', 'zh'], expected: 'en' },
  { path: '/5.7.750/connectors', browser: ['zh-MO'], expected: 'zh-TW' },
  { path: '/5.7.750/connectors', browser: [], expected: 'en' },
  { path: '/', browser: ['ja-JP'], expected: 'ja' },
  { path: '/', search: '?lng=ja&x=1', expected: 'ja' },
  { path: '/nowhere/at/all', browser: ['zh-TW'], expected: 'zh-TW' },
  { path: '/ja/5.7.750/connectors', search: '?lng=en', saved: 'zh-TW', expected: 'ja' },
  { path: '/zh-tw/', browser: ['ja'], expected: 'zh-TW' },
  { path: '/JA/5.7.750/servers', expected: 'ja' },
  { path: '/Zh-TW/5.7.705/about', expected: 'zh-TW' },
  { path: '/en', browser: ['ja'], expected: 'en' },
];

const clues = (visit: Visit, base: string): LanguageClues => ({
  pathname: visit.path.slice(base.length - 1),
  search: visit.search ?? '',
  saved: visit.storageThrows ? null : (visit.saved ?? null),
  browser: visit.browser ?? ['en-US'],
});

describe('the early script', () => {
  it.each(table)('agrees with the app on the language of $path$search (saved $saved, browser $browser)', (visit) => {
    expect(chooseLanguage(clues(visit, '/'))).toBe(visit.expected);
    const outcome = run('/', visit);
    const landed = outcome.to ? new URL(outcome.to, 'http://host').pathname : visit.path;
    expect(landed.split('/')[1]).toBe(languageSlug(visit.expected as 'en'));
  });

  it('sends an old link to its language, keeping the path, the rest of the query and the hash, hidden meanwhile', () => {
    const outcome = run('/', { path: '/5.7.750/connectors', search: '?lng=ja&from=ticket', hash: '#remove-unknown-connectors' });
    expect(outcome).toEqual({ to: '/ja/5.7.750/connectors?from=ticket#remove-unknown-connectors', hidden: true, booting: false });
    expect(run('/', { path: '/', browser: ['zh-HK'] }).to).toBe('/zh-tw/');
  });

  it('corrects the case of a language in the path, and leaves a page in its language alone', () => {
    expect(run('/', { path: '/JA/5.7.750/servers', search: '?a=1', hash: '#x' }).to).toBe('/ja/5.7.750/servers?a=1#x');
    expect(run('/', { path: '/ZH-TW/' }).to).toBe('/zh-tw/');
    const page = run('/', { path: '/ja/5.7.750/servers', search: '?lng=en' });
    expect(page).toEqual({ hidden: false, booting: true });
  });

  it('works under a base path, and leaves paths outside it alone', () => {
    expect(run('/help/unblock/', { path: '/help/unblock/5.7.705/about', browser: ['ja'] }).to).toBe('/help/unblock/ja/5.7.705/about');
    expect(run('/help/unblock/', { path: '/help/unblock', browser: ['ja'] }).to).toBe('/help/unblock/ja/');
    expect(run('/help/unblock/', { path: '/help/unblock/en/' })).toEqual({ hidden: false, booting: true });
    expect(run('/help/unblock/', { path: '/elsewhere/5.7.705' }).to).toBeUndefined();
    for (const visit of table) {
      expect(chooseLanguage(clues({ ...visit, path: `/help/unblock${visit.path}` }, '/help/unblock/'))).toBe(visit.expected);
    }
  });
});
