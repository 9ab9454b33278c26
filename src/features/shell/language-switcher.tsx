import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { rememberLanguage } from '../../lib/i18n';
import { languageNames, languages } from '../../lib/languages';

/** Each language is a link to the same page with `?lng=`, so switching keeps the URL and works as a plain link. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  // On a crafted URL such as http://host//evil.example/ the path starts with two slashes, which a link would read as
  // another host (and React Router refuses to navigate there). One leading slash keeps the link on this site.
  const pathname = location.pathname.replace(/^[/\\]+/, '/');
  return (
    <nav aria-label={t('shell.languageLabel')} className="language-switcher">
      <ul>
        {languages.map((language) => {
          const search = new URLSearchParams(location.search);
          search.set('lng', language);
          const current = i18n.language === language;
          return (
            <li key={language}>
              <Link
                to={{ pathname, search: `?${search.toString()}`, hash: location.hash }}
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
