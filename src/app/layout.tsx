import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { paths } from '../config/paths';
import { LanguageSwitcher } from '../features/shell/language-switcher';
import { useProgressNotices } from '../features/progress/use-case';
import { SiteFooter } from '../features/shell/site-footer';
import { useLocalePath } from '../lib/use-locale-path';

// Notices are rare (storage full, a case kept aside, an edit merged): their words and actions load when one is raised.
const ProgressNotices = lazy(() => import('../features/shell/progress-notices').then((module) => ({ default: module.ProgressNotices })));

function Notices() {
  const notices = useProgressNotices();
  if (notices.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <ProgressNotices />
    </Suspense>
  );
}

/** The element a URL's fragment names (`#list-inbound-connectors`, a link to one action), if the page has it. */
/**
 * After an in-app navigation, focus the new page's h1 so screen readers and keyboards start at the top. A link to one
 * action (`…/connectors#list-inbound-connectors`) starts at that action instead, on arrival too: the browser scrolled
 * there, and focus follows.
 */
function useFocusHeadingOnNavigation() {
  const location = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    const first = firstRender.current;
    firstRender.current = false;
    const target = location.hash && document.getElementById(location.hash.slice(1));
    if (target) target.focus();
    else if (!first) document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: false });
  }, [location.pathname, location.hash]);
}

export function Layout() {
  const { t, i18n } = useTranslation();
  const navigation = useNavigation();
  const localized = useLocalePath();
  useFocusHeadingOnNavigation();
  return (
    <div className="page" lang={i18n.language}>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={localized(paths.home())} className="brand">
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__name">Unblock</span>
            <span className="brand__tagline">{t('shell.tagline')}</span>
          </Link>
          <LanguageSwitcher />
        </div>
        <div className="progress-bar" data-active={navigation.state !== 'idle'} aria-hidden="true" />
      </header>
      <p className="visually-hidden" role="status">
        {navigation.state === 'loading' ? t('shell.loading') : ''}
      </p>
      <main id="main" className="main">
        <Notices />
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  );
}
