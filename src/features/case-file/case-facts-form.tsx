import './case-facts.css';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../config/flow';
import { fromLocalInput, toLocalInput } from '../../lib/local-time-input';
import { formatTimestamp } from '../../lib/timestamp';
import { useDateTimeFormat } from '../../lib/use-date-time-format';
import { hasHiddenCharacters, visibleLine, visibleText } from '../../lib/visible-text';
import { factLimit, factTimes, isFactText, type FactTime, type TypedFact } from '../progress/case-facts';
import type { CaseFile } from '../progress/case-schema';
import { caseStore } from '../progress/case-store';
import { utcTimeFormat, zoneLabel } from '../../lib/time-zone';
import { useHydrated } from '../../lib/use-hydrated';
import { durationBetween, durationText, firstBounceOf } from '../progress/case-timeline';
import { useCase } from '../progress/use-case';
import { useSavedField } from '../progress/use-saved-field';
import { bounceTime } from '../start/ndr/bounce-time';

/** Groups of facts, in the order Support asks for them. */
export const factGroups = {
  tenant: ['tenant', 'tenantId'],
  request: ['requestNumber'],
  contact: ['contactName', 'contactPhone', 'contactHours', 'contactLanguage'],
  impact: ['usersAffected'],
  account: ['cause', 'changes', 'prevention'],
  timeline: [],
} as const satisfies Record<string, readonly TypedFact[]>;
export type FactGroup = keyof typeof factGroups;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const inputTypes: Partial<Record<TypedFact, string>> = { contactPhone: 'tel' };
const autoComplete: Partial<Record<TypedFact, string>> = { contactName: 'name', contactPhone: 'tel' };
const placeholders: Partial<Record<TypedFact, string>> = { tenant: 'contoso.onmicrosoft.com' };

/** One fact typed as text: saved as typed, merged with another tab's edit; in print, the value itself. */
function FactField({ code, field }: { code: Code; field: TypedFact }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const saved = useCase(code).details[field] ?? '';
  const input = useSavedField(saved, (text, base) => caseStore.setFact(code, field, text, base));
  const hint = i18n.exists(`facts.hints.${field}`) ? t(`facts.hints.${field}` as 'facts.hints.tenant') : undefined;
  const hidden = hasHiddenCharacters(saved);
  const doubtfulId = field === 'tenantId' && saved.trim() !== '' && !GUID.test(saved.trim());
  const described = [hint && `${id}-hint`, hidden && `${id}-hidden`, doubtfulId && `${id}-doubt`].filter(Boolean).join(' ') || undefined;
  const common = { id, maxLength: factLimit(field), 'aria-describedby': described, className: 'no-print', ...input };
  const multiline = isFactText(field);
  return (
    <div className={`field fact-field${multiline ? ' fact-field--wide' : ''}`}>
      <label htmlFor={id}>{t(`facts.fields.${field}`)}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint no-print">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input
          type={inputTypes[field] ?? 'text'}
          autoComplete={autoComplete[field] ?? 'off'}
          spellCheck={false}
          placeholder={placeholders[field]}
          {...common}
        />
      )}
      {/* An input shows bidi overrides at work, so a value that has any is also spelt out with them marked. */}
      {hidden && (
        <p id={`${id}-hidden`} className="field__hint fact-field__hidden no-print">
          {t('caseFile.tenantHiddenCharacters', { value: visibleLine(saved) })}
        </p>
      )}
      {doubtfulId && (
        <p id={`${id}-doubt`} className="field__hint fact-field__doubt no-print">
          {t('facts.tenantIdInvalid')}
        </p>
      )}
      <p className="print-only fact-field__printed">{(multiline ? visibleText(saved) : visibleLine(saved)) || t('facts.notEntered')}</p>
    </div>
  );
}

/** Now, again every minute: how long a block has lasted is shown as it grows. */
function useMinute(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** "25 Nov 2026, 14:14 (JST): blocked for 6 h 12 min", from the bounce or the timeline. */
export function useBlockedFor(caseFile: CaseFile): string | undefined {
  const { t } = useTranslation();
  const formatTime = useDateTimeFormat({ withZone: true });
  const now = useMinute();
  const since = firstBounceOf(caseFile);
  const fixed = caseFile.details.fixedAt;
  const duration = since ? durationBetween(since, fixed ?? now) : undefined;
  if (!since || !duration) return undefined;
  const lookUp = (key: string, values: Record<string, number>) => t(key as 'facts.duration.minutes', values as { minutes: number });
  return t(fixed ? 'facts.blockedForFixed' : 'facts.blockedFor', { time: formatTime(since), duration: durationText(duration, lookUp) });
}

function BlockedSince({ code }: { code: Code }) {
  const { t } = useTranslation();
  const blockedFor = useBlockedFor(useCase(code));
  return (
    <div className="field fact-field">
      <span className="field__label">{t('facts.blockedSince')}</span>
      <p className={blockedFor ? 'fact-field__value' : 'muted'}>{blockedFor ?? t('facts.blockedSinceUnknown')}</p>
    </div>
  );
}

/** A time on the timeline, typed in local time, shown in UTC too; "Now" for what has just happened. */
function FactTimeField({ code, field }: { code: Code; field: FactTime }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const caseFile = useCase(code);
  const formatTime = useDateTimeFormat({ withZone: true });
  const label = t(`facts.fields.${field}`);
  const fromBounce = field === 'firstBounceAt' && caseFile.ndr ? bounceTime(caseFile.ndr) : undefined;
  const saved = field === 'firstBounceAt' ? firstBounceOf(caseFile) : caseFile.details[field];
  const utc = saved ? t('facts.utc', { time: formatTimestamp(utcTimeFormat(i18n.language), saved, t('common.unreadableTime')) }) : undefined;
  if (fromBounce) {
    return (
      <div className="field fact-field">
        <span className="field__label">{label}</span>
        <p className="fact-field__value">{t('facts.fromBounce', { time: formatTime(fromBounce) })}</p>
        <p className="field__hint">{utc}</p>
      </div>
    );
  }
  return (
    <div className="field fact-field fact-time">
      <label htmlFor={id}>{label}</label>
      <div className="fact-time__row no-print">
        <input
          id={id}
          type="datetime-local"
          aria-describedby={utc ? `${id}-utc` : undefined}
          value={toLocalInput(saved)}
          onChange={(event) => caseStore.setFactTime(code, field, fromLocalInput(event.target.value))}
        />
        <button
          type="button"
          className="button button--small"
          aria-label={t('facts.nowLabel', { field: label })}
          onClick={() => caseStore.setFactTime(code, field, new Date().toISOString())}
        >
          {t('facts.now')}
        </button>
        {saved && (
          <button
            type="button"
            className="button button--small"
            aria-label={t('facts.clearLabel', { field: label })}
            onClick={() => caseStore.setFactTime(code, field, undefined)}
          >
            {t('facts.clear')}
          </button>
        )}
      </div>
      {utc && (
        <p id={`${id}-utc`} className="field__hint">
          {utc}
        </p>
      )}
      <p className="print-only fact-field__printed">{saved ? `${formatTime(saved)} · ${utc ?? ''}` : t('facts.notEntered')}</p>
    </div>
  );
}

function Timeline({ code }: { code: Code }) {
  const { t, i18n } = useTranslation();
  const hydrated = useHydrated();
  return (
    <>
      {/* Names this browser's zone, so it appears once hydrated; the times it explains need the app anyway. */}
      {hydrated && <p className="field__hint no-print fact-group__hint">{t('facts.hints.timeline', { zone: zoneLabel(i18n.language) })}</p>}
      <div className="fact-group__fields">
        {factTimes.map((field) => (
          <FactTimeField key={field} code={code} field={field} />
        ))}
      </div>
    </>
  );
}

/**
 * The facts Support asks first, as a form saved as typed. The first step asks for the tenant and the impact; the
 * Support step and the case file for all of them.
 */
export function CaseFactsForm({
  code,
  groups,
  heading,
  intro,
}: {
  code: Code;
  groups: readonly FactGroup[];
  heading: string;
  intro: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card case-facts" aria-labelledby={id}>
      <h2 id={id} className="card__title">
        {heading}
      </h2>
      <p className="no-print">{intro}</p>
      {groups.map((group) => (
        <fieldset key={group} className="fact-group">
          <legend>{t(`facts.groups.${group}`)}</legend>
          {group === 'timeline' ? (
            <Timeline code={code} />
          ) : (
            <div className="fact-group__fields">
              {factGroups[group].map((field) => (
                <FactField key={field} code={code} field={field} />
              ))}
              {group === 'impact' && <BlockedSince code={code} />}
            </div>
          )}
        </fieldset>
      ))}
    </section>
  );
}

/** The first step's form: who the tenant is and how bad it is, before any fix. */
export function FirstStepFacts({ code }: { code: Code }) {
  const { t } = useTranslation();
  return <CaseFactsForm code={code} groups={['tenant', 'impact']} heading={t('facts.aboutHeading')} intro={t('facts.aboutIntro')} />;
}

/** Every fact, as the Support step and the case file ask for them. */
export function AllFacts({ code }: { code: Code }) {
  const { t } = useTranslation();
  return (
    <CaseFactsForm
      code={code}
      groups={['tenant', 'request', 'contact', 'impact', 'account', 'timeline']}
      heading={t('facts.heading')}
      intro={t('facts.intro')}
    />
  );
}
