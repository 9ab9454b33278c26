// Lists in the NDR section are joined in the summary's language, which may differ from the page's.
import { describe, expect, it } from 'vitest';
import { flows } from '../../../config/flow';
import { createCase, type CaseFile } from '../case-schema';
import { buildSupportSummary } from '../support-summary';

const caseFile: CaseFile = {
  ...createCase('5.7.750', new Date('2025-01-31T08:55:00.000Z')),
  ndr: {
    allCodes: ['5.7.705', '5.7.750'],
    recipients: ['megan.bowen@fabrikam.com', 'alex@fabrikam.com'],
    source: 'paste',
  },
};

/** Shows the key and the value it was given, so the test sees exactly what the summary joined. */
const text = (key: string, options?: Record<string, unknown>) =>
  typeof options?.value === 'string' ? `${key}=${options.value}` : key;

const summaryIn = (language?: string) =>
  buildSupportSummary({
    caseFile,
    saved: true,
    flow: flows['5.7.750'],
    text,
    formatDateTime: (iso) => iso,
    ...(language === undefined ? {} : { language }),
  });

describe('support summary lists', () => {
  it('joins codes and recipients with a comma in English, the default', () => {
    for (const summary of [summaryIn(), summaryIn('en')]) {
      expect(summary).toContain('ui:summary.ndr.allCodes=5.7.705, 5.7.750');
      expect(summary).toContain('ui:summary.ndr.recipients=megan.bowen@fabrikam.com, alex@fabrikam.com');
    }
  });

  it.each(['ja', 'zh-TW'])('joins them with 、 in %s', (language) => {
    const summary = summaryIn(language);
    expect(summary).toContain('ui:summary.ndr.allCodes=5.7.705、5.7.750');
    expect(summary).toContain('ui:summary.ndr.recipients=megan.bowen@fabrikam.com、alex@fabrikam.com');
  });
});
