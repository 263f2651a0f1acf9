/**
 * `/invite/<token>`: accepting an invitation. Shows the role and city it is for; the
 * invitee picks a display name (a pseudonym is fine) and a passphrase, and is then
 * signed in. The token leaves the address bar once it is used.
 */
import { cityName } from "../city-name";
import { ApiError, api, characters, NAME_MAX, PASSPHRASE_MAX, PASSPHRASE_MIN, type Invite } from "../api";
import { errorMessage, form, inputField, liveLine, say, setFieldError, showPassphraseSwitch, submitButton, validate, whileBusy } from "../forms";
import { navigate } from "../navigate";
import { element, epoch, fill, linkParagraph, setMessage, type Page } from "../page";
import { grantArgs } from "../roles";
import { acceptInvite, currentSession } from "../session";

export const invitePage: Page = {
  titleId: "invite-title",
  render(main, [token = ""]) {
    const body = element("div");
    const status = element("p", "invite-loading", { role: "status" });
    main.append(element("h1", "invite-title", { id: "invite-heading" }), status, body);
    let left = false;

    /** Unknown, used and expired invitations look the same (the server says 404 for all). */
    const gone = () => {
      status.hidden = true;
      fill(body, element("p", "invite-not-found", { role: "alert" }), linkParagraph("invite-home", "/"));
    };

    const showForm = (invite: Invite) => {
      status.hidden = true;
      const what = element("p", "invite-for", { class: "invite-summary" });
      what.dataset.l10nArgs = JSON.stringify(grantArgs(invite, invite.city));
      // The city by its slug until its name is known.
      void cityName(invite.city).then((name) => {
        if (!left) setMessage(what, "invite-for", grantArgs(invite, name));
      });
      const expires = element("p", "invite-expires", { class: "hint" });
      expires.dataset.l10nArgs = JSON.stringify({ expires: epoch(invite.expiresAt) });

      const name = inputField(
        "invite-name",
        { type: "text", name: "username", autocomplete: "username", spellcheck: "false", dir: "auto" },
        "invite-name-hint",
      );
      const passphrase = inputField("invite-passphrase", { type: "password", name: "new-password", autocomplete: "new-password" }, "invite-passphrase-hint");
      const confirm = inputField("invite-passphrase-confirm", { type: "password", name: "confirm-password", autocomplete: "new-password" });
      const alert = liveLine("alert");

      const accept = form(async (node) => {
        say(alert, null);
        const chosen = name.control.value.trim();
        const secret = passphrase.control.value;
        const ok = validate([
          [name, () => (chosen === "" ? "invite-name-missing" : characters(chosen) > NAME_MAX ? "invite-name-too-long" : null)],
          [
            passphrase,
            () => (characters(secret) < PASSPHRASE_MIN ? "invite-passphrase-too-short" : characters(secret) > PASSPHRASE_MAX ? "invite-passphrase-too-long" : null),
          ],
          [confirm, () => (confirm.control.value === secret ? null : "invite-passphrase-mismatch")],
        ]);
        if (!ok) return;
        try {
          await whileBusy(node, () => acceptInvite(token, chosen, secret));
          // The token is spent: don't keep it in the history.
          if (!left) navigate("/account", { replace: true });
        } catch (error) {
          if (left) return;
          if (error instanceof ApiError && error.code === "name_taken") {
            setFieldError(name, "invite-name-taken");
            name.control.focus();
          } else if (error instanceof ApiError && error.status === 404) {
            gone();
          } else {
            say(alert, ...errorMessage(error));
          }
        }
      }, { "aria-labelledby": "invite-heading" });
      accept.append(name.row, passphrase.row, confirm.row, showPassphraseSwitch(passphrase.control, confirm.control), alert, submitButton("invite-submit"));

      const parts: Node[] = [what, expires];
      const signedIn = currentSession().session;
      if (signedIn) {
        const note = element("p", "invite-signed-in-note", { class: "note" });
        note.dataset.l10nArgs = JSON.stringify({ name: signedIn.account.name });
        parts.push(note);
      }
      fill(body, ...parts, accept);
    };

    api
      .invite(token)
      .then((invite) => {
        if (!left) showForm(invite);
      })
      .catch((error: unknown) => {
        if (left) return;
        if (error instanceof ApiError && error.status === 404) gone();
        else {
          const [id, args] = errorMessage(error);
          fill(body, element("p", id, { role: "alert", ...(args ? { "data-l10n-args": JSON.stringify(args) } : {}) }));
          status.hidden = true;
        }
      });

    return () => {
      left = true;
    };
  },
};
