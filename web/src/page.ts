/** What the router needs from a page. */
export interface Page {
  /** Fluent id of the page's title, for the document title; none: just the app's name. */
  titleId?: string;
  /** Draws the page into `main`; returns what to undo when leaving it. */
  render(main: HTMLElement): (() => void) | void;
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
