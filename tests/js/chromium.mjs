// Debian's Chromium for the browser tests, through playwright-core: no
// browser download, and none of Chromium's own background traffic (this
// machine reaches no network but its own).
import { chromium } from "playwright-core";

/**
 * How long any wait for what a page shows may take. Generous: the suite
 * runs on busy 2-core machines, and a wait ends as soon as the state shows.
 */
export const WAIT = 90_000;

/** `extraArgs`: more Chromium switches (a fake microphone for the archive's recorder). */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
    ],
  });
}

/** The path of a page's URL, for messages. */
export function pathOf(url) {
  return url ? new URL(url).pathname : "";
}

/** The requests (URLs) that went anywhere but the server at `base`. */
export function foreignRequests(requests, base) {
  const origin = new URL(base);
  return requests.filter((url) => {
    const u = new URL(url);
    if (u.protocol === "data:" || u.protocol === "blob:") return false;
    return u.host !== origin.host || !["http:", "https:", "ws:", "wss:"].includes(u.protocol);
  });
}
