/**
 * "Listen": reads a page aloud with the phone's own speech synthesis, for people who
 * read little. Offered only where the phone has a voice for the page's language;
 * each block is spoken in its own language (a French fallback with a French voice).
 * Nothing leaves the phone.
 */
import { element, setMessage } from "../page";
import { icon } from "./icons";

function hasVoice(lang: string): boolean {
  if (!("speechSynthesis" in window)) return false;
  const primary = lang.toLowerCase().split("-")[0]!;
  return speechSynthesis.getVoices().some((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === primary);
}

/** A button reading `root`'s text aloud in `lang`; hidden until a voice for it is known. */
export function listenButton(root: HTMLElement, lang: string): HTMLElement {
  const button = element("button", undefined, { type: "button", class: "secondary listen", "aria-pressed": "false" });
  const words = element("span", "reader-listen");
  button.append(icon("speaker"), words);
  button.hidden = true;
  const reveal = () => {
    button.hidden = !hasVoice(lang);
  };
  reveal();
  if ("speechSynthesis" in window) speechSynthesis.addEventListener?.("voiceschanged", reveal);
  button.addEventListener("click", () => {
    if (speechSynthesis.speaking) {
      speechSynthesis.cancel();
      return;
    }
    for (const block of root.querySelectorAll<HTMLElement>("h1, h2, h3, p, li, dt, dd")) {
      if (block.querySelector("p, li, dt, dd") || block.closest("[hidden], .listen")) continue;
      const text = block.innerText.trim();
      if (!text) continue;
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = block.closest<HTMLElement>("[lang]")?.lang || lang;
      speechSynthesis.speak(utterance);
    }
    button.setAttribute("aria-pressed", "true");
    setMessage(words, "reader-listen-stop");
    const done = window.setInterval(() => {
      if (speechSynthesis.speaking) return;
      window.clearInterval(done);
      button.setAttribute("aria-pressed", "false");
      setMessage(words, "reader-listen");
    }, 500);
  });
  return button;
}

/** Stops reading (when leaving the page). */
export function stopListening(): void {
  if ("speechSynthesis" in window && speechSynthesis.speaking) speechSynthesis.cancel();
}
