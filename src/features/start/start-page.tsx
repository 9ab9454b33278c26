import './start-page.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isCode, type Code } from '../../config/flow';
import { paths } from '../../config/paths';
import { CoveredCodes } from '../codes/covered-codes';
import { RelatedCodes } from '../codes/related-codes';
import { CaseHandOver } from '../case-file/case-hand-over';
import { CasesInProgress } from './cases-in-progress';
import { KeptAsideList } from './kept-aside-list';
import type { NdrFact } from './ndr-record-decision';
import { applyNdrRecord, planNdrRecord } from './record-ndr';
import { RecordedNdrQuestion } from './recorded-ndr-question';
import { NdrEntryForm, type NdrEntryResult } from './ndr-entry-form';
import { SaveBounceGuide } from './save-bounce-guide';
import { useLocalePath } from '../../lib/use-locale-path';

interface PendingReplacement {
  code: Code;
  entry: NdrEntryResult;
  changed: NdrFact[];
}

export function StartPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const localized = useLocalePath();

  // A new bounce that does not agree with the recorded one waits here until the admin says which to keep.
  const [pending, setPending] = useState<PendingReplacement | undefined>(undefined);

  function openFlow(code: Code) {
    void navigate(localized(paths.step(code, 'about')));
  }

  function startFlow(code: Code, entry: NdrEntryResult) {
    const decision = planNdrRecord(code, entry);
    if (decision.kind === 'ask') {
      setPending({ code, entry, changed: decision.changed });
      return;
    }
    applyNdrRecord(code, decision);
    openFlow(code);
  }

  return (
    <div className="start">
      <title>{`${t('start.title')} – Unblock`}</title>
      <h1 tabIndex={-1}>{t('start.title')}</h1>
      <p className="lead">{t('start.lead')}</p>
      <CasesInProgress />
      <KeptAsideList />
      <section className="card" aria-labelledby="start-entry-heading">
        <h2 id="start-entry-heading" className="card__title">
          {t('start.entryHeading')}
        </h2>
        <NdrEntryForm
          onAnalyse={() => setPending(undefined)}
          onCovered={(entry) => startFlow(entry.outcome.code, entry)}
          onChooseCode={(entry, code) => {
            if (isCode(code)) startFlow(code, entry);
          }}
        />
        {pending && (
          <RecordedNdrQuestion
            code={pending.code}
            changed={pending.changed}
            onKeep={() => openFlow(pending.code)}
            onReplace={() => {
              // Planned again: the case may have changed (another tab) while the question was open.
              const decision = planNdrRecord(pending.code, pending.entry);
              applyNdrRecord(pending.code, decision.kind === 'ask' ? { kind: 'record', ndr: decision.ndr } : decision);
              openFlow(pending.code);
            }}
          />
        )}
        <SaveBounceGuide />
      </section>
      <div className="start__columns">
        <section className="card" aria-labelledby="start-covered-heading">
          <h2 id="start-covered-heading" className="card__title">
            {t('start.coveredHeading')}
          </h2>
          <CoveredCodes />
        </section>
        <section className="card" aria-labelledby="start-related-heading">
          <h2 id="start-related-heading" className="card__title">
            {t('relatedCodes.title')}
          </h2>
          <RelatedCodes />
        </section>
      </div>
      <div className="card start__hand-over">
        <CaseHandOver />
      </div>
    </div>
  );
}
