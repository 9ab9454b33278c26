import { describe, expect, it } from 'vitest';
import { flows, type Flow } from '../../../config/flow';
import { createCase, type CaseFile } from '../case-schema';
import { actionState, caseProgress, firstOpenStep, holdsWork, stepComplete, stepProgress } from '../progress-math';

const time = '2025-01-31T09:00:00.000Z';
const action = (id: string) => ({ id, codes: ['5.7.750' as const], commands: [], links: [] });
/** A small flow so the counts do not depend on the real action list. */
const flow: Flow = {
  code: '5.7.750',
  steps: [
    { id: 'about', segments: [], actions: [action('a1')], tools: [] },
    { id: 'domains', segments: [], actions: [action('d1'), action('d2')], tools: [] },
    { id: 'connectors', segments: [], actions: [], tools: [] },
    { id: 'servers', segments: [], actions: [action('s1')], tools: [] },
    { id: 'support', segments: [], actions: [action('p1')], tools: [] },
  ],
};

function withStates(states: Record<string, 'open' | 'done' | 'not-applicable'>): CaseFile {
  const actions = Object.fromEntries(Object.entries(states).map(([id, state]) => [id, { state, changedAt: time }]));
  return { ...createCase('5.7.750', new Date(time)), actions };
}

describe('progress math', () => {
  it('counts nothing done for no case', () => {
    expect(caseProgress(flow, undefined)).toMatchObject({ resolved: 0, total: 5, percent: 0, firstOpenStep: 'about' });
    expect(actionState(undefined, 'a1')).toBe('open');
  });

  it('counts not applicable as resolved', () => {
    const progress = caseProgress(flow, withStates({ a1: 'done', d1: 'not-applicable', d2: 'done', s1: 'open' }));
    expect(progress).toMatchObject({ done: 2, notApplicable: 1, resolved: 3, total: 5, percent: 60, complete: false });
    expect(progress.firstOpenStep).toBe('servers');
    expect(stepProgress(flow, withStates({ d1: 'not-applicable', d2: 'done' }), 'domains')).toEqual({
      step: 'domains',
      done: 1,
      notApplicable: 1,
      total: 2,
      complete: true,
    });
  });

  it('rounds down so 100 % means all resolved, and never calls an empty step complete', () => {
    const almost = withStates({ a1: 'done', d1: 'done', d2: 'done', s1: 'done' });
    expect(caseProgress(flow, almost).percent).toBe(80);
    const all = withStates({ a1: 'done', d1: 'done', d2: 'done', s1: 'done', p1: 'not-applicable' });
    expect(caseProgress(flow, all)).toMatchObject({ percent: 100, complete: true, firstOpenStep: undefined });
    expect(stepComplete(flow, all, 'connectors')).toBe(false);
    expect(stepComplete(flow, all, 'domains')).toBe(true);
    expect(firstOpenStep(flow, withStates({ a1: 'done', d1: 'done', d2: 'done' }))).toBe('servers');
  });

  it('ignores states of actions the flow does not have', () => {
    expect(caseProgress(flow, withStates({ elsewhere: 'done' })).resolved).toBe(0);
  });

  it('works on the real flows', () => {
    for (const real of Object.values(flows)) {
      const progress = caseProgress(real, undefined);
      expect(progress.total).toBe(real.steps.reduce((sum, step) => sum + step.actions.length, 0));
      expect(progress.steps.map((step) => step.step)).toEqual(real.steps.map((step) => step.id));
    }
  });
});

describe('holdsWork', () => {
  const empty = createCase('5.7.750', new Date(time));
  it('is false for no case, a fresh case, or one whose actions were all reopened and notes emptied', () => {
    expect(holdsWork(undefined)).toBe(false);
    expect(holdsWork(empty)).toBe(false);
    expect(holdsWork({ ...withStates({ a1: 'open' }), notes: { about: { text: '  \n', changedAt: time } } })).toBe(false);
  });
  it('is true for a resolved action, a note, a tenant or bounce details alone', () => {
    expect(holdsWork(withStates({ d1: 'not-applicable' }))).toBe(true);
    expect(holdsWork({ ...empty, notes: { servers: { text: 'Relay closed', changedAt: time } } })).toBe(true);
    expect(holdsWork({ ...empty, details: { tenant: 'contoso.onmicrosoft.com' } })).toBe(true);
    expect(holdsWork({ ...empty, ndr: { allCodes: ['5.7.750'], recipients: [], source: 'paste' } })).toBe(true);
  });
});
