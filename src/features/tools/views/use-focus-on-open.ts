import { useEffect, useRef } from 'react';

/** A tool the admin has just opened takes focus at its first input, so keyboard and screen reader users land in it. */
export function useFocusOnOpen(focusOnOpen: boolean) {
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusOnOpen) section.current?.querySelector<HTMLElement>('textarea, input')?.focus();
  }, [focusOnOpen]);
  return section;
}
