/** The app shell: language, session, routes, service worker. */
import "./style.css";
import { startAccountLink } from "./account-link";
import { preferredLocale, setLocale } from "./i18n";
import { startLanguagePicker } from "./language-picker";
import { nextTask } from "./next-task";
import { refreshTitle, startRouter } from "./router";
import { startSession } from "./session";
import { registerServiceWorker } from "./sw-register";
import { refreshKeptGuides, saveWaitingGuides } from "./reader/guide-store";
import { applyStoredTextSize } from "./reader/text-size";
import { startOutbox } from "./reader/outbox";

async function start(): Promise<void> {
  // Three tasks, not one: together they would block a cheap phone for over 200 ms.
  applyStoredTextSize();
  await setLocale(preferredLocale());
  startLanguagePicker(document.querySelector<HTMLSelectElement>("#language")!, refreshTitle);
  await nextTask();
  startSession();
  startAccountLink(
    document.querySelector<HTMLAnchorElement>("#account-link")!,
    document.querySelector<HTMLAnchorElement>("#edit-link")!,
  );
  startRouter(document.querySelector<HTMLElement>("#main")!);
  await nextTask();
  registerServiceWorker();
  startOutbox();
  // Kept guides are brought up to date whenever the phone is back online, and those
  // asked for offline are saved then (or now, if the phone is online again).
  window.addEventListener("online", refreshKeptGuides);
  saveWaitingGuides();
}

void start();
