/**
 * "On this phone": the guide's languages, which of them are kept for offline
 * reading, and a button to keep or remove another one (a family reading in Arabic
 * and French, say). The language being read is always kept. Asked for offline, a
 * language is saved once the phone is online, and the line says so until then.
 */
import { element, setMessage } from "../../page";
import { iconHeading, markLanguage } from "../blocks";
import type { GuideView } from "../guide";
import { forgetGuide, isStored, isWaiting, keepGuide, onGuideUpdated, type GuideKey } from "../guide-store";

export function keptLanguages(view: GuideView): HTMLElement {
  const section = element("section", undefined, { class: "kept-languages", "aria-labelledby": "kept-heading" });
  const heading = iconHeading("h2", "offline", "reader-kept-languages");
  heading.id = "kept-heading";
  const list = element("ul");
  section.append(heading, element("p", "reader-kept-languages-hint"), list);
  for (const language of view.city.languages) {
    const li = element("li");
    const name = element("span", undefined, { class: "language-name" });
    name.textContent = language.name;
    markLanguage(name, language.tag, view);
    li.append(name);
    if (language.tag === view.lang) li.append(element("span", "reader-kept-current", { class: "badge kind" }));
    else li.append(...keepControl({ city: view.key.city, lang: language.tag }, language.name));
    list.append(li);
  }
  return section;
}

/** The button keeping or removing one language, and the line saying it waits for the network. */
function keepControl(key: GuideKey, language: string): HTMLElement[] {
  const button = element("button", undefined, { type: "button", class: "secondary" });
  const waiting = element("span", undefined, { class: "kept-waiting", role: "status" });
  const describe = (state: "kept" | "not-kept" | "waiting") => {
    setMessage(button, state === "kept" ? "reader-kept-remove" : "reader-kept-add", { language });
    button.setAttribute("aria-pressed", String(state === "kept"));
    button.hidden = state === "waiting";
    if (state === "waiting") setMessage(waiting, "reader-kept-waiting", { language });
    else {
      delete waiting.dataset.l10nId; // an empty line stays empty after a change of language
      waiting.textContent = "";
    }
  };
  describe(isWaiting(key) ? "waiting" : "not-kept");
  void isStored(key).then((stored) => {
    if (stored) describe("kept");
  });
  // Saved later (the phone came back online): the line changes by itself.
  const stop = onGuideUpdated((updated) => {
    if (!button.isConnected) return stop();
    if (updated.city === key.city && updated.lang === key.lang) describe("kept");
  });
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      if (button.getAttribute("aria-pressed") === "true") {
        await forgetGuide(key);
        describe("not-kept");
      } else {
        describe((await keepGuide(key)) === "kept" ? "kept" : "waiting");
      }
    } catch {
      describe("not-kept");
    } finally {
      button.disabled = false;
    }
  });
  return [button, waiting];
}
