/** Any path that is no route. */
import { element, type Page } from "../page";

export const notFoundPage: Page = {
  titleId: "not-found-title",
  render(main) {
    const home = element("p");
    home.append(element("a", "not-found-home", { href: "/" }));
    main.append(element("h1", "not-found-title"), element("p", "not-found-body"), home);
  },
};
