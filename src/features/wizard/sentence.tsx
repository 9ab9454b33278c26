import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExternalLink } from '../../components/ui/external-link';
import type { DocumentSegment, TextRun } from '../../content/document-types';
import { Runs } from './runs';

function Text({ runs, href }: { runs: readonly TextRun[]; href: string | undefined }) {
  return href ? (
    <ExternalLink href={href}>
      <Runs runs={runs} />
    </ExternalLink>
  ) : (
    <Runs runs={runs} />
  );
}

interface SentenceProps {
  segment: number;
  content: DocumentSegment;
  /** The page-wide "show all English originals" switch. */
  showOriginal: boolean;
  href: string | undefined;
}

/** One sentence; a machine-translated one has a button that reveals its English original. */
export function Sentence({ segment, content, showOriginal, href }: SentenceProps) {
  const { t } = useTranslation();
  const originalId = useId();
  // A sentence's own choice holds until the page-wide switch is flipped, which then applies to every sentence.
  const [ownChoice, setOwnChoice] = useState<{ open: boolean; whenSwitch: boolean } | undefined>(undefined);
  const open = ownChoice?.whenSwitch === showOriginal ? ownChoice.open : showOriginal;
  const { original } = content;
  return (
    <span className="sentence" data-segment={segment}>
      <Text runs={content.text} href={href} />
      {original && (
        <>
          <button
            type="button"
            className="original-toggle no-print"
            aria-expanded={open}
            aria-controls={originalId}
            title={open ? t('document.hideOriginal') : t('document.showOriginal')}
            onClick={() => setOwnChoice({ open: !open, whenSwitch: showOriginal })}
          >
            {/* The visible label starts the accessible name (WCAG 2.5.3). */}
            EN<span className="visually-hidden">: {open ? t('document.hideOriginal') : t('document.showOriginal')}</span>
          </button>
          <span id={originalId} lang="en" className="original" hidden={!open}>
            <Text runs={original} href={href} />
          </span>
        </>
      )}
    </span>
  );
}
