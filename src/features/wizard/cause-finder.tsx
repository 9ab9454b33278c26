import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, ToolKind } from '../../config/flow';
import { useCase } from '../progress/use-case';

// The tools (readers, rules, their words) load when the admin opens one, or when the case already has findings to
// show: a visit to the step alone does not download them. Each guards itself against failing to render or to load its
// words (tools/views/guarded-tools); a chunk that cannot be fetched shows the same message.
const StepTool = lazy(() => import('../tools/views/guarded-tools').catch(() => ({ default: ToolUnavailable })));

function ToolUnavailable() {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{t('caseFile.sectionFailed')}</p>
    </div>
  );
}

const usedBy: Record<ToolKind, (evidence: Record<string, unknown>) => boolean> = {
  domains: (evidence) => Boolean(evidence['acceptedDomains'] ?? evidence['sending']),
  connectors: (evidence) => Boolean(evidence['connectors']),
  traffic: (evidence) => Boolean(evidence['traffic']),
};

/** A cause-finding check: a short offer until it is used, then the tool itself. */
export function CauseFinder({ code, tool }: { code: Code; tool: ToolKind }) {
  const { t } = useTranslation();
  const evidence = useCase(code).evidence;
  const used = evidence !== undefined && usedBy[tool](evidence);
  const [opened, setOpened] = useState(false);
  const headingId = `cause-finder-${tool}`;
  if (used || opened) {
    return (
      <Suspense
        fallback={
          <section className="card tool" aria-labelledby={headingId}>
            <h2 id={headingId}>{t(`causeFinder.${tool}.heading`)}</h2>
            <p className="muted" role="status">
              {t('shell.loading')}
            </p>
          </section>
        }
      >
        <StepTool code={code} tool={tool} focusOnOpen={opened && !used} />
      </Suspense>
    );
  }
  return (
    <section className="card tool no-print" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`causeFinder.${tool}.heading`)}</h2>
      <p>{t(`causeFinder.${tool}.intro`)}</p>
      <p className="muted">{t('causeFinder.privacy')}</p>
      <button type="button" className="button button--primary" onClick={() => setOpened(true)}>
        {t(`causeFinder.${tool}.open`)}
      </button>
    </section>
  );
}
