/** Registers the service worker (built from src/sw.ts into /sw.js; not in development). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch((error: unknown) => {
    // The app works without it, just not offline.
    console.warn("service worker not registered:", error);
  });
}
