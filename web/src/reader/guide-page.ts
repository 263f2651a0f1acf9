/**
 * The frame of every reader page (`/guide/<city>/<lang>/...`): opens the guide from
 * the phone or the server, makes the UI speak the guide's language unless the
 * reader chose another one (and says so when the guide is not written in that one),
 * draws the guide's navigation and offline status around the page (a notice at the
 * top while the phone is offline, live), and redraws when a newer copy arrives or
 * the UI language changes.
 */
import { currentLocale, format, hasChosenLocale, localize, negotiate, onLocaleChange, setLocale } from "../i18n";
import { navigate } from "../navigate";
import { afterNextFrame, nextTask } from "../next-task";
import { describePage, element, fill, linkParagraph, setMessage, type Page } from "../page";
import { markLanguage, message } from "./blocks";
import { prepareClock } from "./city-time";
import { formatAgo } from "./date-format";
import { GuideView } from "./guide";
import { GuideUnavailable, onGuideUpdated, openGuide, type GuideKey } from "./guide-store";
import { icon } from "./icons";
import { stopListening } from "./listen";
import { cityLanguages, offeredLanguage, rememberGuide } from "./choice";
import { textSizeControl } from "./text-size";

export interface GuideScreen {
  /** Which of the guide's navigation links is this page's section. */
  section: "home" | "articles" | "events" | "search" | "other";
  /** The page's title (item pages: the item's name); none: the city's name. */
  title?: string;
  /** What is below the first screen, drawn after it (see `drawBelow`). */
  below?: () => Node[];
}

type Draw = (content: HTMLElement, view: GuideView, rest: readonly string[]) => GuideScreen;

export function guidePage(titleId: string, draw: Draw): Page {
  return {
    titleId,
    render(main, params) {
      const [city = "", lang = "", ...rest] = params;
      const key: GuideKey = { city, lang };
      let view: GuideView | undefined;
      let left = false;
      main.setAttribute("aria-busy", "true");
      fill(main, element("p", "reader-loading", { class: "loading" }));
      // While the guide is on its way, the browser loads its date data (see `prepareClock`).
      void nextTask().then(prepareClock);

      const show = () => {
        if (!view || left) return;
        drawFrame(main, view, rest, draw);
      };
      let drawn = false;
      // The UI strings load while the guide does, so the first draw is in the right language.
      Promise.all([openGuide(key), followGuideLanguage(lang)])
        .then(async ([guide]) => {
          if (left) return;
          view = new GuideView(key, guide);
          rememberGuide(key, guide.bundle.city.name);
          await nextTask(); // the draw in a task of its own
          if (left) return;
          drawn = true;
          show();
        })
        .catch((error: unknown) => {
          if (left) return;
          main.removeAttribute("aria-busy");
          showProblem(main, key, error);
        });

      const stopUpdates = onGuideUpdated((updated, guide) => {
        if (updated.city !== city || updated.lang !== lang) return;
        view = new GuideView(key, guide);
        if (drawn) show(); // a newer copy while the page is open: draw it again
      });
      const stopLocale = onLocaleChange(() => {
        if (drawn) show();
      });
      const connection = () => showConnection(main);
      window.addEventListener("online", connection);
      window.addEventListener("offline", connection);
      return () => {
        left = true;
        window.removeEventListener("online", connection);
        window.removeEventListener("offline", connection);
        stopUpdates();
        stopLocale();
        stopListening(); // the page read aloud is no longer there
      };
    },
  };
}

/** The UI follows the guide's language, unless the reader picked a UI language. */
async function followGuideLanguage(lang: string): Promise<void> {
  if (hasChosenLocale()) return;
  const locale = negotiate([lang]);
  if (document.documentElement.lang !== locale) await setLocale(locale);
}

function drawFrame(main: HTMLElement, view: GuideView, rest: readonly string[], draw: Draw): void {
  delete document.documentElement.dataset.guide; // until the whole page is drawn again
  main.setAttribute("aria-busy", "true");
  const content = element("div", undefined, { class: "guide-content" });
  const screen = draw(content, view, rest);

  const top = element("div", undefined, { class: "guide-top" });
  const cityName = element("p", undefined, { class: "guide-city" });
  cityName.append(element("a", undefined, { href: view.path() }));
  cityName.firstElementChild!.textContent = view.city.name;
  top.append(offlineNotice(), cityName, guideNav(view, screen.section));
  const uiNote = uiLanguageNote(view);
  if (uiNote) top.append(uiNote);
  if (view.city.sample) top.append(element("p", "reader-sample-city", { class: "sample-note" }));

  fill(main, top, content);
  document.title = format("page-title", { page: screen.title ?? view.city.name });
  describePage(() =>
    screen.title
      ? format("reader-meta-description-page", { page: screen.title, city: view.city.name })
      : format("reader-meta-description", { city: view.city.name }),
  );
  void drawBelow(main, content, view, screen.below);
}

/**
 * The rest of the page, once the browser has drawn the first screen: building and
 * laying out the whole home page at once blocked a cheap phone for too long
 * (PERFORMANCE.md, "The main thread on a cheap phone"). A newer draw, or another
 * page, takes `content` out of the document, and this stops.
 */
async function drawBelow(main: HTMLElement, content: HTMLElement, view: GuideView, below?: () => Node[]): Promise<void> {
  await afterNextFrame();
  if (!content.isConnected) return;
  const parts = below?.() ?? [];
  content.append(...parts);
  const footer = guideFooter(view);
  main.append(footer);
  for (const part of [...parts, footer]) if (part instanceof HTMLElement) localize(part);
  main.removeAttribute("aria-busy");
  performance.mark("hospes-guide-drawn");
  document.documentElement.dataset.guide = "ready";
}

function guideNav(view: GuideView, section: GuideScreen["section"]): HTMLElement {
  const nav = element("nav", "reader-nav", { class: "guide-nav" });
  const list = element("ul");
  const links: [GuideScreen["section"], string, string, string][] = [
    ["home", view.path(), "house", "reader-nav-home"],
    ["articles", view.path("articles"), "article", "reader-nav-articles"],
    ["events", view.path("events"), "calendar", "reader-nav-events"],
    ["search", view.path("search"), "search", "reader-nav-search"],
  ];
  for (const [name, href, iconName, l10nId] of links) {
    const a = element("a", undefined, { href });
    a.append(icon(iconName), element("span", l10nId));
    if (name === section) a.setAttribute("aria-current", "page");
    const li = element("li");
    li.append(a);
    list.append(li);
  }
  nav.append(list);
  return nav;
}

/** "You are offline": shown at the top while the phone is (see `showConnection`). */
function offlineNotice(): HTMLElement {
  const notice = element("p", undefined, { class: "offline-notice", role: "status" });
  notice.append(icon("offline"), element("span", "reader-offline-banner"));
  notice.hidden = navigator.onLine;
  return notice;
}

/** Follows the browser's online and offline events: the notice at the top, the footer's line. */
function showConnection(main: HTMLElement): void {
  const notice = main.querySelector<HTMLElement>(".offline-notice");
  if (notice) notice.hidden = navigator.onLine;
  const line = main.querySelector<HTMLElement>(".guide-footer .connection-line");
  if (line) setMessage(line, navigator.onLine ? "reader-offline-ready" : "reader-offline-now", JSON.parse(line.dataset.l10nArgs ?? "{}"));
}

/**
 * "The guide to Sample City is not written in ትግርኛ: its texts are shown in English",
 * when the UI speaks a language the guide has no text in (any UI language can be
 * chosen in the header, whatever the city offers).
 */
function uiLanguageNote(view: GuideView): HTMLElement | null {
  const ui = currentLocale();
  if (offeredLanguage(view.city.languages, ui.code)) return null;
  const note = element("p", undefined, { class: "fallback-note ui-language-note", role: "note" });
  note.append(icon("flag"), message("span", "reader-language-shown-in", { city: view.city.name, language: ui.name, guide: view.languageName(view.lang) }));
  return note;
}

/** Where this copy stands, the guide's languages, the text size, and the print version. */
function guideFooter(view: GuideView): HTMLElement {
  const footer = element("footer", undefined, { class: "guide-footer" });
  const status = element("p", undefined, { class: "offline-status", role: "status" });
  status.append(icon("check"));
  const ago = formatAgo(view.guide.savedAt || Date.now(), view.locale);
  status.append(
    message("span", navigator.onLine ? "reader-offline-ready" : "reader-offline-now", { ago }, { class: "connection-line" }),
  );
  footer.append(
    status,
    languageSwitch(view),
    textSizeControl(),
    linkParagraph("reader-archive-link", view.path("archive")),
    linkParagraph("reader-print-link", view.path("print")),
  );
  return footer;
}

/**
 * Chooses the guide's language: the same page in another language. The UI follows
 * (see `followGuideLanguage`) unless the reader picked a UI language in the header.
 */
function languageSwitch(view: GuideView): HTMLElement {
  const label = element("label", undefined, { class: "guide-language" });
  const select = element("select", undefined, { name: "guide-language" });
  for (const language of view.city.languages) {
    const option = new Option(language.name, language.tag, false, language.tag === view.lang);
    markLanguage(option, language.tag, view);
    select.append(option);
  }
  select.addEventListener("change", () => {
    const rest = location.pathname.split("/").slice(4).join("/");
    navigate([view.path().replace(/\/[^/]+$/, ""), encodeURIComponent(select.value), rest].filter(Boolean).join("/") + location.search);
  });
  label.append(element("span", "reader-guide-language"), select);
  return label;
}

function showProblem(main: HTMLElement, key: GuideKey, error: unknown): void {
  const problem = error instanceof GuideUnavailable ? error.problem : "server";
  const parts: HTMLElement[] = [element("h1", `reader-problem-${problem}-title`)];
  if (problem === "offline") {
    const note = element("p", undefined, { class: "offline-status" });
    note.append(icon("offline"), element("span", "reader-offline-missing"));
    parts.push(note);
  }
  parts.push(element("p", `reader-problem-${problem}`, { role: "alert" }));
  const languages = element("ul", undefined, { class: "choice-list" });
  parts.push(languages, linkParagraph("reader-choose-city", "/guide"));
  fill(main, ...parts);
  if (problem === "unknown-language") void listLanguages(languages, key.city);
}

/** The languages a city does offer, as links to its guide in each. */
async function listLanguages(list: HTMLElement, city: string): Promise<void> {
  const offered = await cityLanguages(city);
  for (const language of offered) {
    const a = element("a", undefined, { href: `/guide/${encodeURIComponent(city)}/${encodeURIComponent(language.tag)}` });
    a.textContent = language.name;
    a.lang = language.tag;
    a.dir = language.direction;
    const li = element("li");
    li.append(a);
    list.append(li);
  }
}
