import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function SectionFailed() {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{t('caseFile.sectionFailed')}</p>
    </div>
  );
}

/**
 * Keeps the rest of the page when one part fails to render on stored data it did not expect: the part says so,
 * the case file around it stays readable, printable and exportable.
 */
export class SectionBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <SectionFailed /> : this.props.children;
  }
}
