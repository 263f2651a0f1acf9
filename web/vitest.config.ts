/**
 * Unit tests of the app's pure modules (`test/**\/*.test.ts`), in Node: no browser,
 * no DOM. `virtual:locales` comes from the same plugin as in the build, so modules
 * that import `i18n.ts` load as they do in the app. The browser tests are in
 * `../tests/js/`; both run from `cargo nextest run --workspace`.
 *
 *     npm test             # type-check the tests, then run them
 */
import { resolve } from "node:path";
import { defineConfig } from "vitest/config";
import { locales } from "./build/locales-plugin.ts";

export default defineConfig({
  plugins: [locales(resolve(import.meta.dirname, "../i18n"))],
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    setupFiles: ["test/setup.ts"],
  },
});
