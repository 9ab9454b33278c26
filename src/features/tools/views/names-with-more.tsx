import { useToolsText } from './use-tools-text';

/** A few names in full, then how many more there were: IP addresses and connectors are machine text, kept in English. */
export function NamesWithMore({ names, total, visible }: { names: readonly string[]; total: number; visible: number }) {
  const { t } = useToolsText();
  const shown = names.slice(0, visible);
  const more = total - shown.length;
  if (shown.length === 0) return <span>{t('gap.none')}</span>;
  return (
    <span className="names">
      {shown.map((name) => (
        <span key={name} className="names__item" lang="en" dir="ltr">
          {name}
        </span>
      ))}
      {more > 0 && <span className="names__more">{t('gap.more', { count: more })}</span>}
    </span>
  );
}
