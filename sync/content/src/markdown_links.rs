//! The links in a text of the articles' Markdown subset, as the reader's
//! renderer (`web/src/reader/markdown.ts`) finds them: `[label](target)`,
//! the target without spaces or `)`.
//!
//! The renderer reads blocks and lines, joins them with spaces and strips
//! list and heading markers; none of that can make a `](target)` that is
//! not in the text as written. So every `](target)` here, whether or not
//! the renderer would make a link of it, is a superset of the links
//! readers get. (An image, `![alt](src)`, is not drawn as an image by the
//! renderer but its `](src)` is found here too.)

/// One `[label](target)` of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkdownLink<'a> {
    /// The text between the brackets; empty if the `](` has no `[` before it.
    pub label: &'a str,
    pub target: &'a str,
}

/// Every link of `text`, in order.
pub fn links(text: &str) -> Vec<MarkdownLink<'_>> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(offset) = text[from..].find("](") {
        let close = from + offset;
        let target_start = close + 2;
        let rest = &text[target_start..];
        let target_len = rest.find(|c: char| c == ')' || c.is_whitespace()).unwrap_or(rest.len());
        if target_len > 0 && rest[target_len..].starts_with(')') {
            // The label starts at the first `[` after the last `]` before
            // this one, as the renderer's leftmost match does.
            let before = &text[..close];
            let stretch_start = before.rfind(']').map_or(0, |at| at + 1);
            let label = before[stretch_start..].find('[').map_or("", |at| &before[stretch_start + at + 1..]);
            found.push(MarkdownLink { label, target: &rest[..target_len] });
        }
        from = target_start;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(text: &str) -> Vec<(&str, &str)> {
        links(text).into_iter().map(|link| (link.label, link.target)).collect()
    }

    #[test]
    fn finds_what_the_renderer_links() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("no links here", &[]),
            ("[x](/\\evil.example/x)", &[("x", "/\\evil.example/x")]),
            (
                "See [the office](https://example.org) and [us](mailto:a@example.org).",
                &[("the office", "https://example.org"), ("us", "mailto:a@example.org")],
            ),
            ("**[bold](/guide)**", &[("bold", "/guide")]),
            ("- [in a list](/a)\n  continued [here](/b)", &[("in a list", "/a"), ("here", "/b")]),
            ("![an image](https://example.org/i.png)", &[("an image", "https://example.org/i.png")]),
            ("[label with [brackets](/c)", &[("label with [brackets", "/c")]),
            ("[a](/x)[b](/y)", &[("a", "/x"), ("b", "/y")]),
            ("a](/no-label)", &[("", "/no-label")]),
            // Not links for the renderer either: a space or no `)`.
            ("[x](/a b)", &[]),
            ("[x](/unclosed", &[]),
            ("[x]()", &[]),
            ("[x](\n/a)", &[]),
            ("[é](/ü)", &[("é", "/ü")]),
        ];
        for (text, expected) in cases {
            assert_eq!(pairs(text), *expected, "{text:?}");
        }
    }
}
