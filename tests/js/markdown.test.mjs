// Property tests of the reader's Markdown renderer (web/src/reader/markdown.ts):
// whatever an article holds, rendering it never throws, never makes markup
// other than the subset's elements, never links anywhere but this site's
// paths, http(s), mailto: and tel:, never invents text and never drops
// plain text. Run by tests/tests/reader_markdown.rs:
//
//     node --test tests/js/markdown.test.mjs
//
// HOSPES_MARKDOWN_RUNS sets the number of cases per property (default
// 2000); HOSPES_MARKDOWN_SEED replays a failure's seed.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";
import fc from "fast-check";
import { Window } from "happy-dom";

const ORIGIN = "https://guide.example";
const window = new Window({ url: `${ORIGIN}/sample-city/en/articles/first-steps` });
globalThis.document = window.document;
globalThis.location = window.location;
after(() => window.happyDOM.close());

// The renderer is TypeScript; esbuild strips the types (and bundles its one
// import) the way the web build does.
const source = fileURLToPath(new URL("../../web/src/reader/markdown.ts", import.meta.url));
const bundle = esbuild.buildSync({ entryPoints: [source], bundle: true, format: "esm", platform: "neutral", write: false });
const { renderMarkdown } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString("base64")}`);

const runs = Number(process.env.HOSPES_MARKDOWN_RUNS ?? 2000);
const seed = process.env.HOSPES_MARKDOWN_SEED === undefined ? undefined : Number(process.env.HOSPES_MARKDOWN_SEED);
const settings = { numRuns: runs, seed, endOnFailure: false };

// Pieces of Markdown, of hostile markup and of link targets, so that
// generated articles are dense in what the renderer decides on.
const PIECES = [
  "**", "*", "_", "[", "]", "(", ")", "](", "# ", "## ", "### ", "#### ", "##### ", "#", "- ", "* ", "+ ", "1. ", "2) ",
  "\n", "\n\n", "\r\n", "\r", " ", "  ", "\t", "\u00a0", "\u2028", "\u2029", "\u200b", "\u202e",
  "https://evil.example/x", "http://guide.example/", "https://guide.example/sample-city", "//evil.example", "/\\evil.example",
  "\\\\evil.example", "/sample-city/en", "./here", "../up", "?q=1", "#top", "javascript:alert(1)", "JaVaScRiPt:alert(1)",
  " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "mailto:a@b.example",
  "MAILTO:a@b.example", "tel:+32 4 123", "tel:", "https://", "https://user:pass@evil.example", "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>", "\" onmouseover=\"alert(1)", "&lt;", "&amp;", "كلمة", "слово", "🙂", "word",
];
const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4, unit: "binary" }));
const link = fc.tuple(fc.array(piece, { maxLength: 4 }), fc.array(piece, { maxLength: 3 })).map(([label, href]) => `[${label.join("") || "x"}](${href.join("")})`);
const inlines = fc.array(fc.oneof({ weight: 4, arbitrary: piece }, { weight: 1, arbitrary: link }), { maxLength: 12 }).map((parts) => parts.join(""));
// Lines with what starts a block (headings, list items, indentation), so
// that blocks meet each other often.
const LINE_STARTS = ["", "", "# ", "## ", "### ", "#### ", "##### ", "#", " # ", "- ", "* ", "1. ", "  ", "	"];
const markdownLine = fc.tuple(fc.constantFrom(...LINE_STARTS), inlines).map(([start, rest]) => start + rest);
const markdown = fc.array(fc.tuple(markdownLine, fc.constantFrom("\n", "\n", "\n\n", "\r\n", " \n")), { maxLength: 10 }).map((lines) => lines.flat().join(""));
const article = fc.oneof(markdown, inlines, fc.string({ maxLength: 300, unit: "binary" }), fc.string({ maxLength: 300, unit: "grapheme" }));
const topLevel = fc.integer({ min: 1, max: 4 });

const ELEMENTS = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "UL", "OL", "LI", "STRONG", "EM", "A"]);

/** The text a reader sees, blocks apart. */
function shownText(holder) {
  return [...holder.children].map((block) => block.textContent).join("\n");
}

function render(text, level) {
  const holder = document.createElement("div");
  holder.append(renderMarkdown(text, level));
  return holder;
}

const withoutWhitespace = (text) => [...text.replace(/\s/g, "")];

test("rendering never throws and makes only the subset's elements, without attributes but a link's", () => {
  fc.assert(
    fc.property(article, topLevel, (text, level) => {
      const holder = render(text, level);
      for (const element of holder.querySelectorAll("*")) {
        assert.ok(ELEMENTS.has(element.tagName), `unexpected <${element.tagName}> from ${JSON.stringify(text)}`);
        for (const { name } of element.attributes) {
          assert.ok(element.tagName === "A" && (name === "href" || name === "rel"), `attribute ${name} on <${element.tagName}> from ${JSON.stringify(text)}`);
        }
      }
    }),
    settings,
  );
});

test("links go only to this site, http(s) with a host, mailto: or tel:; other sites' with noopener", () => {
  fc.assert(
    fc.property(article, topLevel, (text, level) => {
      for (const a of render(text, level).querySelectorAll("a")) {
        const href = a.getAttribute("href");
        const url = new URL(href, location.href);
        const where = `${JSON.stringify(href)} from ${JSON.stringify(text)}`;
        assert.ok(["https:", "http:", "mailto:", "tel:"].includes(url.protocol), `link to ${where}`);
        if (url.protocol.startsWith("http")) {
          assert.ok(url.hostname !== "", `link without a host: ${where}`);
          if (url.origin !== ORIGIN) assert.equal(a.getAttribute("rel"), "noopener noreferrer", `other site without noopener: ${where}`);
          // A path is taken as one on this site: it must stay here.
          if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) assert.equal(url.origin, ORIGIN, `path off the site: ${where}`);
        }
      }
    }),
    settings,
  );
});

test("rendering never invents text: what it shows is the source's, in order", () => {
  fc.assert(
    fc.property(article, topLevel, (text, level) => {
      const shown = shownText(render(text, level));
      const written = withoutWhitespace(text);
      let at = 0;
      for (const char of withoutWhitespace(shown)) {
        while (at < written.length && written[at] !== char) at++;
        if (at === written.length) assert.fail(`${JSON.stringify(shown)} is not from ${JSON.stringify(text)}`);
        at++;
      }
    }),
    settings,
  );
});

test("plain text comes through whole", () => {
  // Words without Markdown's characters, in lines and paragraphs.
  const word = fc.stringMatching(/^[A-Za-zÀ-ÿ\u0600-\u06ff\u0400-\u04ff,;:!?'"<>&=/\\]{1,12}$/);
  const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(" "));
  const plain = fc.array(fc.tuple(line, fc.constantFrom("\n", "\n\n", "\r\n", "  \n")), { maxLength: 10 }).map((lines) => lines.flat().join(""));
  fc.assert(
    fc.property(plain, topLevel, (text, level) => {
      const words = (value) => value.split(/\s+/).filter(Boolean);
      assert.deepEqual(words(shownText(render(text, level))), words(text));
    }),
    settings,
  );
});

test("the body's biggest headings get the level asked for, and none is bigger", () => {
  fc.assert(
    fc.property(article, topLevel, (text, level) => {
      const levels = [...render(text, level).querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1]));
      if (levels.length === 0) return;
      assert.equal(Math.min(...levels), Math.min(level, 6), `heading levels ${levels} for ${level} from ${JSON.stringify(text)}`);
    }),
    settings,
  );
});

// Found by the property above: lines that start with `#` but are drawn as
// text counted as headings, and pushed every real heading a level deeper.
test("a lone # or a list item's indented # line does not push the headings down", () => {
  const html = (text) => render(text, 2).innerHTML;
  assert.equal(html("# \n\n## Real"), "<p>#</p><h2>Real</h2>");
  assert.equal(html("- item\n  # continued\n\n## Real"), "<ul><li>item # continued</li></ul><h2>Real</h2>");
  assert.equal(html("# Top\n\n## Under"), "<h2>Top</h2><h3>Under</h3>");
  assert.equal(html("no headings"), "<p>no headings</p>");
});
