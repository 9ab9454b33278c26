import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { STATUS_CODE_PATTERN } from '../config/codes';
import { isCode } from '../config/flow';
import { paths } from '../config/paths';
import { CoveredCodes } from '../features/codes/covered-codes';
import { RelatedCodes } from '../features/codes/related-codes';
import { StepLinks } from '../features/wizard/step-links';
import { languageOfSlug } from '../lib/languages';
import { useLocalePath } from '../lib/use-locale-path';

const MAX_SHOWN = 80;

/** The first segment after the language (`/ja/5.7.999/…` → `5.7.999`). */
function firstSegment(pathname: string): string {
  const segments = pathname.split('/').filter(Boolean);
  const [segment = ''] = languageOfSlug(segments[0]) ? segments.slice(1) : segments;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Any URL outside the contract: say what is covered and how to get there. Path text is shown as text only. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const localized = useLocalePath();
  const segment = firstSegment(location.pathname);
  const shown = segment.length > MAX_SHOWN ? `${segment.slice(0, MAX_SHOWN)}…` : segment;
  const knownCode = isCode(segment) ? segment : undefined;
  const otherCode = !knownCode && STATUS_CODE_PATTERN.test(segment) ? segment : undefined;
  const title = knownCode ? t('notFound.stepTitle') : otherCode ? t('notFound.codeTitle', { code: otherCode }) : t('notFound.title');
  return (
    <article className="card narrow">
      <title>{`${title} – Unblock`}</title>
      <h1 tabIndex={-1}>{title}</h1>
      {knownCode ? (
        <>
          <p>{t('notFound.stepBody', { code: knownCode })}</p>
          <StepLinks code={knownCode} />
        </>
      ) : (
        <>
          <p>{otherCode ? t('notFound.codeBody', { code: otherCode }) : t('notFound.body', { path: shown || '/' })}</p>
          <h2>{t('notFound.covered')}</h2>
          <CoveredCodes />
          <h2>{t('relatedCodes.title')}</h2>
          <RelatedCodes highlight={otherCode} />
        </>
      )}
      <p>
        <Link to={localized(paths.home())} className="button button--primary">
          {t('notFound.home')}
        </Link>
      </p>
    </article>
  );
}
