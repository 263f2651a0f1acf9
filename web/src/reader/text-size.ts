/**
 * The reader's text size, kept on this phone (localStorage, never sent anywhere).
 * It scales the root font size, and the styles are in `rem` and `em`, so text, spacing
 * and touch targets grow together; `html[data-text-size]` in style.css says by how much.
 */
import { element } from "../page";
import { icon } from "./icons";

const STORAGE_KEY = "hospes.text-size";
const SIZES = ["normal", "large", "larger"] as const;
type TextSize = (typeof SIZES)[number];

function stored(): TextSize {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return SIZES.find((size) => size === value) ?? "normal";
  } catch {
    return "normal"; // storage disabled: the browser's own size
  }
}

function apply(size: TextSize): void {
  if (size === "normal") delete document.documentElement.dataset.textSize;
  else document.documentElement.dataset.textSize = size;
}

/** Applies the size chosen on an earlier visit; called once at start. */
export function applyStoredTextSize(): void {
  apply(stored());
}

/** "Text size: Normal / Large / Very large", applied and kept as soon as it is chosen. */
export function textSizeControl(): HTMLElement {
  const label = element("label", undefined, { class: "text-size" });
  const select = element("select", undefined, { name: "text-size" });
  const current = stored();
  for (const size of SIZES) {
    const option = element("option", `reader-text-size-${size}`, { value: size });
    option.selected = size === current;
    select.append(option);
  }
  select.addEventListener("change", () => {
    const size = SIZES.find((s) => s === select.value) ?? "normal";
    apply(size);
    try {
      localStorage.setItem(STORAGE_KEY, size);
    } catch {
      // storage disabled: the size lasts until the page is closed
    }
  });
  label.append(icon("text-size"), element("span", "reader-text-size"), select);
  return label;
}
