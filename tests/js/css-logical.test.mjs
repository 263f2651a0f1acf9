// Layout uses CSS logical properties only (inline/block, start/end), so that
// right-to-left locales mirror by themselves: no physical left/right in the built
// CSS (web/dist/assets/*.css) nor in the sources (web/src/**/*.css). The sources
// also parse as whole stylesheets (PostCSS): a browser takes an unclosed rule
// silently, nesting every later rule inside it, so nothing else would notice.
//
//     (cd web && npm run build) && node --test tests/js/css-logical.test.mjs
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import postcss from "postcss";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const WEB = join(ROOT, "web");
const DIST_ASSETS = join(WEB, "dist", "assets");

/** Physical left/right declarations, each with the logical one to use instead. */
const RULES = [
  // margin-left, padding-right, scroll-margin-left, scroll-padding-right
  [/(?<![\w-])(?:scroll-)?(?:margin|padding)-(?:left|right)\s*:/, "margin-/padding-inline-start/end"],
  // border-left, border-right-width, border-left-color, ...
  [/(?<![\w-])border-(?:left|right)(?:-[a-z]+)?\s*:/, "border-inline-start/end(-*)"],
  // border-top-left-radius, border-bottom-right-radius
  [/(?<![\w-])border-(?:top|bottom)-(?:left|right)-radius\s*:/, "border-start-start-radius etc."],
  // left: / right: as properties
  [/(?<![\w-])(?:left|right)\s*:/, "inset-inline-start/end"],
  [/(?<![\w-])text-align\s*:\s*(?:left|right)\b/, "text-align: start/end"],
  [/(?<![\w-])float\s*:\s*(?:left|right)\b/, "float: inline-start/inline-end"],
  [/(?<![\w-])clear\s*:\s*(?:left|right)\b/, "clear: inline-start/inline-end"],
];

/** Blanks out comments and strings, keeping every offset (and so every line) in place. */
function blankCommentsAndStrings(css) {
  return css.replace(/\/\*[\s\S]*?\*\/|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g, (m) => m.replace(/[^\n]/g, " "));
}

/** Every physical declaration in a CSS text: line, the declaration, and the fix. */
export function physicalDeclarations(css) {
  const clean = blankCommentsAndStrings(css);
  const found = [];
  for (const [rule, instead] of RULES) {
    const global = new RegExp(rule.source, "g");
    for (const match of clean.matchAll(global)) {
      const start = match.index;
      // Only declarations: the name must begin one (after `{`, `;` or the start of a line).
      const before = clean.slice(0, start).trimEnd();
      if (before !== "" && !/[{;]$/.test(before) && !/\n\s*$/.test(clean.slice(0, start))) continue;
      let end = start;
      while (end < clean.length && clean[end] !== ";" && clean[end] !== "}" && clean[end] !== "\n") end++;
      found.push({
        line: clean.slice(0, start).split("\n").length,
        declaration: css.slice(start, end).trim(),
        instead,
      });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

function cssFilesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...cssFilesUnder(path));
    else if (entry.name.endsWith(".css")) out.push(path);
  }
  return out;
}

function check(files) {
  const problems = [];
  for (const file of files) {
    for (const { line, declaration, instead } of physicalDeclarations(readFileSync(file, "utf8"))) {
      problems.push(`${relative(ROOT, file)}:${line}: ${declaration}  (use ${instead})`);
    }
  }
  assert.deepEqual(problems, [], `physical left/right in CSS, use logical properties:\n  ${problems.join("\n  ")}`);
}

test("the checker finds physical declarations and passes logical ones", () => {
  const css = [
    ".a { margin-left: 1rem; padding-inline-start: 1rem }",
    ".b{right:0;inset-inline-end:0}",
    ".c {",
    "  text-align: left;",
    "  text-align: start;",
    "  border-top-right-radius: 2px;",
    "  border-left-color: red;",
    "  float: right;",
    "  clear: left;",
    "  content: \"left: x\"; /* margin-right: 0 */",
    "}",
    "a:hover { color: red }",
  ].join("\n");
  assert.deepEqual(
    physicalDeclarations(css).map((d) => `${d.line}: ${d.declaration}`),
    [
      "1: margin-left: 1rem",
      "2: right:0",
      "4: text-align: left",
      "6: border-top-right-radius: 2px",
      "7: border-left-color: red",
      "8: float: right",
      "9: clear: left",
    ],
  );
});

test("the built app's CSS uses logical properties only", () => {
  assert.ok(
    existsSync(DIST_ASSETS),
    `${relative(ROOT, DIST_ASSETS)} is missing: build the web app first (cd web && npm ci && npm run build)`,
  );
  const files = readdirSync(DIST_ASSETS)
    .filter((f) => f.endsWith(".css"))
    .map((f) => join(DIST_ASSETS, f));
  assert.ok(files.length > 0, `no CSS in ${relative(ROOT, DIST_ASSETS)}: build the web app first (cd web && npm run build)`);
  check(files);
});

test("the web app's CSS sources use logical properties only", () => {
  const files = cssFilesUnder(join(WEB, "src"));
  assert.ok(files.length > 0, "no CSS under web/src");
  check(files);
});

test("the web app's CSS sources are whole stylesheets, every block closed", () => {
  const problems = [];
  for (const file of cssFilesUnder(join(WEB, "src"))) {
    try {
      postcss.parse(readFileSync(file, "utf8"), { from: file });
    } catch (error) {
      problems.push(`${relative(ROOT, file)}:${error.line}:${error.column}: ${error.reason ?? error.message}`);
    }
  }
  assert.deepEqual(problems, [], `CSS that does not parse:\n  ${problems.join("\n  ")}`);
});

test("the stylesheet check finds an unclosed rule", () => {
  assert.throws(() => postcss.parse(".add-form {\n  display: grid;\n.later { color: red }\n"), /Unclosed block/);
});
