/** What the router needs from a page, and small helpers for drawing one. */
import { format, localize } from "./i18n";

export interface Page {
  /** Fluent id of the page's title, for the document title; none: just the app's name. */
  titleId?: string;
  /**
   * Draws the page into `main`; `params` are the route's captured path segments
   * (decoded). Returns what to undo when leaving it.
   */
  render(main: HTMLElement, params: readonly string[]): (() => void) | void;
}

/** Creates an element whose text is the Fluent message `l10nId` (filled in by `localize`). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  l10nId?: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (l10nId) node.dataset.l10nId = l10nId;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** Sets an element's Fluent message (and its arguments) and translates it now. */
export function setMessage(node: HTMLElement, l10nId: string, args?: Record<string, string | number>): void {
  node.dataset.l10nId = l10nId;
  if (args) node.dataset.l10nArgs = JSON.stringify(args);
  else delete node.dataset.l10nArgs;
  localize(node);
}

/** Replaces `parent`'s children and translates them (for what a page draws after loading). */
export function fill(parent: HTMLElement, ...children: (Node | string)[]): void {
  parent.replaceChildren(...children);
  localize(parent);
}

/** A paragraph holding one link (a full-size touch target). */
export function linkParagraph(l10nId: string, href: string, args?: Record<string, string>): HTMLParagraphElement {
  const p = element("p");
  const a = element("a", l10nId, { href });
  if (args) a.dataset.l10nArgs = JSON.stringify(args);
  p.append(a);
  return p;
}

/** Milliseconds since the epoch, for Fluent's `DATETIME()` (an RFC 3339 string from the API). */
export function epoch(rfc3339: string): number {
  const time = Date.parse(rfc3339);
  return Number.isNaN(time) ? 0 : time;
}

/** A unique id for markup (labels, descriptions), distinct across renders. */
let nextId = 0;
export function uid(prefix: string): string {
  return `${prefix}-${++nextId}`;
}

/**
 * A page whose code is loaded when it is first shown: the account pages, which a
 * reader never opens, stay out of the shell's critical path (the service worker still
 * keeps them for offline use).
 */
export function lazyPage(titleId: string, load: () => Promise<Page>): Page {
  return {
    titleId,
    render(main, params) {
      let left = false;
      let leave: (() => void) | void;
      load()
        .then((page) => {
          if (left) return;
          leave = page.render(main, params);
          localize(main);
        })
        .catch((error: unknown) => {
          if (left) return;
          console.warn("page not loaded:", error);
          fill(main, element("p", "error-page-not-loaded", { role: "alert" }));
        });
      return () => {
        left = true;
        leave?.();
      };
    },
  };
}

/**
 * `run`, at most once per `ms`: `soon()` asks for a run, `cancel()` drops one asked
 * for. For redraws after changes that come by the hundred (a first sync, typing).
 */
export function coalesce(run: () => void, ms: number): { soon: () => void; cancel: () => void } {
  let scheduled: number | undefined;
  return {
    soon() {
      scheduled ??= window.setTimeout(() => {
        scheduled = undefined;
        run();
      }, ms);
    },
    cancel() {
      window.clearTimeout(scheduled);
      scheduled = undefined;
    },
  };
}

let describe: (() => string) | undefined;

/**
 * The page's `<meta name="description">` (search engines and link previews show it),
 * in the UI language: `text` is asked again after a change of language; none gives the
 * app's tagline. The router clears it for each new page.
 */
export function describePage(text?: () => string): void {
  describe = text;
  showDescription();
}

export function showDescription(): void {
  let meta = document.head.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (!meta) {
    meta = document.createElement("meta");
    meta.name = "description";
    document.head.append(meta);
  }
  meta.content = describe?.() ?? format("app-tagline");
}

