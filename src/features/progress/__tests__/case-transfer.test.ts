import { describe, expect, it } from 'vitest';
import corruptFixture from '../../../../e2e/fixtures/cases/corrupt.json?raw';
import notACaseFixture from '../../../../e2e/fixtures/cases/not-a-case.json?raw';
import v1Fixture from '../../../../e2e/fixtures/cases/v1-705.json?raw';
import validFixture from '../../../../e2e/fixtures/cases/valid-750.json?raw';
import { createCase, type CaseFile } from '../case-schema';
import { MAX_IMPORT_BYTES, exportFileName, fileNamePart, parseCaseExport, serializeCaseExport } from '../case-transfer';
import { actionIdsOf } from './fake-storage';
import { EVIDENCE_JSON_BUDGET } from '../stored-evidence';

const now = new Date(2025, 0, 31, 17, 5);
const nothingDropped = { unknownActions: 0, otherCodeActions: 0, unknownSteps: 0 };
const [first = '', second = ''] = actionIdsOf('5.7.750');

function sampleCase(): CaseFile {
  return {
    ...createCase('5.7.750', new Date('2025-01-31T09:00:00.000Z')),
    details: { tenant: 'contoso.onmicrosoft.com' },
    actions: {
      [first]: { state: 'done', changedAt: '2025-01-31T09:10:00.000Z' },
      [second]: { state: 'not-applicable', changedAt: '2025-01-31T09:20:00.000Z', reason: 'No servers' },
    },
    notes: { about: { text: 'Bounce saved.\nSecond line', changedAt: '2025-01-31T09:11:00.000Z' } },
  };
}

describe('serializeCaseExport', () => {
  it('writes pretty JSON in the export envelope and suggests a file name', () => {
    const { text, fileName, mimeType } = serializeCaseExport(sampleCase(), now);
    expect(JSON.parse(text)).toEqual({ format: 'unblock-case', exportedAt: now.toISOString(), case: sampleCase() });
    expect(text).toContain('\n  "format": "unblock-case"');
    expect(fileName).toBe('unblock-5.7.750-contoso.onmicrosoft.com-2025-01-31.json');
    expect(mimeType).toBe('application/json');
  });

  it('sanitises the tenant in the file name and falls back to "case"', () => {
    expect(exportFileName(createCase('5.7.705', now), now)).toBe('unblock-5.7.705-case-2025-01-31.json');
    const odd = { ...createCase('5.7.750', now), details: { tenant: ' ../Contoso Ltd/..\\évil:*?.com ' } };
    expect(exportFileName(odd, now)).toBe('unblock-5.7.750-contoso-ltd-evil-com-2025-01-31.json');
    expect(fileNamePart('日本語')).toBe('');
    expect(fileNamePart('a'.repeat(200))).toHaveLength(60);
  });
});

describe('parseCaseExport', () => {
  it('round-trips an export', () => {
    const { text } = serializeCaseExport(sampleCase(), now);
    expect(parseCaseExport(text)).toEqual({ ok: true, case: sampleCase(), dropped: nothingDropped });
  });

  it('carries the tools’ evidence there and back, and refuses evidence over its budget', () => {
    const evidence = {
      connectors: { readAt: '2025-01-31T09:30:00.000Z', source: 'paste', format: 'json', connectors: [{ name: 'Inbound Relay' }], truncated: [] },
      connectorMarks: { 'inbound relay': { mark: 'removed', changedAt: '2025-01-31T09:40:00.000Z' } },
    };
    const withEvidence = { ...sampleCase(), evidence };
    const { text } = serializeCaseExport(withEvidence, now);
    expect(parseCaseExport(text)).toEqual({ ok: true, case: withEvidence, dropped: nothingDropped });
    const huge = { ...sampleCase(), evidence: { sending: 'x'.repeat(EVIDENCE_JSON_BUDGET) } };
    expect(parseCaseExport(serializeCaseExport(huge, now).text)).toMatchObject({ ok: false, error: 'invalid' });
  });

  it('accepts a bare stored case and a byte order mark', () => {
    expect(parseCaseExport(`\uFEFF${JSON.stringify(sampleCase())}`)).toEqual({ ok: true, case: sampleCase(), dropped: nothingDropped });
  });

  it('migrates a version 1 case inside an export', () => {
    const result = parseCaseExport(v1Fixture);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!result.ok) return;
    expect(result.case.code).toBe('5.7.705');
    expect(result.case.notes.about?.text).toMatch(/^Compromised mailbox/);
    expect(Object.values(result.case.actions).every((entry) => entry.state === 'done')).toBe(true);
  });

  it('reads the valid fixture and drops nothing it knows', () => {
    const result = parseCaseExport(validFixture);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.case.details.tenant).toBe('contoso.onmicrosoft.com');
    expect(Object.values(result.case.actions).filter((entry) => entry.state === 'not-applicable')).toHaveLength(1);
    expect(Object.keys(result.case.notes)).toEqual(['domains', 'connectors']);
  });

  it.each([
    ['truncated JSON', corruptFixture, 'not-json'],
    ['plain text', 'hello', 'not-json'],
    ['another JSON file', notACaseFixture, 'not-a-case-file'],
    ['an array', '[]', 'not-a-case-file'],
    ['another format', JSON.stringify({ format: 'other', case: {} }), 'not-a-case-file'],
    ['an envelope without a case', JSON.stringify({ format: 'unblock-case' }), 'not-a-case-file'],
    ['a newer version', JSON.stringify({ format: 'unblock-case', case: { version: 4, code: '5.7.750' } }), 'unsupported-version'],
    ['version 0', JSON.stringify({ format: 'unblock-case', case: { version: 0, code: '5.7.750' } }), 'invalid'],
    ['a broken case', JSON.stringify({ format: 'unblock-case', case: { version: 2, code: '5.7.750' } }), 'invalid'],
    ['an unknown code', JSON.stringify({ ...sampleCase(), code: '5.7.708' }), 'invalid'],
  ])('rejects %s', (_label, text, error) => {
    expect(parseCaseExport(text)).toMatchObject({ ok: false, error });
  });

  it.each([0, -1, 1.5, '1e999', '"2"', null, 2.0000001])('calls version %s damaged, not newer', (version) => {
    const text = `{"format":"unblock-case","case":${JSON.stringify({ ...sampleCase(), version: '@' }).replace('"@"', String(version))}}`;
    expect(parseCaseExport(text)).toMatchObject({ ok: false, error: 'invalid' });
  });

  it.each([4, 5, 100])('calls version %s newer', (version) => {
    expect(parseCaseExport(JSON.stringify({ ...sampleCase(), version }))).toMatchObject({ ok: false, error: 'unsupported-version' });
  });

  it('counts what it leaves out: unknown actions, actions of the other code, unknown steps', () => {
    const only705 = actionIdsOf('5.7.705').filter((id) => !actionIdsOf('5.7.750').includes(id));
    const done = { state: 'done', changedAt: '2025-01-31T09:10:00.000Z' };
    const unknown = Object.fromEntries(Array.from({ length: 12_500 }, (_, index) => [`unknown-${String(index)}`, done]));
    const text = JSON.stringify({
      format: 'unblock-case',
      case: {
        ...sampleCase(),
        actions: { ...sampleCase().actions, ...unknown, [only705[0] ?? '']: done, [only705[1] ?? '']: { state: 'weird' } },
        notes: { ...sampleCase().notes, checklist: { text: 'x', changedAt: 'never' } },
      },
    });
    expect(parseCaseExport(text)).toEqual({
      ok: true,
      case: sampleCase(),
      dropped: { unknownActions: 12_500, otherCodeActions: 2, unknownSteps: 1 },
    });
    expect(parseCaseExport(JSON.stringify({ ...sampleCase(), actions: { [only705[0] ?? '']: done } }))).toMatchObject({
      ok: true,
      dropped: { unknownActions: 0, otherCodeActions: 1, unknownSteps: 0 },
    });
  });

  it('says what is wrong with a broken case', () => {
    const broken = { format: 'unblock-case', case: { ...sampleCase(), updatedAt: 'later' } };
    const result = parseCaseExport(JSON.stringify(broken));
    expect(result).toMatchObject({ ok: false, error: 'invalid' });
    expect(!result.ok && result.detail).toContain('updatedAt');
  });

  it('refuses files over 1 MB before parsing them', () => {
    const big = JSON.stringify({ ...sampleCase(), padding: 'x'.repeat(MAX_IMPORT_BYTES) });
    expect(parseCaseExport(big)).toEqual({ ok: false, error: 'invalid', detail: 'too-large' });
    const multiByte = JSON.stringify({ ...sampleCase(), padding: '日'.repeat(MAX_IMPORT_BYTES / 2) });
    expect(parseCaseExport(multiByte)).toEqual({ ok: false, error: 'invalid', detail: 'too-large' });
  });
});
