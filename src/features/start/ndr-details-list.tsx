import '../../styles/details-list.css';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../lib/format-list';
import { useDateTimeFormat } from '../../lib/use-date-time-format';
import { visibleLine, visibleText } from '../../lib/visible-text';
import { bounceTime } from './ndr/bounce-time';

export interface NdrDetailFields {
  recipients?: readonly string[];
  generatingServer?: string | undefined;
  reportingServer?: string | undefined;
  date?: string | undefined;
  sender?: string | undefined;
  subject?: string | undefined;
  diagnostic?: string | undefined;
}

const line = (value: string | undefined) => (value === undefined ? undefined : visibleLine(value));

/** What the bounce says beyond the code: shown as plain text, never as markup, hidden characters made visible. */
export function NdrDetailsList({ details }: { details: NdrDetailFields }) {
  const { t, i18n } = useTranslation();
  // The bounce's own time in the reader's format and zone (the date as written stays below, as evidence).
  const formatZoned = useDateTimeFormat({ withZone: true });
  const since = bounceTime(details);
  const rows: [string, string | undefined][] = [
    [t('ndr.blockedSince'), since && formatZoned(since)],
    [t('ndr.recipients'), formatList((details.recipients ?? []).map(visibleLine), i18n.language) || undefined],
    [t('ndr.sender'), line(details.sender)],
    [t('ndr.subject'), line(details.subject)],
    [t('ndr.date'), line(details.date)],
    [t('ndr.generatingServer'), line(details.generatingServer ?? details.reportingServer)],
    [t('ndr.diagnostic'), details.diagnostic === undefined ? undefined : visibleText(details.diagnostic)],
  ];
  const shown = rows.filter((row): row is [string, string] => Boolean(row[1]));
  if (shown.length === 0) return null;
  return (
    <dl className="details-list">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
