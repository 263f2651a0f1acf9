/**
 * `/account`: who is signed in, with which roles, on which devices; signing out here,
 * on one other device, or everywhere.
 */
import { api, type SessionEntry, type SessionInfo } from "../api";
import { errorMessage, liveLine, say } from "../forms";
import { signInPath } from "../navigate";
import { element, epoch, fill, linkParagraph, setMessage, uid, type Page } from "../page";
import { grantElement } from "../roles";
import { managesPeople, onSessionChange, refreshSession, signOut, signOutEverywhere, type SessionState } from "../session";

export const accountPage: Page = {
  titleId: "account-title",
  render(main) {
    const body = element("div");
    main.append(element("h1", "account-title"), body);
    let left = false;
    /** Set when this page signed out, to say so instead of "not signed in". */
    let signedOutHere = false;

    const showSignedOut = () => {
      fill(
        body,
        element("p", signedOutHere ? "account-signed-out" : "account-not-signed-in", { role: "status" }),
        linkParagraph("account-sign-in", signInPath("/account")),
      );
      // The button that was pressed is gone: start reading at the page again.
      if (signedOutHere) main.focus();
    };

    const showAccount = (session: SessionInfo, confirmed: boolean) => {
      const who = element("p", "account-signed-in-as");
      who.dataset.l10nArgs = JSON.stringify({ name: session.account.name });
      const status = liveLine("status");
      const parts: Node[] = [who];
      if (!confirmed) parts.push(element("p", "account-offline", { class: "note" }));
      parts.push(...roles(session));

      const sessionsHeading = element("h2", "account-sessions-title", { id: uid("h") });
      const sessionsList = element("ul", undefined, { class: "cards", "aria-labelledby": sessionsHeading.id });
      const everywhere = element("button", "account-sign-out-everywhere", { type: "button" });
      const signOutButton = element("button", "account-sign-out", { type: "button", class: "primary" });
      const buttons = element("div", undefined, { class: "actions page-actions" });
      buttons.append(signOutButton, everywhere);
      parts.push(sessionsHeading, element("p", "account-sessions-loading", { class: "hint" }), sessionsList, buttons, status);
      fill(body, ...parts);
      const loadingHint = sessionsHeading.nextElementSibling as HTMLElement;

      const act = async (button: HTMLButtonElement, work: () => Promise<void>, doneId?: string) => {
        button.disabled = true;
        try {
          await work();
          if (doneId) say(status, doneId);
        } catch (error) {
          say(status, ...errorMessage(error));
        } finally {
          button.disabled = false;
        }
      };
      const leaveAccount = async (work: () => Promise<void>) => {
        signedOutHere = true;
        await work(); // the session change redraws the page
      };
      signOutButton.addEventListener("click", () => void act(signOutButton, () => leaveAccount(signOut)));
      everywhere.addEventListener("click", () => void act(everywhere, () => leaveAccount(signOutEverywhere)));

      const loadSessions = async () => {
        try {
          const sessions = await api.sessions();
          if (left) return;
          loadingHint.hidden = true;
          fill(sessionsList, ...sessions.sort(byCurrentThenRecent).map(sessionItem));
        } catch (error) {
          if (left) return;
          loadingHint.hidden = false;
          setMessage(loadingHint, ...errorMessage(error));
        }
      };

      const sessionItem = (entry: SessionEntry): HTMLLIElement => {
        const item = element("li");
        const text = element("div", undefined, { id: uid("session") });
        text.append(
          element("p", entry.current ? "account-session-current" : "account-session-other", { class: "card-title" }),
          element("p", "account-session-times", {
            "data-l10n-args": JSON.stringify({ created: epoch(entry.createdAt), seen: epoch(entry.lastSeenAt) }),
          }),
        );
        const button = element("button", "account-session-sign-out", { type: "button", "aria-describedby": text.id });
        button.addEventListener("click", () => {
          if (entry.current) void act(button, () => leaveAccount(signOut));
          else
            void act(
              button,
              async () => {
                await api.endSession(entry.id);
                await loadSessions();
                everywhere.focus();
              },
              "account-session-ended",
            );
        });
        item.append(text, button);
        return item;
      };

      if (confirmed) void loadSessions();
      else loadingHint.hidden = true;
    };

    let shown = "";
    const show = (state: SessionState) => {
      const key = JSON.stringify(state);
      if (left || key === shown) return;
      shown = key;
      if (state.session) showAccount(state.session, state.confirmed);
      else showSignedOut();
    };

    fill(body, element("p", "account-loading", { role: "status" }));
    const stop = onSessionChange(show);
    refreshSession()
      .then(show)
      .catch((error: unknown) => {
        if (left) return;
        const [id, args] = errorMessage(error);
        const alert = element("p", undefined, { role: "alert" });
        fill(body, alert);
        setMessage(alert, id, args);
      });

    return () => {
      left = true;
      stop();
    };
  },
};

/** The roles, city by city; a city admin or a group's moderator gets a link to the city's administration. */
function roles(session: SessionInfo): Node[] {
  const heading = element("h2", "account-roles-title", { id: uid("h") });
  if (session.roles.length === 0) return [heading, element("p", "account-no-roles")];
  const list = element("ul", undefined, { "aria-labelledby": heading.id });
  for (const grant of session.roles) {
    const item = element("li");
    item.append(grantElement("span", grant, grant.city));
    if (managesPeople(grant.role)) {
      const link = element("a", "account-manage-city", { href: `/admin/${encodeURIComponent(grant.city)}` });
      link.dataset.l10nArgs = JSON.stringify({ city: grant.city });
      item.append(" ", link);
    }
    list.append(item);
  }
  return [heading, list];
}

function byCurrentThenRecent(a: SessionEntry, b: SessionEntry): number {
  if (a.current !== b.current) return a.current ? -1 : 1;
  return epoch(b.lastSeenAt) - epoch(a.lastSeenAt);
}
