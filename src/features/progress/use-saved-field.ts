import { useState, type ChangeEvent } from 'react';
import { caseStore } from './case-store';

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * Props for a text field bound to a saved value, written through on every keystroke. While the field has focus it
 * shows this tab's draft (another tab's write must not move the caret); otherwise the saved value, live.
 */
export function useSavedField(saved: string, save: (value: string) => void) {
  const [draft, setDraft] = useState('');
  const [focused, setFocused] = useState(false);
  return {
    value: focused ? draft : saved,
    onFocus: () => {
      setDraft(saved);
      setFocused(true);
    },
    onBlur: () => {
      setFocused(false);
      caseStore.flush();
    },
    onChange: (event: ChangeEvent<Field>) => {
      setDraft(event.target.value);
      save(event.target.value);
    },
  };
}
