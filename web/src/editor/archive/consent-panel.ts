/**
 * The author's say over their own voice: who may see it (the group, the city's
 * editors too, or the public once a moderator publishes the entry), how they are
 * named (their name, a pseudonym, or not at all), and withdrawing it for good.
 *
 * Consent is kept by the server, not in the voice document (group members may edit
 * a transcript, only the author decides this): it needs a connection, and the voice
 * must have reached the server first.
 */
import { api, ApiError, NetworkError } from "../../api";
import type { Consent, Naming, Visibility } from "../../content/generated/model";
import { element, setMessage, uid } from "../../page";

const VISIBILITIES: readonly Visibility[] = ["group", "city-editors", "public"];
const NAMINGS = ["name", "pseudonym", "anonymous"] as const;
const ASK_AGAIN_MS = 3_000;

export interface ConsentPanel {
  node: HTMLElement;
  /** Asks the server again where nothing could be asked yet (offline, not registered). */
  refresh(): void;
  stop(): void;
}

export function consentPanel(voiceId: string, accountName: string, onWithdrawn: () => void): ConsentPanel {
  const node = element("div", undefined, { class: "consent-panel" });
  node.append(element("h4", "archive-consent-title"));
  const unavailable = element("p", "archive-consent-unavailable", { class: "muted" });
  const form = element("form", undefined, { novalidate: "" });
  form.hidden = true;

  const radios = <T extends string>(legendId: string, values: readonly T[], labelId: (value: T) => string) => {
    const fieldset = element("fieldset");
    fieldset.append(element("legend", legendId));
    const name = uid("radio");
    const inputs = new Map<T, HTMLInputElement>();
    for (const value of values) {
      const input = element("input", undefined, { type: "radio", name, value, id: uid("choice") });
      const label = element("label", undefined, { for: input.id });
      setMessage(label, labelId(value), { name: accountName });
      const row = element("div", undefined, { class: "check" });
      row.append(input, label);
      fieldset.append(row);
      inputs.set(value, input);
    }
    return { fieldset, inputs, value: () => values.find((v) => inputs.get(v)!.checked) };
  };
  const visibility = radios("archive-consent-visibility", VISIBILITIES, (v) => `archive-visibility-${v}`);
  const naming = radios("archive-consent-naming", NAMINGS, (n) => `archive-naming-${n}`);
  const pseudonym = element("input", undefined, { type: "text", id: uid("pseudonym"), dir: "auto", maxlength: "64", autocomplete: "off" });
  const pseudonymRow = element("div", undefined, { class: "field" });
  pseudonymRow.append(element("label", "archive-pseudonym", { for: pseudonym.id }), pseudonym);
  naming.fieldset.append(pseudonymRow);
  const save = element("button", "archive-consent-save", { type: "submit" });
  const saved = element("p", undefined, { role: "status" });
  form.append(visibility.fieldset, naming.fieldset, save, saved);

  const withdraw = element("button", "archive-withdraw", { type: "button", class: "danger" });
  const confirm = element("div", undefined, { class: "confirm", role: "alert" });
  confirm.hidden = true;
  const confirmYes = element("button", "archive-withdraw-confirm", { type: "button", class: "danger" });
  const confirmNo = element("button", "archive-withdraw-cancel", { type: "button", class: "secondary" });
  const confirmActions = element("p", undefined, { class: "actions" });
  confirmActions.append(confirmYes, confirmNo);
  confirm.append(element("p", "archive-withdraw-explained"), element("p", "archive-withdraw-cannot-undo"), confirmActions);
  const withdrawRow = element("div", undefined, { class: "withdraw" });
  withdrawRow.append(withdraw, confirm);
  withdrawRow.hidden = true;
  node.append(unavailable, form, withdrawRow);

  const showNaming = () => {
    pseudonymRow.hidden = naming.value() !== "pseudonym";
  };
  for (const input of naming.inputs.values()) input.addEventListener("change", showNaming);

  const show = (consent: Consent) => {
    visibility.inputs.get(consent.visibility)!.checked = true;
    naming.inputs.get(consent.naming.as)!.checked = true;
    pseudonym.value = consent.naming.as === "pseudonym" ? consent.naming.name : "";
    showNaming();
    unavailable.hidden = true;
    form.hidden = false;
    withdrawRow.hidden = false;
  };

  let known = false;
  let asking = false;
  let askedAt = 0;
  const refresh = () => {
    // Drawn again on every change of the entry: ask at most every few seconds.
    if (known || asking || Date.now() - askedAt < ASK_AGAIN_MS) return;
    asking = true;
    askedAt = Date.now();
    api
      .consent(voiceId)
      .then((consent) => {
        known = true;
        window.clearInterval(timer);
        if (consent.withdrawn) onWithdrawn();
        else show(consent);
      })
      .catch(() => undefined) // offline, or not registered yet: asked again later
      .finally(() => {
        asking = false;
      });
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const seen = visibility.value() ?? "group";
    const as = naming.value() ?? "anonymous";
    const name = pseudonym.value.trim();
    if (as === "pseudonym" && !name) {
      setMessage(saved, "archive-pseudonym-missing");
      pseudonym.focus();
      return;
    }
    const chosen: Naming = as === "pseudonym" ? { as, name } : { as };
    setMessage(saved, "archive-consent-saving");
    api.setConsent(voiceId, seen, chosen).then(
      (consent) => {
        show(consent);
        setMessage(saved, "archive-consent-saved");
      },
      (error: unknown) => setMessage(saved, failure(error)),
    );
  });

  withdraw.addEventListener("click", () => {
    confirm.hidden = false;
    confirmNo.focus();
  });
  confirmNo.addEventListener("click", () => {
    confirm.hidden = true;
    withdraw.focus();
  });
  confirmYes.addEventListener("click", () => {
    api.withdrawVoice(voiceId).then(
      () => onWithdrawn(),
      (error: unknown) => {
        confirm.hidden = true;
        setMessage(saved, failure(error));
      },
    );
  });

  // Nothing else may change once the voice is synced: keep asking until the server knows it.
  const timer = window.setInterval(refresh, ASK_AGAIN_MS + 500);
  refresh();
  return { node, refresh, stop: () => window.clearInterval(timer) };
}

function failure(error: unknown): string {
  if (error instanceof NetworkError) return "archive-consent-offline";
  if (error instanceof ApiError && error.code === "withdrawn") return "archive-consent-withdrawn";
  if (error instanceof ApiError && error.status === 400) return "archive-pseudonym-missing";
  return "archive-consent-failed";
}
