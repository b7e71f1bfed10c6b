/** The part of an extension event postguard uses (browser.tabs.onRemoved and the like). */
export interface ExtensionEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

/** Add `listener` until `signal` aborts (architecture habit 6: whatever listens can be stopped). */
export function listen<Listener>(event: ExtensionEvent<Listener>, listener: Listener, signal: AbortSignal): void {
  if (signal.aborted) return;
  event.addListener(listener);
  signal.addEventListener('abort', () => event.removeListener(listener), { once: true });
}

/**
 * Runs async jobs one at a time, in the order they were queued: each job reads a
 * storage item, changes it and writes it back, and two interleaved jobs would
 * lose one of the changes. A failed job does not stop the ones after it.
 */
export function inOrder(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (job) => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}
