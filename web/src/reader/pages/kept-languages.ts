/**
 * "On this phone": the guide's languages, which of them are kept for offline
 * reading, and a button to keep or remove another one (a family reading in Arabic
 * and French, say). The language being read is always kept.
 */
import { element, setMessage } from "../../page";
import { iconHeading, markLanguage } from "../blocks";
import type { GuideView } from "../guide";
import { forgetGuide, isStored, refreshGuide } from "../guide-store";

export function keptLanguages(view: GuideView): HTMLElement {
  const section = element("section", undefined, { class: "kept-languages", "aria-labelledby": "kept-heading" });
  const heading = iconHeading("h2", "offline", "reader-kept-languages");
  heading.id = "kept-heading";
  const list = element("ul");
  section.append(heading, element("p", "reader-kept-languages-hint"), list);
  for (const language of view.city.languages) {
    const key = { city: view.key.city, lang: language.tag };
    const li = element("li");
    const name = element("span", undefined, { class: "language-name" });
    name.textContent = language.name;
    markLanguage(name, language.tag, view);
    li.append(name);
    if (language.tag === view.lang) {
      li.append(element("span", "reader-kept-current", { class: "badge kind" }));
    } else {
      const button = element("button", undefined, { type: "button", class: "secondary" });
      const describe = (kept: boolean) => {
        setMessage(button, kept ? "reader-kept-remove" : "reader-kept-add", { language: language.name });
        button.setAttribute("aria-pressed", String(kept));
      };
      void isStored(key).then(describe);
      button.addEventListener("click", async () => {
        button.disabled = true;
        const kept = button.getAttribute("aria-pressed") === "true";
        try {
          if (kept) {
            await forgetGuide(key);
            describe(false);
          } else {
            describe((await refreshGuide(key)) !== undefined);
          }
        } catch {
          describe(false);
        } finally {
          button.disabled = false;
        }
      });
      li.append(button);
    }
    list.append(li);
  }
  return section;
}
