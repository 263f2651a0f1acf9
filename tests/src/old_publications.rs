//! Publications as an earlier hospes could have left them: it published
//! values it no longer accepts (a web address without a host, a phone
//! number in words, a Markdown link to `/\host`). Tests write such values
//! into the stored renderings directly, the one way they can still get
//! there, to show readers' pages cope with them.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, params};
use serde_json::Value;

/// Rewrites every language's stored rendering of `document` with `change`
/// (given the whole rendering: `item`, `json_ld`, ...), beside the running
/// server (SQLite lets the two take turns).
pub fn rewrite(database: &Path, document: &str, change: impl Fn(&mut Value)) {
    let mut conn = Connection::open(database).expect("the database opens");
    conn.busy_timeout(Duration::from_secs(30)).expect("a busy timeout");
    let tx = conn.transaction().expect("a transaction");
    let rows: Vec<(String, String)> = {
        let mut select = tx.prepare("SELECT language, body FROM published_items WHERE doc_id = ?1").expect("a query");
        select.query_map([document], |row| Ok((row.get(0)?, row.get(1)?))).expect("rows").collect::<Result<_, _>>().expect("readable")
    };
    assert!(!rows.is_empty(), "{document} is not published");
    for (language, body) in rows {
        let mut rendering: Value = serde_json::from_str(&body).expect("JSON");
        change(&mut rendering);
        tx.execute(
            "UPDATE published_items SET body = ?3 WHERE doc_id = ?1 AND language = ?2",
            params![document, language, rendering.to_string()],
        )
        .expect("updated");
    }
    tx.commit().expect("committed");
}
