import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { rememberLanguage } from '../../lib/i18n';
import { languageNames, languageOfSlug, languages, languageSlug } from '../../lib/languages';

/** Each language is a link to the same page in that language (`/ja/…` → `/en/…`): a plain link, which works before the app runs. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  // On a crafted URL such as http://host//evil.example/ the path starts with two slashes, which a link would read as
  // another host (and React Router refuses to navigate there). One leading slash keeps the link on this site.
  const [, first, ...rest] = location.pathname.replace(/^[/\\]+/, '/').split('/');
  const tail = languageOfSlug(first) ? rest : [first, ...rest];
  return (
    <nav aria-label={t('shell.languageLabel')} className="language-switcher">
      <ul>
        {languages.map((language) => {
          const pathname = `/${[languageSlug(language), ...tail].join('/')}`;
          const current = i18n.language === language;
          return (
            <li key={language}>
              <Link
                to={{ pathname, search: location.search, hash: location.hash }}
                lang={language}
                hrefLang={language}
                aria-current={current ? 'true' : undefined}
                replace
                preventScrollReset
                onClick={() => rememberLanguage(language)}
              >
                {languageNames[language]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
