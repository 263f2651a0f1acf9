import { resolve } from "node:path";
import { defineConfig } from "vite";
import { locales } from "./build/locales-plugin.ts";
import { serviceWorker } from "./build/sw-plugin.ts";

const i18nDir = resolve(import.meta.dirname, "../i18n");
const lazyDir = resolve(import.meta.dirname, "src/sync") + "/";
const editorDir = resolve(import.meta.dirname, "src/editor") + "/";
// In development, `HOSPES_SERVER=http://127.0.0.1:8080 npm run dev` sends /api and /sync there.
const devServer = process.env.HOSPES_SERVER;

export default defineConfig({
  plugins: [
    locales(i18nDir),
    serviceWorker({
      source: resolve(import.meta.dirname, "src/sw.ts"),
      // Everything behind `import("./sync/...")` and `import("./editor/...")` is the
      // editor side: Automerge and its wasm.
      // Other UI locales (and the pseudo-locales) are fetched when chosen, then kept: a
      // reader's first visit must not download 25 languages they did not ask for.
      isLazy: (id) => id.startsWith(lazyDir) || id.startsWith(editorDir) || /\.ftl(\?|$)/.test(id) || id.includes("virtual:locales/pseudo/"),
    }),
  ],
  resolve: {
    // cbor-x probes `new Function("")` at load time, which the server's CSP refuses
    // (a CSP violation, reported as such); its no-eval build does not.
    alias: { "cbor-x": "cbor-x/index-no-eval" },
  },
  server: {
    fs: { allow: [".", i18nDir] },
    proxy: devServer ? { "/api": devServer, "/sync": { target: devServer, ws: true } } : {},
  },
  build: {
    target: "es2022",
    // The wasm must stay a separate file (never inlined as base64 into a chunk).
    assetsInlineLimit: (file) => (file.endsWith(".wasm") ? false : undefined),
    sourcemap: false,
  },
});
