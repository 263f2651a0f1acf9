/** `/`: what hospes is, and the way to the other pages. */
import { element, type Page } from "../page";

export const homePage: Page = {
  render(main) {
    const more = element("p");
    more.append(element("a", "home-status-link", { href: "/status" }));
    main.append(element("h1", "home-title"), element("p", "app-tagline"), more);
  },
};
