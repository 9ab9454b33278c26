import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../config/flow';
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
        aria-describedby={`${id}-hint`}
        placeholder="contoso.onmicrosoft.com"
        {...field}
      />
      <p className="print-only">{saved || t('caseFile.tenantMissing')}</p>
    </div>
  );
}
