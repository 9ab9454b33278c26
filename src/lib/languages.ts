// The languages Unblock speaks, and how a browser's language tags map onto them.
export const languages = ['en', 'ja', 'zh-TW'] as const;
export type Language = (typeof languages)[number];

export const LANGUAGE_STORAGE_KEY = 'unblock:language';

/** Names in their own language: the switcher shows each language to people who read it. */
export const languageNames: Record<Language, string> = { en: 'English', ja: '日本語', 'zh-TW': '繁體中文' };

/** BCP 47 tag → supported language. Traditional Chinese scripts and regions → zh-TW; Simplified → none. */
export function normalizeLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  const [primary, ...rest] = parts;
  if (primary === 'en') return 'en';
  if (primary === 'ja') return 'ja';
  if (primary === 'zh') {
    if (rest.includes('hant') || rest.some((part) => part === 'tw' || part === 'hk' || part === 'mo')) return 'zh-TW';
  }
  return undefined;
}

export const isLanguage = (value: string | null | undefined): value is Language =>
  languages.some((language) => language === value);

/** The language's first path segment: lowercase, as Microsoft Learn writes it (`/zh-tw/…`). */
export const languageSlug = (language: Language): string => language.toLowerCase();

/** A path segment → its language, in any case (`/JA/`, `/zh-TW/`); undefined when it names none. */
export function languageOfSlug(segment: string | null | undefined): Language | undefined {
  const lower = segment?.toLowerCase();
  return languages.find((language) => languageSlug(language) === lower);
}
