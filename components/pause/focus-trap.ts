/** Everything in the dialog that Tab can reach, in order. */
function tabbables(dialog: HTMLElement): HTMLElement[] {
  const all = dialog.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])');
  return Array.from(all);
}

/**
 * Keeps Tab and Shift+Tab inside a modal dialog (both pauses): from the last
 * control Tab goes to the first, and back. In a shadow root the event's target is
 * the real element, while document.activeElement is only the host.
 */
export function keepTabInside(e: KeyboardEvent, dialog: HTMLElement | null): void {
  if (e.key !== 'Tab' || !dialog) return;
  const items = tabbables(dialog);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const current = e.target as HTMLElement;
  const inside = items.includes(current);
  if (e.shiftKey && (current === first || !inside)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (current === last || !inside)) {
    e.preventDefault();
    first.focus();
  }
}
