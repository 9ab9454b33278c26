import './first-hour.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CopyButton } from '../../components/ui/copy-button';
import type { Code } from '../../config/flow';
import { paths } from '../../config/paths';
import { useLocalePath } from '../../lib/use-locale-path';

/** Which kind of block a code is: the whole tenant (5.7.705), or mail from domains it has not accepted (5.7.750). */
const blockOf = (code: Code) => (code === '5.7.705' ? 'tenant' : 'domains');

/**
 * What to do in the first hour, before the fixes: what is blocked, since when, the support request opened now (Microsoft
 * lifts the block only when asked, so it runs while the steps are worked), and a notice for staff to send at once.
 */
export function FirstHour({ code }: { code: Code }) {
  const { t } = useTranslation();
  const localized = useLocalePath();
  const block = blockOf(code);
  const notice = t(`firstHour.${block}.notice`);
  return (
    <section className="card first-hour" aria-labelledby="first-hour-heading">
      <h2 id="first-hour-heading" className="card__title">
        {t('firstHour.heading')}
      </h2>
      <ol className="first-hour__list">
        <li>
          <strong>{t('firstHour.blockedLabel')}</strong> {t(`firstHour.${block}.blocked`)}
          {block === 'domains' && (
            <p className="first-hour__test">
              {t('firstHour.domains.test')}{' '}
              <Link to={localized(paths.step('5.7.705', 'about'))}>{t('firstHour.domains.testOtherCode')}</Link>
            </p>
          )}
        </li>
        <li>
          <strong>{t('firstHour.sinceLabel')}</strong> {t('firstHour.since', { alert: t(`firstHour.${block}.alert`) })}
        </li>
        <li>
          <strong>{t('firstHour.supportLabel')}</strong> {t('firstHour.support')}{' '}
          <Link to={localized(paths.step(code, 'support'))}>{t('firstHour.supportStep')}</Link>
        </li>
        <li>
          <strong>{t('firstHour.staffLabel')}</strong> {t('firstHour.staff')}
          <blockquote className="first-hour__notice" id="first-hour-notice">
            <p>{notice}</p>
          </blockquote>
          <div className="button-row no-print">
            <CopyButton text={notice} label={t('firstHour.copyNotice')} />
          </div>
        </li>
      </ol>
    </section>
  );
}
