/**
 * `/sign-in`: name and passphrase. After signing in, goes to `?next=` (a path on this
 * site) or home. The server answers "invalid credentials" alike for an unknown name and
 * a wrong passphrase, and so does this page.
 */
import { ApiError } from "../api";
import { errorMessage, form, inputField, liveLine, say, setFieldError, showPassphraseSwitch, submitButton, tooManyAttempts, validate, whileBusy } from "../forms";
import { nextPath, navigate } from "../navigate";
import { element, fill, linkParagraph, type Page } from "../page";
import { currentSession, refreshSession, signIn } from "../session";

export const signInPage: Page = {
  titleId: "sign-in-title",
  render(main) {
    const body = element("div");
    main.append(element("h1", "sign-in-title", { id: "sign-in-heading" }), body);
    let left = false;

    const showForm = () => {
      const name = inputField("sign-in-name", {
        type: "text",
        name: "username",
        autocomplete: "username",
        autocapitalize: "none",
        spellcheck: "false",
        dir: "auto",
      });
      const passphrase = inputField("sign-in-passphrase", { type: "password", name: "password", autocomplete: "current-password" });
      const alert = liveLine("alert");
      const sign = form(async (node) => {
        say(alert, null);
        const ok = validate([
          [name, () => (name.control.value.trim() ? null : "sign-in-name-missing")],
          [passphrase, () => (passphrase.control.value ? null : "sign-in-passphrase-missing")],
        ]);
        if (!ok) return;
        try {
          await whileBusy(node, () => signIn(name.control.value.trim(), passphrase.control.value));
          if (!left) navigate(nextPath(), { replace: true });
        } catch (error) {
          if (left) return;
          if (error instanceof ApiError && error.code === "invalid_credentials") {
            say(alert, "sign-in-invalid");
            setFieldError(passphrase, null);
            passphrase.control.setAttribute("aria-invalid", "true");
            passphrase.control.select();
            passphrase.control.focus();
          } else if (error instanceof ApiError && error.code === "too_many_attempts") {
            say(alert, ...tooManyAttempts(error.retryAfterSeconds));
          } else {
            say(alert, ...errorMessage(error));
          }
        }
      }, { "aria-labelledby": "sign-in-heading" });
      sign.append(name.row, passphrase.row, showPassphraseSwitch(passphrase.control), alert, submitButton("sign-in-submit"));
      passphrase.control.addEventListener("input", () => passphrase.control.removeAttribute("aria-invalid"));
      fill(body, element("p", "sign-in-intro"), sign, element("p", "sign-in-no-account", { class: "hint" }));
    };

    const showSignedIn = (accountName: string) => {
      const note = element("p", "sign-in-already", { "data-l10n-args": JSON.stringify({ name: accountName }) });
      fill(body, note, linkParagraph("sign-in-continue", nextPath()), linkParagraph("sign-in-account", "/account"));
    };

    const known = currentSession();
    if (known.session) showSignedIn(known.session.account.name);
    else showForm();
    // The cookie may be there without the local copy (or gone with it): ask.
    refreshSession()
      .then(({ session, confirmed }) => {
        if (left || !confirmed) return;
        if (session && !known.session) showSignedIn(session.account.name);
        else if (!session && known.session) showForm();
      })
      .catch(() => undefined);

    return () => {
      left = true;
    };
  },
};
