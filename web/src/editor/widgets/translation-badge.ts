/**
 * Where a translation stands, as a badge: its words with a shape before them, and a
 * colour of its own (web/src/style.css), so no one has to tell the statuses apart
 * by colour alone. The shape is decorative: the words say it to screen readers.
 */
import { element, setMessage } from "../../page";
import type { TranslationStatus } from "../translation";

const SHAPES: Record<TranslationStatus, string> = {
  missing: "○",
  outdated: "△",
  incomplete: "◐",
  machine: "◇",
  "up-to-date": "✓",
};

export function statusBadge(status: TranslationStatus, badge: HTMLElement = element("span")): HTMLElement {
  badge.className = `badge translation-badge status-${status}`;
  badge.dataset.status = status;
  const words = element("span");
  setMessage(words, `editor-status-${status}`);
  const shape = element("span", undefined, { "aria-hidden": "true", class: "shape" });
  shape.textContent = SHAPES[status];
  badge.replaceChildren(shape, words);
  return badge;
}
