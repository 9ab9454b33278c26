import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Code } from '../../config/flow';
import { paths } from '../../config/paths';
import type { CaseFile } from '../progress/case-schema';
import { caseStore } from '../progress/case-store';
import {
  MAX_IMPORT_BYTES,
  parseCaseExport,
  serializeCaseExport,
  type DroppedEntries,
  type ImportError,
} from '../progress/case-transfer';
import { holdsWork } from '../progress/progress-math';
import { useProgressSnapshot } from '../progress/use-case';
import { FileButton } from '../../components/ui/file-button';
import { downloadText } from './download-text';
import { useLocalePath } from '../../lib/use-locale-path';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'error'; error: ImportError | 'too-large' }
  | { kind: 'confirm'; incoming: CaseFile; dropped: DroppedEntries }
  | { kind: 'imported'; code: Code; dropped: DroppedEntries };

/** What the import left out, one sentence per kind: an import never drops entries without a word. */
function DroppedList({ dropped }: { dropped: DroppedEntries }) {
  const { t } = useTranslation();
  const lines = [
    dropped.unknownActions > 0 && t('handOver.droppedUnknownActions', { count: dropped.unknownActions }),
    dropped.otherCodeActions > 0 && t('handOver.droppedOtherCode', { count: dropped.otherCodeActions }),
    dropped.unknownSteps > 0 && t('handOver.droppedSteps', { count: dropped.unknownSteps }),
  ].filter((line) => line !== false);
  return lines.map((line) => <p key={line}>{line}</p>);
}

/** Export the case as a JSON file; import one (asking first before replacing progress). */
export function CaseHandOver({ code }: { code?: Code }) {
  const { t } = useTranslation();
  const id = useId();
  const localized = useLocalePath();
  const { cases } = useProgressSnapshot();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const current = code ? cases[code] : undefined;

  async function readFile(file: File) {
    if (file.size > MAX_IMPORT_BYTES) {
      setState({ kind: 'error', error: 'too-large' });
      return;
    }
    const result = parseCaseExport(await file.text());
    if (!result.ok) {
      setState({ kind: 'error', error: result.detail === 'too-large' ? 'too-large' : result.error });
      return;
    }
    if (holdsWork(cases[result.case.code])) {
      setState({ kind: 'confirm', incoming: result.case, dropped: result.dropped });
      return;
    }
    finishImport(result.case, result.dropped);
  }

  function finishImport(incoming: CaseFile, dropped: DroppedEntries) {
    setState(
      caseStore.importCase(incoming) ? { kind: 'imported', code: incoming.code, dropped } : { kind: 'error', error: 'invalid' },
    );
  }

  return (
    <section className="hand-over no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{code ? t('handOver.heading') : t('handOver.importHeading')}</h2>
      <p>{code ? t('handOver.intro') : t('handOver.importIntro')}</p>
      <div className="button-row">
        {current && (
          <button
            type="button"
            className="button"
            onClick={() => {
              const file = serializeCaseExport(current);
              downloadText(file.text, file.fileName, file.mimeType);
            }}
          >
            {t('handOver.export')}
          </button>
        )}
        <FileButton
          label={t('handOver.import')}
          accept=".json,application/json"
          testId="case-import-input"
          onFile={(file) => void readFile(file)}
        />
      </div>
      <div aria-live="polite">
        {state.kind === 'error' && (
          <div className="notice notice--error" role="alert">
            <p className="notice__title">{t('handOver.errorTitle')}</p>
            <p>{t(`handOver.errors.${state.error}`)}</p>
          </div>
        )}
        {state.kind === 'confirm' && (
          <div className="notice notice--warning" role="alertdialog" aria-labelledby={`${id}-confirm`}>
            <p className="notice__title" id={`${id}-confirm`}>
              {t('handOver.confirmTitle', { code: state.incoming.code })}
            </p>
            <p>{t('handOver.confirmBody')}</p>
            <div className="button-row">
              <button type="button" className="button button--danger" onClick={() => finishImport(state.incoming, state.dropped)}>
                {t('handOver.confirmReplace')}
              </button>
              <button type="button" className="button button--subtle" onClick={() => setState({ kind: 'idle' })}>
                {t('actionState.cancel')}
              </button>
            </div>
          </div>
        )}
        {state.kind === 'imported' && (
          <div className="notice notice--success" role="status">
            <p className="notice__title">{t('handOver.imported', { code: state.code })}</p>
            <DroppedList dropped={state.dropped} />
            {state.code !== code && (
              <p>
                <Link to={localized(paths.checklist(state.code))}>
                  {t('handOver.openImported', { code: state.code })}
                </Link>
              </p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
