import { useId } from 'react';
import { formatTimestamp } from '../../../lib/timestamp';
import { utcTimeFormat } from '../../../lib/time-zone';
import type { TrafficReport } from '../rules/traffic-analysis';
import { useToolsText } from './use-tools-text';

const WIDTH = 640;
const HEIGHT = 160;
const AXIS = 18;

/**
 * The tenant's outbound messages per hour, with the flagged senders' share, drawn by the app (no library, nothing for the
 * CSP to allow), and the same numbers as a table for screen readers and for reading exact values.
 */
export function TrafficChart({ report }: { report: TrafficReport }) {
  const { t, i18n } = useToolsText();
  const id = useId();
  const format = utcTimeFormat(i18n.language);
  const when = (iso: string) => formatTimestamp(format, iso, '—');
  const { hours } = report;
  const first = hours[0];
  const last = hours.at(-1);
  if (!first || !last) return null;
  const peak = hours.reduce((best, hour) => (hour.messages > best.messages ? hour : best), first);
  const top = Math.max(peak.messages, 1);
  const step = WIDTH / hours.length;
  const barHeight = (messages: number) => ((HEIGHT - AXIS) * messages) / top;
  const number = (value: number) => value.toLocaleString(i18n.language);
  return (
    <figure className="traffic-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="traffic-chart__caption">
        {t('traffic.chartHeading')}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="traffic-chart__plot"
        role="img"
        aria-label={t('traffic.chartLabel', {
          from: when(first.hour),
          to: when(last.hour),
          peakHour: when(peak.hour),
          peak: number(peak.messages),
          suspicious: number(peak.suspicious),
        })}
        preserveAspectRatio="none"
      >
        <line x1="0" x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} className="traffic-chart__axis" />
        {hours.map((hour, index) => (
          <g key={hour.hour}>
            {(['messages', 'suspicious'] as const).map((part) =>
              hour[part] > 0 ? (
                <rect
                  key={part}
                  x={index * step + step * 0.1}
                  width={step * 0.8}
                  y={HEIGHT - AXIS - barHeight(hour[part])}
                  height={barHeight(hour[part])}
                  className={part === 'messages' ? 'traffic-chart__all' : 'traffic-chart__suspicious'}
                />
              ) : null,
            )}
          </g>
        ))}
      </svg>
      <div className="traffic-chart__axis-labels" aria-hidden="true">
        <span>{when(first.hour)}</span>
        <span>{when(last.hour)}</span>
      </div>
      <ul className="traffic-chart__legend">
        <li>
          <span className="traffic-chart__swatch traffic-chart__swatch--all" aria-hidden="true" />
          {t('traffic.legendAll')}
        </li>
        <li>
          <span className="traffic-chart__swatch traffic-chart__swatch--suspicious" aria-hidden="true" />
          {t('traffic.legendSuspicious')}
        </li>
      </ul>
      <details className="traffic-chart__numbers no-print">
        <summary>{t('traffic.tableSummary')}</summary>
        <div className="table-scroll">
          <table className="findings-table">
            <caption>{t('traffic.chartHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('traffic.columns.hour')}</th>
                <th scope="col" className="numeric">
                  {t('traffic.columns.messages')}
                </th>
                <th scope="col" className="numeric">
                  {t('traffic.columns.suspicious')}
                </th>
              </tr>
            </thead>
            <tbody>
              {hours
                .filter((hour) => hour.messages > 0)
                .map((hour) => (
                  <tr key={hour.hour}>
                    <th scope="row">{when(hour.hour)}</th>
                    <td className="numeric">{number(hour.messages)}</td>
                    <td className="numeric">{number(hour.suspicious)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
