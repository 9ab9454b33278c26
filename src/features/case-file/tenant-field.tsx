import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../config/flow';
import { caseStore } from '../progress/case-store';
import { limits } from '../progress/case-schema';
import { useCase } from '../progress/use-case';

/** Tenant name or domain (optional): on screen an input, in print the value. */
export function TenantField({ code }: { code: Code }) {
  const { t } = useTranslation();
  const id = useId();
  const saved = useCase(code).details.tenant;
  const [draft, setDraft] = useState('');
  const [focused, setFocused] = useState(false);
  // While typing, the field shows this tab's draft; otherwise the saved value, which another tab may change.
  const value = focused ? draft : saved;
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
        value={value}
        onFocus={() => {
            setDraft(saved);
            setFocused(true);
          }}
        onBlur={() => setFocused(false)}
        onChange={(event) => {
          setDraft(event.target.value);
          caseStore.setTenant(code, event.target.value);
        }}
      />
      <p className="print-only">{saved || t('caseFile.tenantMissing')}</p>
    </div>
  );
}
