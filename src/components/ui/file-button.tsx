import { useRef } from 'react';

interface FileButtonProps {
  label: string;
  accept: string;
  onFile: (file: File) => void;
  testId?: string;
}

/** A button that opens the file picker: a real, labelled button instead of the browser's unstyled file input. */
export function FileButton({ label, accept, onFile, testId }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Clearing the value lets the same file be chosen again after fixing it.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
