// What a visitor does to a prerendered page before the app runs is kept. Fields and tick boxes work as plain HTML from
// the first paint; just before hydration what differs from the HTML is noted, and once the app runs each is given to
// it again as an input or a click, which the app saves like any other. The early script (src/boot/early-script.ts)
// holds back clicks on buttons until then; the last one is replayed too.

type Control = HTMLInputElement | HTMLTextAreaElement;

export interface EarlyInput {
  control: Control;
  /** The text typed, or the state a tick box was left in. */
  value: string | boolean;
}

declare global {
  interface Window {
    /** Set by the early script: the button clicked before the app ran. */
    unblockEarly?: { clicks: HTMLElement[] };
  }
}

const isTickBox = (control: Control): control is HTMLInputElement =>
  control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio');

/** What was typed or ticked in the HTML before hydration (left as it is on screen). */
export function noteEarlyInput(container: HTMLElement): EarlyInput[] {
  const noted: EarlyInput[] = [];
  for (const control of container.querySelectorAll<Control>('input, textarea')) {
    if (isTickBox(control)) {
      if (control.checked !== control.defaultChecked) noted.push({ control, value: control.checked });
    } else if (control.type !== 'file' && control.value !== control.defaultValue) {
      noted.push({ control, value: control.value });
    }
  }
  return noted;
}

// React marks the elements it has hydrated with its own properties; an element inside a part of the page still waiting
// for its code (a lazy component) has none yet, and an input given to it now would not reach the app.
const hydrated = (element: Element) => Object.keys(element).some((key) => key.startsWith('__reactProps$'));

/** Calls `run` once the element is hydrated; gives up if it leaves the page or the app never takes it (10 s). */
function whenHydrated(element: Element, run: () => void, deadline = Date.now() + 10_000): void {
  if (!element.isConnected || Date.now() > deadline) return;
  if (hydrated(element)) {
    // One more frame: stored progress is rendered right after hydration, and it comes first.
    requestAnimationFrame(() => run());
    return;
  }
  requestAnimationFrame(() => whenHydrated(element, run, deadline));
}

function setValue(control: Control, value: string): void {
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control) as object, 'value')?.set?.call(control, value);
}

/**
 * Gives the noted value to the app, all in one task so nothing flickers. React reports a change when the field's value
 * differs from the one it last saw: that one is set first (through the element, which React watches), then the wanted
 * one (past it), then the event.
 */
function give({ control, value }: EarlyInput): void {
  if (typeof value === 'boolean') {
    if (!(control instanceof HTMLInputElement)) return;
    control.checked = !value;
    control.click();
    return;
  }
  // What storage held arrives with the app; text typed over an empty-looking field before then is added after it.
  const current = control.value;
  const text = current && current !== value ? `${current}\n${value}` : value;
  control.value = text === '' ? ' ' : '';
  setValue(control, text);
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

const kept = ({ control, value }: EarlyInput): boolean =>
  typeof value === 'boolean' ? control instanceof HTMLInputElement && control.checked === value : control.value.includes(value);

/**
 * Gives the noted value, and again if the app undid it: an element carries React's marks from the moment its part of the
 * page is rendered, which can be a few frames before that part is committed and listening; a value given in between is
 * put back to what the app holds.
 */
function giveUntilKept(input: EarlyInput, deadline = Date.now() + 10_000): void {
  give(input);
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (!kept(input) && Date.now() < deadline) whenHydrated(input.control, () => giveUntilKept(input, deadline), deadline);
    }),
  );
}

/** The app runs: buttons work, and what was done before is given to it. */
export function whenAppRuns(noted: readonly EarlyInput[]): void {
  const root = document.documentElement;
  if (!root.hasAttribute('data-booting')) return;
  root.removeAttribute('data-booting');
  for (const input of noted) whenHydrated(input.control, () => giveUntilKept(input));
  for (const button of window.unblockEarly?.clicks ?? []) whenHydrated(button, () => button.click());
  if (window.unblockEarly) window.unblockEarly.clicks = [];
}
