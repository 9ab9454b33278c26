import { useTranslation } from 'react-i18next';
import { isStepId } from '../../config/flow';
import { caseStore, type ProgressNotice } from '../progress/case-store';
import { useProgressNotices } from '../progress/use-case';
import { downloadKeptAside } from '../progress/download-kept-aside';

function NoticeText({ notice }: { notice: ProgressNotice }) {
  const { t } = useTranslation();
  const { t: tBoot } = useTranslation('boot');
  switch (notice.kind) {
    case 'quarantined':
      return (
        <>
          <p className="notice__title">{t('notices.quarantined.title', { code: notice.code })}</p>
          {/* Two paragraphs: a space between sentences is right in English, wrong in Japanese and Chinese. */}
          <p>{t(`notices.quarantined.reasons.${notice.reason}`)}</p>
          <p>{notice.heldHere ? t('notices.quarantined.heldHere') : t('notices.quarantined.body')}</p>
          <p>
            <button
              type="button"
              className="button button--small"
              onClick={() => downloadKeptAside(notice.quarantineKey)}
            >
              {t('notices.quarantined.download')}
            </button>
          </p>
        </>
      );
    case 'migrated':
      return <p className="notice__title">{t('notices.migrated', { code: notice.code })}</p>;
    case 'newer-elsewhere':
      return (
        <>
          <p className="notice__title">{t('notices.newerElsewhere.title', { code: notice.code })}</p>
          <p>{t('notices.newerElsewhere.body')}</p>
          <p>
            <button type="button" className="button button--small" onClick={() => window.location.reload()}>
              {tBoot('reload')}
            </button>
          </p>
        </>
      );
    case 'merged':
      return (
        <p className="notice__title">
          {notice.field === 'tenant'
            ? t('notices.merged.tenant', { code: notice.code })
            : isStepId(notice.field)
              ? t('notices.merged.note', { code: notice.code, step: t(`steps.${notice.field}.title`, { code: notice.code }) })
              : t('notices.merged.fact', { code: notice.code, field: t(`facts.fields.${notice.field}`) })}
        </p>
      );
    case 'memory-only':
      return (
        <>
          <p className="notice__title">{t(`notices.memoryOnly.${notice.reason}.title`)}</p>
          <p>{t(`notices.memoryOnly.${notice.reason}.body`)}</p>
        </>
      );
  }
}

/** What happened to saved progress that the admin must know: never silent. */
export function ProgressNotices() {
  const { t } = useTranslation();
  const notices = useProgressNotices();
  if (notices.length === 0) return null;
  return (
    <div className="progress-notices" role="region" aria-label={t('notices.label')}>
      {notices.map((notice) => (
        <div key={notice.id} className={`notice ${notice.kind === 'migrated' ? 'notice--success' : 'notice--warning'}`} role="status">
          <NoticeText notice={notice} />
          <button type="button" className="button button--subtle button--small" onClick={() => caseStore.dismissNotice(notice.id)}>
            {t('notices.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
