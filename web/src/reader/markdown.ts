/**
 * The articles' Markdown subset (the content model's: paragraphs, `#` headings,
 * `-`/`1.` lists, `**strong**`, `*emphasis*`, `[links](https://…)`) drawn as DOM nodes.
 *
 * Text only ever becomes text nodes, never markup, so an article cannot inject
 * anything into the page; links keep to this site's paths, http(s), mailto and tel.
 * A full CommonMark library would add its weight plus a sanitizer to every reader's
 * first visit for features the editors do not have.
 */

import { linkTarget } from "../content/addresses.js";

/** `topLevel`: the heading level the body's biggest headings get (below the page's title). */
export function renderMarkdown(source: string, topLevel = 2): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const text = source.replace(/\r\n?/g, "\n");
  // Headings wait in place until all are known: their levels depend on the biggest.
  const headings: { placeholder: Comment; level: number; content: DocumentFragment }[] = [];
  const blocks = text.split(/\n\s*\n/);
  for (const block of blocks) {
    const lines = block.split("\n").filter((line) => line.trim() !== "");
    if (lines.length === 0) continue;
    let i = 0;
    let paragraph: string[] = [];
    const flushParagraph = () => {
      if (paragraph.length === 0) return;
      const p = document.createElement("p");
      p.append(inline(paragraph.join(" ")));
      fragment.append(p);
      paragraph = [];
    };
    while (i < lines.length) {
      const line = lines[i]!;
      const heading = /^(#{1,4})\s+(.*)$/.exec(line.trim());
      if (heading) {
        flushParagraph();
        const placeholder = document.createComment("");
        headings.push({ placeholder, level: heading[1]!.length, content: inline(heading[2]!) });
        fragment.append(placeholder);
        i++;
        continue;
      }
      const bullet = /^\s*[-*+]\s+/;
      const numbered = /^\s*\d+[.)]\s+/;
      const marker = bullet.test(line) ? bullet : numbered.test(line) ? numbered : null;
      if (marker) {
        flushParagraph();
        const list = document.createElement(marker === bullet ? "ul" : "ol");
        while (i < lines.length && marker.test(lines[i]!)) {
          const li = document.createElement("li");
          let text = lines[i]!.replace(marker, "");
          // A continuation line (indented, no marker) belongs to the item.
          while (i + 1 < lines.length && !bullet.test(lines[i + 1]!) && !numbered.test(lines[i + 1]!) && /^\s+/.test(lines[i + 1]!)) {
            text += " " + lines[++i]!.trim();
          }
          li.append(inline(text));
          list.append(li);
          i++;
        }
        fragment.append(list);
        continue;
      }
      paragraph.push(line.trim());
      i++;
    }
    flushParagraph();
  }
  // The body's biggest headings sit right under the title, whatever number of `#`
  // the writer used, so no heading level is skipped. Counted from the headings
  // drawn, not from every line that starts with `#` (a lone `#`, a list item's
  // indented continuation), which would push them all a level deeper.
  const shift = topLevel - Math.min(...headings.map((h) => h.level));
  for (const { placeholder, level, content } of headings) {
    const h = document.createElement(`h${Math.min(level + shift, 6)}`);
    h.append(content);
    placeholder.replaceWith(h);
  }
  return fragment;
}

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|_(.+?)_|\[([^\]]+)\]\(([^)\s]+)\)/g;

function inline(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    fragment.append(text.slice(last, match.index));
    const [, strong, em1, em2, label, href] = match;
    if (strong !== undefined) {
      const b = document.createElement("strong");
      b.append(inline(strong));
      fragment.append(b);
    } else if (em1 !== undefined || em2 !== undefined) {
      const em = document.createElement("em");
      em.append(inline((em1 ?? em2)!));
      fragment.append(em);
    } else if (label !== undefined && href !== undefined) {
      fragment.append(link(label, href));
    }
    last = match.index + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

/**
 * A link only to where the server lets articles link (../content/addresses.js): a
 * path on this site, an http(s) address with a host, mailto: or tel:. Anything else,
 * such as `/\host` or `//host` that browsers take to another site, stays text.
 */
function link(label: string, href: string): Node {
  const target = linkTarget(href);
  if (!target || (target.kind === "path" && new URL(target.href, location.href).origin !== location.origin)) {
    return document.createTextNode(label);
  }
  const a = document.createElement("a");
  a.href = target.href;
  a.append(inline(label));
  if (target.kind === "web" && new URL(target.href).origin !== location.origin) a.rel = "noopener noreferrer";
  return a;
}
