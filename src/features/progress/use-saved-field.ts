import { useCallback, useLayoutEffect, useRef, useState, type ChangeEvent, type SyntheticEvent } from 'react';
import { caseStore } from './case-store';
import { shiftPosition } from './merge-text';

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * Props for a text field bound to a saved value, written through on every keystroke. While the field has focus it
 * shows this tab's draft; when the saved text changes meanwhile (another tab typed in the same field), the change is
 * taken into the draft with the caret kept in place, so neither tab's text is lost. `save` gets the typed text and
 * the saved text it started from, so the store can merge an edit whose storage event has not arrived yet.
 */
export function useSavedField(saved: string, save: (value: string, base: string) => void) {
  const [draft, setDraft] = useState(saved);
  const [focused, setFocused] = useState(false);
  const [lastSaved, setLastSaved] = useState(saved);
  /** The draft before and after the saved text was taken in, to put the caret back where it was. */
  const [taken, setTaken] = useState<{ before: string; after: string } | undefined>(undefined);
  const element = useRef<Field | null>(null);
  const selection = useRef({ start: 0, end: 0 });

  if (saved !== lastSaved) {
    setLastSaved(saved);
    if (focused && saved !== draft) {
      setDraft(saved);
      setTaken({ before: draft, after: saved });
    }
  }

  useLayoutEffect(() => {
    const field = element.current;
    if (!taken || !field || field.ownerDocument.activeElement !== field) return;
    const { start, end } = selection.current;
    field.setSelectionRange(shiftPosition(start, taken.before, taken.after), shiftPosition(end, taken.before, taken.after));
  }, [taken]);

  const remember = (field: Field) => {
    selection.current = { start: field.selectionStart ?? field.value.length, end: field.selectionEnd ?? field.value.length };
  };

  return {
    ref: useCallback((field: Field | null) => {
      element.current = field;
    }, []),
    value: focused ? draft : saved,
    onFocus: () => {
      setDraft(saved);
      setFocused(true);
    },
    onBlur: () => {
      setFocused(false);
      caseStore.flush();
    },
    onSelect: (event: SyntheticEvent<Field>) => remember(event.currentTarget),
    onChange: (event: ChangeEvent<Field>) => {
      const text = event.target.value;
      remember(event.target);
      setDraft(text);
      save(text, focused ? draft : saved);
    },
  };
}
