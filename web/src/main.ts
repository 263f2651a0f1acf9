/** The app shell: language, routes, service worker. */
import "./style.css";
import { preferredLocale, setLocale } from "./i18n";
import { startLanguagePicker } from "./language-picker";
import { refreshTitle, startRouter } from "./router";
import { registerServiceWorker } from "./sw-register";

async function start(): Promise<void> {
  await setLocale(preferredLocale());
  startLanguagePicker(document.querySelector<HTMLSelectElement>("#language")!, refreshTitle);
  startRouter(document.querySelector<HTMLElement>("#main")!);
  registerServiceWorker();
}

void start();
