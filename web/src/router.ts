/**
 * Client-side routes. The server answers every non-file path with index.html, so any
 * route can be loaded (or reloaded) directly; links between routes don't reload.
 */
import { format, localize } from "./i18n";
import { onNavigate } from "./navigate";
import { rememberedGuide } from "./reader/choice";
import { articlePage, articlesPage } from "./reader/pages/articles";
import { categoryPage } from "./reader/pages/category";
import { chooseCityPage, chooseLanguagePage } from "./reader/pages/choose";
import { eventPage, eventsPage } from "./reader/pages/events";
import { archiveReaderPage } from "./reader/pages/archive";
import { guideHomePage } from "./reader/pages/home";
import { printPage } from "./reader/pages/print";
import { searchPage } from "./reader/pages/search";
import { servicePage } from "./reader/pages/service";
import { suggestPage } from "./reader/pages/suggest";
import { notFoundPage } from "./pages/not-found";
import { statusPage } from "./pages/status";
import { describePage, lazyPage, showDescription, type Page } from "./page";

// Pages for people with accounts: loaded when first opened, never on a reader's way in.
const signInPage = lazyPage("sign-in-title", () => import("./pages/sign-in").then((m) => m.signInPage));
const accountPage = lazyPage("account-title", () => import("./pages/account").then((m) => m.accountPage));
const invitePage = lazyPage("invite-title", () => import("./pages/invite").then((m) => m.invitePage));
const adminPage = lazyPage("admin-title", () => import("./pages/admin").then((m) => m.adminPage));
// The editing screens: Automerge and its wasm come with them, never on a reader's way.
const editorDashboard = lazyPage("editor-page-title", () => import("./editor/pages/dashboard").then((m) => m.dashboardPage));
const quickEventPage = lazyPage("editor-new-event", () => import("./editor/pages/quick-event").then((m) => m.quickEventPage));
const eventFormPage = lazyPage("editor-page-title", () => import("./editor/pages/event-form").then((m) => m.eventFormPage));
const serviceFormPage = lazyPage("editor-page-title", () => import("./editor/pages/service-form").then((m) => m.serviceFormPage));
const articleFormPage = lazyPage("editor-page-title", () => import("./editor/pages/article-form").then((m) => m.articleFormPage));
const newArticlePage = lazyPage("editor-new-article", () => import("./editor/pages/article-form").then((m) => m.newArticlePage));
const citySettingsPage = lazyPage("editor-settings-title", () => import("./editor/pages/city-settings").then((m) => m.citySettingsPage));
const newServicePage = lazyPage("editor-new-service", () => import("./editor/pages/new-service").then((m) => m.newServicePage));
const translateListPage = lazyPage("editor-translate-title", () => import("./editor/pages/translate").then((m) => m.translateListPage));
const translateItemPage = lazyPage("editor-translate-title", () => import("./editor/pages/translate-item").then((m) => m.translateItemPage));
const archivePage = lazyPage("archive-page-title", () => import("./editor/pages/archive").then((m) => m.archivePage));
const archiveEntryPage = lazyPage("archive-page-title", () => import("./editor/pages/archive-entry").then((m) => m.archiveEntryPage));
const suggestionsPage = lazyPage("suggestions-title", () => import("./pages/suggestions").then((m) => m.suggestionsPage));

/** `/guide/<city>/<lang>` followed by `rest` (a pattern source). */
const guide = (rest = "") => new RegExp(`^/guide/([^/]+)/([^/]+)${rest}$`);

/** A fixed path, or a pattern whose groups are the page's parameters. */
const routes: [string | RegExp, Page][] = [
  ["/", chooseCityPage],
  ["/guide", chooseCityPage],
  [/^\/guide\/([^/]+)$/, chooseLanguagePage],
  [guide(), guideHomePage],
  [guide("/(categories)/([^/]+)"), categoryPage],
  [guide("/(services)/([^/]+)"), servicePage],
  [guide("/articles"), articlesPage],
  [guide("/(articles)/([^/]+)"), articlePage],
  [guide("/events"), eventsPage],
  [guide("/(events)/([^/]+)"), eventPage],
  [guide("/search"), searchPage],
  [guide("/print"), printPage],
  [guide("/suggest"), suggestPage],
  [guide("/archive"), archiveReaderPage],
  ["/status", statusPage],
  ["/sign-in", signInPage],
  ["/account", accountPage],
  [/^\/invite\/([^/]+)$/, invitePage],
  [/^\/admin\/([^/]+)$/, adminPage],
  [/^\/suggestions\/([^/]+)$/, suggestionsPage],
  [/^\/edit\/([^/]+)$/, editorDashboard],
  [/^\/edit\/([^/]+)\/events\/new$/, quickEventPage],
  [/^\/edit\/([^/]+)\/(events)\/([^/]+)$/, eventFormPage],
  [/^\/edit\/([^/]+)\/services\/new$/, newServicePage],
  [/^\/edit\/([^/]+)\/(services)\/([^/]+)$/, serviceFormPage],
  [/^\/edit\/([^/]+)\/articles\/new$/, newArticlePage],
  [/^\/edit\/([^/]+)\/(articles)\/([^/]+)$/, articleFormPage],
  [/^\/edit\/([^/]+)\/settings$/, citySettingsPage],
  [/^\/edit\/([^/]+)\/translate$/, translateListPage],
  [/^\/edit\/([^/]+)\/(translate)\/([^/]+)\/([^/]+)$/, translateItemPage],
  [/^\/archive\/([^/]+)\/([^/]+)$/, archivePage],
  [/^\/archive\/([^/]+)\/([^/]+)\/([^/]+)$/, archiveEntryPage],
];

let leave: (() => void) | void;
let page: Page = notFoundPage;

export function startRouter(main: HTMLElement): void {
  document.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.("a[href]");
    if (!(link instanceof HTMLAnchorElement) || !isOwnRoute(link, event)) return;
    event.preventDefault();
    const path = link.pathname + link.search + link.hash;
    if (path !== location.pathname + location.search + location.hash) history.pushState(null, "", path);
    show(main, true);
  });
  window.addEventListener("popstate", () => show(main, true));
  onNavigate(() => show(main, true));
  show(main, false);
}

/** Re-localizes the texts that are not markup (after a language change). */
export function refreshTitle(): void {
  document.title = page.titleId ? format("page-title", { page: format(page.titleId) }) : format("app-name");
  showDescription();
}

/** Marks the navigation links that lead to the current page. */
export function markCurrentLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>("nav a")) {
    if (link.pathname === location.pathname) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

function match(pathname: string): { page: Page; params: string[] } | undefined {
  for (const [pattern, page] of routes) {
    if (typeof pattern === "string") {
      if (pattern === pathname) return { page, params: [] };
      continue;
    }
    const found = pattern.exec(pathname);
    if (!found) continue;
    try {
      return { page, params: found.slice(1).map((p) => decodeURIComponent(p ?? "")) };
    } catch {
      return undefined; // a malformed %-escape: no such page
    }
  }
  return undefined;
}

function isOwnRoute(link: HTMLAnchorElement, event: MouseEvent): boolean {
  return (
    link.origin === location.origin &&
    match(link.pathname) !== undefined &&
    !link.target &&
    !link.hasAttribute("download") &&
    event.button === 0 &&
    !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
  );
}

/** `/` opens the guide this phone read last; a first visit chooses one. */
function redirectFor(pathname: string): string | undefined {
  if (pathname !== "/") return undefined;
  const remembered = rememberedGuide();
  return remembered ? `/guide/${encodeURIComponent(remembered.city)}/${encodeURIComponent(remembered.lang)}` : undefined;
}

function show(main: HTMLElement, moveFocus: boolean): void {
  leave?.();
  const redirect = redirectFor(location.pathname);
  if (redirect) history.replaceState(null, "", redirect);
  const found = match(location.pathname);
  page = found?.page ?? notFoundPage;
  main.replaceChildren();
  describePage();
  leave = page.render(main, found?.params ?? []);
  localize(main);
  refreshTitle();
  markCurrentLinks();
  // After a client-side navigation, start reading at the new page, as a reload would.
  if (moveFocus) main.focus();
}
