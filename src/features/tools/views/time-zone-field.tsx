import { useId, useMemo } from 'react';
import { useToolsText } from './use-tools-text';

export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The zone the admin center showed its times in; its export carries no zone of its own. */
export function TimeZoneField({ value, onChange }: { value: string; onChange: (zone: string) => void }) {
  const { t } = useToolsText();
  const id = useId();
  const zones = useMemo(() => {
    const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    return ['UTC', ...all.filter((zone) => zone !== 'UTC')];
  }, []);
  return (
    <div className="field time-zone-field">
      <label htmlFor={id}>{t('gap.timeZoneLabel')}</label>
      <p id={`${id}-hint`} className="field__hint">
        {t('gap.timeZoneHint')}
      </p>
      <select id={id} aria-describedby={`${id}-hint`} value={value} onChange={(event) => onChange(event.target.value)}>
        {(zones.includes(value) ? zones : [value, ...zones]).map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </select>
    </div>
  );
}
