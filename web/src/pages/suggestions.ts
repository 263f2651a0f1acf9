/**
 * `/suggestions/<city>`: what readers reported about the city's guide ("this service
 * has closed", "the hours are wrong"), for its editors and admins to work through:
 * the open suggestions (optionally the done ones too), each with its topic, the item
 * it is about (a link to its editing screen), what the reader wrote and when, and
 * "Mark as done". The editors' dashboard links here.
 *
 * The server decides who may see the queue: signed out (401) gets a sign-in link,
 * other roles or another city (403) a "not allowed" message.
 */
import { cityName } from "../city-name";
import { api, ApiError, type Suggestion, type SuggestionTopic } from "../api";
import { errorMessage, liveLine, say } from "../forms";
import { signInPath } from "../navigate";
import { element, epoch, fill, linkParagraph, setMessage, uid, type Page } from "../page";

const TOPICS: readonly SuggestionTopic[] = ["closed", "hours", "address", "contact", "translation", "other"];

/** The editing screen of a guide item. */
function editPath(city: string, kind: NonNullable<Suggestion["item_kind"]>, id: string): string {
  return `/edit/${encodeURIComponent(city)}/${kind}s/${encodeURIComponent(id)}`;
}

export const suggestionsPage: Page = {
  titleId: "suggestions-title",
  render(main, [city = ""]) {
    const heading = element("h1", "suggestions-heading", { "data-l10n-args": JSON.stringify({ city }) });
    const body = element("div");
    main.append(heading, body);
    let left = false;
    // The slug until the city's name is known.
    void cityName(city).then((name) => {
      if (!left) setMessage(heading, "suggestions-heading", { city: name });
    });
    let includeDone = false;

    const intro = element("p", "suggestions-intro", { class: "hint" });
    const toggleRow = element("div", undefined, { class: "check" });
    const toggle = element("input", undefined, { type: "checkbox", id: uid("done") });
    toggleRow.append(toggle, element("label", "suggestions-show-done", { for: toggle.id }));
    const listHeading = element("h2", "suggestions-list-title", { id: uid("h"), tabindex: "-1" });
    const status = liveLine("status");
    const list = element("ul", undefined, { class: "cards suggestions", "aria-labelledby": listHeading.id, "aria-busy": "true" });

    const problem = (l10nId: string, args?: Record<string, string | number>, link?: [string, string]) => {
      const line = element("p", undefined, { role: "alert" });
      fill(body, line, ...(link ? [linkParagraph(link[0], link[1])] : []));
      setMessage(line, l10nId, args);
    };

    const load = async (focusList = false) => {
      list.setAttribute("aria-busy", "true");
      try {
        const { suggestions } = await api.suggestions(city, includeDone);
        if (left) return;
        if (!body.contains(list)) fill(body, intro, toggleRow, listHeading, status, list);
        if (suggestions.length === 0) fill(list, element("li", includeDone ? "suggestions-none" : "suggestions-none-open"));
        else fill(list, ...suggestions.map(entry));
        if (focusList) listHeading.focus();
      } catch (error) {
        if (left) return;
        if (error instanceof ApiError && error.status === 401) problem("suggestions-not-signed-in", undefined, ["suggestions-sign-in", signInPath()]);
        else if (error instanceof ApiError && error.status === 403) problem("suggestions-not-allowed", { city });
        else if (error instanceof ApiError && error.code === "unknown_city") problem("suggestions-unknown-city", { city });
        else if (body.contains(list)) say(status, ...errorMessage(error));
        else problem(...errorMessage(error));
      } finally {
        list.removeAttribute("aria-busy");
      }
    };

    const entry = (suggestion: Suggestion): HTMLLIElement => {
      const item = element("li", undefined, { "data-suggestion": String(suggestion.id) });
      const topic = TOPICS.includes(suggestion.topic) ? suggestion.topic : "other";
      const title = element("h3", `suggestion-topic-${topic}`, { id: uid("suggestion") });
      item.append(title);

      // The item as readers see it (its title is content, in whatever language it has),
      // linking to its editing screen.
      const about = element("p", undefined, { dir: "auto", id: uid("about") });
      const words = suggestion.item !== null && suggestion.item_kind ? element("a", undefined, { href: editPath(city, suggestion.item_kind, suggestion.item) }) : about;
      if (words !== about) about.append(words);
      if (suggestion.item === null) words.dataset.l10nId = "suggestions-about-guide";
      else if (suggestion.item_title === null) words.dataset.l10nId = "suggestions-about-unpublished";
      else {
        words.dataset.l10nId = "suggestions-about-item";
        words.dataset.l10nArgs = JSON.stringify({ title: suggestion.item_title });
      }
      item.append(about);

      // What the reader wrote, in their language (which may not be the page's).
      if (suggestion.message) {
        const message = element("blockquote", undefined, { lang: suggestion.language, dir: "auto", class: "suggestion-message" });
        message.textContent = suggestion.message;
        item.append(message);
      } else item.append(element("p", "suggestions-no-message", { class: "hint" }));

      const meta = element("p", "suggestions-received", { class: "hint" });
      meta.dataset.l10nArgs = JSON.stringify({ created: epoch(suggestion.created_at), language: suggestion.language });
      item.append(meta);

      if (suggestion.status === "done") {
        const done = element("p", "suggestions-resolved", { class: "suggestion-done" });
        done.dataset.l10nArgs = JSON.stringify({ resolved: epoch(suggestion.resolved_at ?? suggestion.created_at) });
        item.append(done);
        return item;
      }
      const markDone = element("button", "suggestions-mark-done", { type: "button", "aria-describedby": `${title.id} ${about.id}` });
      markDone.addEventListener("click", async () => {
        markDone.disabled = true;
        say(status, null);
        try {
          await api.resolveSuggestion(city, suggestion.id);
          if (left) return;
          // The entry leaves the open list (or changes): start again at the list.
          await load(true);
          say(status, "suggestions-marked-done");
        } catch (error) {
          if (left) return;
          markDone.disabled = false;
          if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
            void load();
          } else say(status, ...errorMessage(error));
        }
      });
      const actions = element("div", undefined, { class: "actions" });
      actions.append(markDone);
      item.append(actions);
      return item;
    };

    toggle.addEventListener("change", () => {
      includeDone = toggle.checked;
      say(status, null);
      void load();
    });

    fill(body, element("p", "suggestions-loading", { role: "status" }));
    void load();

    return () => {
      left = true;
    };
  },
};
