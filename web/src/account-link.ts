/**
 * The header's account links: "Sign in", or the signed-in name leading to /account;
 * and, for people with a role in a city's guide, "Edit" leading to its editing screens.
 */
import { markCurrentLinks } from "./router";
import { currentSession, onSessionChange, type SessionState } from "./session";
import { setMessage } from "./page";

const EDITING_ROLES = new Set(["volunteer", "translator", "editor", "city_admin"]);

export function startAccountLink(link: HTMLAnchorElement, editLink: HTMLAnchorElement): void {
  const show = ({ session }: SessionState) => {
    const city = session?.roles.find((r) => EDITING_ROLES.has(r.role))?.city;
    editLink.parentElement!.hidden = !city;
    if (city) editLink.href = `/edit/${encodeURIComponent(city)}`;
    if (session) {
      link.href = "/account";
      setMessage(link, "nav-account", { name: session.account.name });
    } else {
      link.href = "/sign-in";
      setMessage(link, "nav-sign-in");
    }
    markCurrentLinks();
  };
  onSessionChange(show);
  show(currentSession());
}
