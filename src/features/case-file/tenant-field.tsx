import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../config/flow';
import { hasHiddenCharacters, visibleLine } from '../../lib/visible-text';
import { caseStore } from '../progress/case-store';
import { limits } from '../progress/case-schema';
import { useCase } from '../progress/use-case';
import { useSavedField } from '../progress/use-saved-field';

/** Tenant name or domain (optional): on screen an input, in print the value. */
export function TenantField({ code }: { code: Code }) {
  const { t } = useTranslation();
  const id = useId();
  const saved = useCase(code).details.tenant;
  const field = useSavedField(saved, (tenant, base) => caseStore.setTenant(code, tenant, base));
  const hidden = hasHiddenCharacters(saved);
  return (
    <div className="field tenant-field">
      <label htmlFor={id}>{t('caseFile.tenantLabel')}</label>
      <p id={`${id}-hint`} className="field__hint no-print">
        {t('caseFile.tenantHint')}
      </p>
      <input
        id={id}
        type="text"
        className="no-print"
        autoComplete="off"
        spellCheck={false}
        maxLength={limits.tenant}
        aria-describedby={hidden ? `${id}-hint ${id}-hidden` : `${id}-hint`}
        placeholder="contoso.onmicrosoft.com"
        {...field}
      />
      {/* An input shows bidi overrides at work, so a value that has any is also spelt out with them marked. */}
      {hidden && (
        <p id={`${id}-hidden`} className="field__hint tenant-field__hidden no-print">
          {t('caseFile.tenantHiddenCharacters', { value: visibleLine(saved) })}
        </p>
      )}
      <p className="print-only">{visibleLine(saved) || t('caseFile.tenantMissing')}</p>
    </div>
  );
}
