// The tools as a step shows them: a tool that fails to render on stored data it did not expect, or whose words cannot
// be fetched, says so in its place and leaves the rest of the step working.
import { SectionBoundary } from '../../case-file/section-boundary';
import type { Code } from '../../../config/flow';
import { ConnectorReviewTool } from './connector-review-tool';
import { DomainGapTool } from './domain-gap-tool';
import { TrafficTool } from './traffic-tool';

interface StepToolProps {
  code: Code;
  tool: 'domains' | 'connectors' | 'traffic';
  focusOnOpen?: boolean;
}

const tools = { domains: DomainGapTool, connectors: ConnectorReviewTool, traffic: TrafficTool };

/** A step's tool: the gap finder, the connector review or the traffic analysis. */
export default function StepTool({ code, tool, focusOnOpen = false }: StepToolProps) {
  const Tool = tools[tool];
  return (
    <SectionBoundary>
      <Tool code={code} focusOnOpen={focusOnOpen} />
    </SectionBoundary>
  );
}
