/** What every item page offers: share it, suggest a correction, and its schema.org data. */
import { element, setMessage } from "../../page";
import type { GuideView } from "../guide";
import { icon } from "../icons";

/** Shares the page through the phone's share sheet, or copies its address. */
export function shareButton(title: string): HTMLElement {
  const button = element("button", undefined, { type: "button", class: "secondary" });
  const words = element("span", "reader-share");
  button.append(icon("share"), words);
  button.addEventListener("click", async () => {
    const url = location.href;
    try {
      if (navigator.share) {
        await navigator.share({ title, url });
        return;
      }
      await navigator.clipboard.writeText(url);
      setMessage(words, "reader-share-copied");
    } catch {
      // dismissed, or no clipboard: nothing to undo
    }
  });
  return button;
}

export function suggestLink(view: GuideView, itemId: string): HTMLElement {
  const a = element("a", undefined, { href: `${view.path("suggest")}?item=${encodeURIComponent(itemId)}`, class: "icon-link" });
  a.append(icon("flag"), element("span", "reader-suggest-link"));
  return a;
}

/** The item's schema.org JSON-LD, for search engines and other readers of the page. */
export function jsonLd(value: unknown): HTMLElement {
  const script = element("script", undefined, { type: "application/ld+json" });
  if (value) script.textContent = JSON.stringify(value);
  return script;
}
