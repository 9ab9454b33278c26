// The tools as a step shows them: a tool that fails to render on stored data it did not expect, or whose words cannot
// be fetched, says so in its place and leaves the rest of the step working.
import { SectionBoundary } from '../../case-file/section-boundary';
import type { Code } from '../../../config/flow';
import { ConnectorReviewTool } from './connector-review-tool';
import { DomainGapTool } from './domain-gap-tool';

interface StepToolProps {
  code: Code;
  step: 'domains' | 'connectors';
  focusOnOpen?: boolean;
}

/** The step's tool: the gap finder on Domains, the connector review on Connectors. */
export default function StepTool({ code, step, focusOnOpen = false }: StepToolProps) {
  return (
    <SectionBoundary>
      {step === 'domains' ? <DomainGapTool code={code} focusOnOpen={focusOnOpen} /> : <ConnectorReviewTool code={code} focusOnOpen={focusOnOpen} />}
    </SectionBoundary>
  );
}
