import { useTranslation } from 'react-i18next';

// Each client gives the bounce differently; classic Outlook only saves .msg, which is binary, so there it is pasted.
const clients = ['outlookNew', 'outlookClassic', 'appleMail', 'gmail'] as const;

/** How to get a bounce out of each common mail client, folded away so it never pushes the entry field down. */
export function SaveBounceGuide() {
  const { t } = useTranslation();
  return (
    <details className="save-bounce">
      <summary>{t('start.saveGuide.summary')}</summary>
      <dl className="save-bounce__clients">
        {clients.map((client) => (
          <div key={client}>
            <dt>{t(`start.saveGuide.clients.${client}.name`)}</dt>
            <dd>{t(`start.saveGuide.clients.${client}.steps`)}</dd>
          </div>
        ))}
      </dl>
      <p className="save-bounce__other">{t('start.saveGuide.other')}</p>
    </details>
  );
}
