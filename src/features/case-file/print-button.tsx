import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Code } from '../../config/flow';
import { keepPinnedLanguage, paths } from '../../config/paths';

/** Printing is always of the case file: from a step, open the case file and print it there. */
export function PrintButton({ code, onCaseFile = false }: { code: Code; onCaseFile?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        if (onCaseFile) window.print();
        else void navigate(keepPinnedLanguage(paths.checklist(code), location.search), { state: { print: true } });
      }}
    >
      {t('caseFile.print')}
    </button>
  );
}
