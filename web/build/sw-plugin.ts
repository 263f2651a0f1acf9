/**
 * Builds `sw.js` from `src/sw.ts` and hands it the list of files to precache.
 *
 * The precache list is the app shell: `/`, the public files (manifest, icons) and every
 * chunk, stylesheet and asset reachable from the entry, except behind a dynamic import
 * of a module that `isLazy` names (the editor: Automerge and its WebAssembly). Readers
 * must never download those, so they are only cached when a page fetches them.
 *
 * The version is a hash of everything precached: a new build gets a new cache.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import ts from "typescript";
import type { Plugin, Rolldown } from "vite";

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

export interface ServiceWorkerOptions {
  /** The service worker's TypeScript source. */
  source: string;
  /** Whether a dynamically imported module starts a part of the app that is not precached. */
  isLazy: (moduleId: string) => boolean;
}

export function serviceWorker({ source, isLazy }: ServiceWorkerOptions): Plugin {
  let publicDir = "";
  return {
    name: "hospes:service-worker",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const shell = shellFiles(bundle, isLazy);
      const onDemand = Object.keys(bundle)
        .filter((f) => f.startsWith("assets/") && !shell.has(f))
        .map((f) => "/" + f);
      const publicFiles = publicDir ? listFiles(publicDir) : [];
      const precache = ["/", ...publicFiles.map((f) => "/" + f), ...[...shell].sort().map((f) => "/" + f)];

      const hash = createHash("sha256");
      for (const f of [...shell].sort()) hash.update(f + "\0");
      const html = bundle["index.html"];
      if (html?.type === "asset") hash.update(html.source);
      for (const f of publicFiles) hash.update(f + "\0").update(readFileSync(join(publicDir, f)));
      const build = { version: hash.digest("hex").slice(0, 16), precache, onDemand };

      const code = ts.transpileModule(readFileSync(source, "utf8"), {
        compilerOptions: { target: ts.ScriptTarget.ES2022, removeComments: false },
      }).outputText;
      this.emitFile({
        type: "asset",
        fileName: "sw.js",
        source: `const BUILD = ${JSON.stringify(build, null, 2)};\n${code}`,
      });
    },
  };
}

/** The files the entry needs without crossing into a lazy part of the app. */
function shellFiles(bundle: OutputBundle, isLazy: (moduleId: string) => boolean): Set<string> {
  const files = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    chunk.viteMetadata?.importedCss.forEach((f) => files.add(f));
    chunk.viteMetadata?.importedAssets.forEach((f) => files.add(f));
    const next = [...chunk.imports, ...chunk.dynamicImports];
    for (const name of next) {
      const target = bundle[name];
      if (target?.type !== "chunk") continue;
      // A lazy module behind a dynamic import: its own chunk, or a chunk the bundler
      // shares between it and other lazy modules (then without a facade module).
      const lazy = (target.facadeModuleId && isLazy(target.facadeModuleId)) || target.moduleIds.some(isLazy);
      if (chunk.dynamicImports.includes(name) && lazy) continue;
      visit(target);
    }
  };
  for (const item of Object.values(bundle)) if (item.type === "chunk" && item.isEntry) visit(item);
  // Stylesheets the HTML links directly.
  for (const item of Object.values(bundle)) {
    if (item.type === "asset" && item.fileName.endsWith(".css") && item.originalFileNames.some((n) => n.endsWith(".html"))) {
      files.add(item.fileName);
    }
  }
  return files;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}
