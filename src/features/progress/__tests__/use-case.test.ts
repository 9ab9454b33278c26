// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { flows } from '../../../config/flow';
import { createCaseStore } from '../case-store';
import { flushOnHide, summarizeCases, useCase, useCases, useProgressNotices } from '../use-case';
import { MemoryStorage, actionIdsOf, steppingClock } from './fake-storage';

function newStore(area = new MemoryStorage()) {
  return createCaseStore({ storage: () => area, now: steppingClock() });
}

describe('useCase', () => {
  it('gives a fresh unsaved case, then the saved one, and re-renders on change', () => {
    const store = newStore();
    const { result, rerender } = renderHook(() => useCase('5.7.750', store));
    const fresh = result.current;
    expect(fresh).toMatchObject({ code: '5.7.750', actions: {}, notes: {} });
    rerender();
    expect(result.current).toBe(fresh);
    act(() => store.setNote('5.7.750', 'about', 'typed'));
    expect(result.current.notes.about?.text).toBe('typed');
    expect(store.getSnapshot().cases['5.7.705']).toBeUndefined();
  });
});

describe('useCases', () => {
  it('lists codes with progress, latest change first', () => {
    const store = newStore();
    const [first = ''] = actionIdsOf('5.7.750');
    const { result } = renderHook(() => useCases(store));
    expect(result.current).toEqual([]);
    act(() => {
      store.setActionState('5.7.750', first, 'done');
      store.setFact('5.7.705', 'tenant', 'fabrikam');
    });
    expect(result.current.map((entry) => entry.code)).toEqual(['5.7.705', '5.7.750']);
    const total750 = actionIdsOf('5.7.750').length;
    expect(result.current[1]).toEqual({
      code: '5.7.750',
      percent: Math.floor(100 / total750),
      updatedAt: '2025-01-31T09:00:00.000Z',
      firstOpenStep: flows['5.7.750'].steps.find((step) => step.actions.some((action) => action.id !== first))?.id,
    });
    expect(result.current[0]).toMatchObject({ percent: 0, firstOpenStep: 'about' });
    expect(summarizeCases({})).toEqual([]);
  });
});

describe('useProgressNotices', () => {
  it('shows the store’s notices', () => {
    const area = new MemoryStorage();
    area.setItem('unblock:case:5.7.750', 'garbage');
    const store = newStore(area);
    const { result } = renderHook(() => useProgressNotices(store));
    expect(result.current).toEqual([
      expect.objectContaining({ kind: 'quarantined', code: '5.7.750', reason: 'corrupt-json' }),
    ]);
    act(() => store.dismissNotice(result.current[0]?.id ?? ''));
    expect(result.current).toEqual([]);
  });
});

describe('flushOnHide', () => {
  it('flushes when the page is hidden or left, until uninstalled', () => {
    const store = { flush: vi.fn() };
    const uninstall = flushOnHide(store, window);
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(store.flush).not.toHaveBeenCalled();
    visibility.mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('pagehide'));
    expect(store.flush).toHaveBeenCalledTimes(2);
    uninstall();
    window.dispatchEvent(new Event('pagehide'));
    expect(store.flush).toHaveBeenCalledTimes(2);
  });
});
