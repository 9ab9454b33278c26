// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';

describe('caseStore', () => {
  it('does not touch localStorage when imported, and uses it once asked', async () => {
    const getter = vi.spyOn(window, 'localStorage', 'get');
    const { caseStore } = await import('../case-store');
    expect(getter).not.toHaveBeenCalled();
    caseStore.setFact('5.7.750', 'tenant', 'contoso');
    expect(getter).toHaveBeenCalled();
    expect(JSON.parse(window.localStorage.getItem('unblock:case:5.7.750') ?? '')).toMatchObject({
      details: { tenant: 'contoso' },
    });
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'unblock:case:5.7.750', newValue: null, storageArea: window.localStorage }),
    );
    // Applied on the next frame, with whatever else arrived in the meantime.
    await vi.waitFor(() => expect(caseStore.getSnapshot().cases['5.7.750']).toBeUndefined());
    caseStore.dispose();
    window.localStorage.clear();
  });
});
