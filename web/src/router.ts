/**
 * Client-side routes. The server answers every non-file path with index.html, so any
 * route can be loaded (or reloaded) directly; links between routes don't reload.
 */
import { format, localize } from "./i18n";
import { homePage } from "./pages/home";
import { notFoundPage } from "./pages/not-found";
import { statusPage } from "./pages/status";
import type { Page } from "./page";

const routes: Record<string, Page> = {
  "/": homePage,
  "/status": statusPage,
};

let leave: (() => void) | void;
let page: Page = notFoundPage;

export function startRouter(main: HTMLElement): void {
  document.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.("a[href]");
    if (!(link instanceof HTMLAnchorElement) || !isOwnRoute(link, event)) return;
    event.preventDefault();
    if (link.pathname !== location.pathname) history.pushState(null, "", link.pathname);
    show(main, true);
  });
  window.addEventListener("popstate", () => show(main, true));
  show(main, false);
}

/** Re-localizes the texts that are not markup (after a language change). */
export function refreshTitle(): void {
  document.title = page.titleId ? format("page-title", { page: format(page.titleId) }) : format("app-name");
}

function isOwnRoute(link: HTMLAnchorElement, event: MouseEvent): boolean {
  return (
    link.origin === location.origin &&
    link.pathname in routes &&
    !link.target &&
    !link.hasAttribute("download") &&
    event.button === 0 &&
    !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
  );
}

function show(main: HTMLElement, moveFocus: boolean): void {
  leave?.();
  page = routes[location.pathname] ?? notFoundPage;
  main.replaceChildren();
  leave = page.render(main);
  localize(main);
  refreshTitle();
  for (const link of document.querySelectorAll<HTMLAnchorElement>("nav a")) {
    if (link.pathname === location.pathname) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  // After a client-side navigation, start reading at the new page, as a reload would.
  if (moveFocus) main.focus();
}
