// The reader's offline search folding (web/src/reader/search-folding.ts) run on the
// table the server's folding is tested with; prints what it makes of each word and
// text as JSON, which tests/tests/search_folding.rs compares with the server's.
//
//     node tests/js/search-folding.mjs
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";

// TypeScript: esbuild strips the types as the web build does.
const source = fileURLToPath(new URL("../../web/src/reader/search-folding.ts", import.meta.url));
const bundle = esbuild.buildSync({ entryPoints: [source], bundle: true, format: "esm", platform: "neutral", write: false });
const { foldWord, splitWords } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString("base64")}`);

const table = JSON.parse(readFileSync(new URL("../fixtures/content/search-folding.json", import.meta.url), "utf8"));
const words = [...table.alike.flat(), ...table.apart.flat()];
console.log(
  JSON.stringify({
    words: Object.fromEntries(words.map((word) => [word, foldWord(word)])),
    texts: Object.fromEntries(table.texts.map((text) => [text, splitWords(text).map(foldWord).filter(Boolean)])),
  }),
);
