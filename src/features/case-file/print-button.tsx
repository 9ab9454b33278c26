import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Code } from '../../config/flow';
import { paths } from '../../config/paths';
import { useLocalePath } from '../../lib/use-locale-path';

/** Printing is always of the case file: from a step, open the case file, which prints once it is ready. */
function usePrintCaseFile(code: Code): () => void {
  const navigate = useNavigate();
  const localized = useLocalePath();
  return useCallback(
    () => void navigate(localized(paths.checklist(code)), { state: { print: true } }),
    [navigate, code, localized],
  );
}

export function PrintButton({ code, onCaseFile = false }: { code: Code; onCaseFile?: boolean }) {
  const { t } = useTranslation();
  const printCaseFile = usePrintCaseFile(code);
  return (
    <button
      type="button"
      className="button"
      aria-keyshortcuts="Control+P Meta+P"
      onClick={() => (onCaseFile ? window.print() : printCaseFile())}
    >
      {t('caseFile.print')}
    </button>
  );
}

const isPrintShortcut = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p';

/**
 * On a step, Ctrl+P (⌘P) prints the case file as the Print button does: that is the printout Support asks for.
 * The browser's own Print menu cannot be redirected, so it prints the step itself, which also prints cleanly.
 */
export function usePrintShortcut(code: Code): void {
  const printCaseFile = usePrintCaseFile(code);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isPrintShortcut(event) || event.repeat) return;
      event.preventDefault();
      printCaseFile();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [printCaseFile]);
}
