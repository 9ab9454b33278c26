import { Fragment } from 'react';
import { ExternalLink } from '../../components/ui/external-link';
import type { TextRun } from '../../content/document-types';

/** Sentence text as React nodes: plain runs and https links. */
export function Runs({ runs }: { runs: readonly TextRun[] }) {
  return runs.map((run, index) =>
    run.href ? (
      <ExternalLink key={index} href={run.href}>
        {run.text}
      </ExternalLink>
    ) : (
      <Fragment key={index}>{run.text}</Fragment>
    ),
  );
}
