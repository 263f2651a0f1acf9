/**
 * Resolves in a later task of the main thread, so that the browser may draw, and
 * answer a tap, in between: work split at these points never blocks a cheap phone for
 * long (docs/PERFORMANCE.md, "The main thread on a cheap phone"). `scheduler.yield()`
 * where the browser has it (the rest of the work then runs before other queued
 * tasks), else a timeout of 0.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves in a task after the browser's next frame, so that what was drawn before
 * shows (is laid out and painted) first. At once, in a later task, when the page is
 * hidden and draws no frames.
 */
export function afterNextFrame(): Promise<void> {
  if (document.hidden) return nextTask();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
