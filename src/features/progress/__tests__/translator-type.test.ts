// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { flows } from '../../../config/flow';
import { createCase } from '../case-schema';
import { buildSupportSummary } from '../support-summary';

describe('SummaryTranslator', () => {
  it('accepts the app i18next t function as it is', () => {
    const text = i18n.getFixedT('en');
    const summary = buildSupportSummary({
      caseFile: createCase('5.7.750', new Date(0)),
      saved: false,
      flow: flows['5.7.750'],
      text,
      formatDateTime: (iso) => iso,
    });
    expect(typeof summary).toBe('string');
  });
});
