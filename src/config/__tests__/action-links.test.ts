import { describe, expect, it } from 'vitest';
import { stepOfAction } from '../action-links';
import { codes, flows } from '../flow';

describe('stepOfAction', () => {
  it.each(codes)('finds every action of the %s flow on its own step', (code) => {
    for (const step of flows[code].steps) {
      for (const action of step.actions) expect(stepOfAction(code, action.id), action.id).toBe(step.id);
    }
  });

  it('knows no action of the other code, and nothing that is not an action', () => {
    expect(stepOfAction('5.7.750', 'move-bulk-mail')).toBeUndefined();
    expect(stepOfAction('5.7.705', 'main')).toBeUndefined();
    expect(stepOfAction('5.7.705', '')).toBeUndefined();
  });
});
