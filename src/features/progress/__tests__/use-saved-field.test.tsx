// @vitest-environment jsdom
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSavedField } from '../use-saved-field';

function Note({ saved, save }: { saved: string; save: (value: string, base: string) => void }) {
  const field = useSavedField(saved, save);
  return <textarea aria-label="Notes" {...field} />;
}

afterEach(cleanup);

describe('useSavedField', () => {
  it('takes another tab’s text into the field being typed in, with the caret kept in place', () => {
    const save = vi.fn();
    const { getByLabelText, rerender } = render(<Note saved="Alice: removed relay connector. " save={save} />);
    const field = getByLabelText('Notes') as HTMLTextAreaElement;
    act(() => field.focus());
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: 'Alice: removed relay connector. Al' } });
    expect(save).toHaveBeenLastCalledWith('Alice: removed relay connector. Al', 'Alice: removed relay connector. ');
    rerender(<Note saved="Alice: removed relay connector. Al" save={save} />);
    // Alice's caret sits after "relay"; Bob's sentence arrives at the end.
    field.setSelectionRange(20, 20);
    fireEvent.select(field);
    rerender(<Note saved="Bob: hello. Alice: removed relay connector. Al" save={save} />);
    expect(field.value).toBe('Bob: hello. Alice: removed relay connector. Al');
    expect(field.selectionStart).toBe(32);
    // The next keystroke is based on the merged text, so Bob's sentence is not written away.
    fireEvent.change(field, { target: { value: 'Bob: hello. Alice: removed relay connector. Ali' } });
    expect(save).toHaveBeenLastCalledWith(
      'Bob: hello. Alice: removed relay connector. Ali',
      'Bob: hello. Alice: removed relay connector. Al',
    );
  });

  it('shows the saved value, live, while the field is not being typed in', () => {
    const { getByLabelText, rerender } = render(<Note saved="one" save={vi.fn()} />);
    rerender(<Note saved="two" save={vi.fn()} />);
    expect((getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('two');
  });
});
