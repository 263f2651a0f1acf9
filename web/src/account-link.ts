/** The header's account link: "Sign in", or the signed-in name leading to /account. */
import { markCurrentLinks } from "./router";
import { currentSession, onSessionChange, type SessionState } from "./session";
import { setMessage } from "./page";

export function startAccountLink(link: HTMLAnchorElement): void {
  const show = ({ session }: SessionState) => {
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
