//! One search folding on both sides: the server's
//! (`hospes_content::reading::search_folding`, its search index) and the
//! reader's offline search (`web/src/reader/search-folding.ts`, run by
//! `tests/js/search-folding.mjs`) fold every word and text of
//! `tests/fixtures/content/search-folding.json` to the same words.

use std::collections::BTreeMap;

use hospes_content::reading::search_folding::fold;
use hospes_tests::node;
use serde_json::Value;

#[derive(serde::Deserialize)]
struct Table {
    alike: Vec<Vec<String>>,
    apart: Vec<Vec<String>>,
    texts: Vec<String>,
}

#[derive(serde::Deserialize)]
struct Reader {
    words: BTreeMap<String, String>,
    texts: BTreeMap<String, Vec<String>>,
}

fn table() -> Table {
    serde_json::from_str(include_str!("../fixtures/content/search-folding.json")).expect("the table is JSON")
}

/// The words of a folded text, as the server's index splits them.
fn server_words(text: &str) -> Vec<String> {
    fold(text).split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).map(str::to_string).collect()
}

#[test]
fn the_table_folds_as_it_says() {
    let table = table();
    for group in &table.alike {
        let folded: Vec<String> = group.iter().map(|word| fold(word)).collect();
        assert!(folded.iter().all(|word| *word == folded[0]), "{group:?} fold alike, not to {folded:?}");
    }
    for group in &table.apart {
        let folded: Vec<String> = group.iter().map(|word| fold(word)).collect();
        let distinct: std::collections::BTreeSet<&String> = folded.iter().collect();
        assert_eq!(distinct.len(), group.len(), "{group:?} stay apart, not {folded:?}");
    }
}

#[tokio::test]
async fn the_reader_folds_every_word_as_the_server_does() {
    let table = table();
    let output = node::node(&["search-folding.mjs"]).output().await.expect("node runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let reader: Reader = serde_json::from_slice::<Value>(&output.stdout).and_then(serde_json::from_value).expect("the script prints JSON");
    for word in table.alike.iter().chain(&table.apart).flatten() {
        assert_eq!(reader.words[word], fold(word), "{word:?}: the reader's folding, then the server's");
    }
    for text in &table.texts {
        assert_eq!(reader.texts[text], server_words(text), "{text:?}: the reader's words, then the server's");
    }
}
