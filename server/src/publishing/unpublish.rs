//! Unpublishing: the item leaves the read side (its pin, its renderings by
//! cascade, its search entries) and auto-publish is turned off for it for
//! good, so a volunteer's next edit does not bring it back. One
//! transaction, one audit entry; the same for an editor, the volunteer
//! and the operator's `hospes unpublish`.

use rusqlite::Connection;
use serde_json::json;

use super::{auto_publish, publications};
use crate::audit::{self, Actor};
use crate::read_side::{projection, search};

/// Unpublishes `doc_id` (of `city`) as `actor`; whether there was anything
/// to undo (a pin, or auto-publish still on). Nothing is recorded when
/// there was not.
pub fn unpublish(conn: &mut Connection, doc_id: &str, city: &str, actor: &Actor, now: i64) -> rusqlite::Result<bool> {
    let tx = conn.transaction()?;
    search::remove(&tx, doc_id)?;
    // An archive entry is shown in every city it speaks about.
    let also_shown_in = crate::archive::publication::cities_shown_in(&tx, doc_id)?;
    let unpinned = publications::unpin(&tx, doc_id)?;
    crate::archive::publication::media_follows_publications(&tx, doc_id)?;
    // Also when nothing was pinned yet: auto-publish might pin it next.
    let stopped = auto_publish::stop(&tx, doc_id, now)?;
    if !unpinned && !stopped {
        return Ok(false);
    }
    projection::changed(&tx, city)?;
    for other in also_shown_in.iter().filter(|other| *other != city) {
        projection::changed(&tx, other)?;
    }
    let details = json!({ "document": doc_id, "autoPublishStopped": stopped });
    audit::record(&tx, actor, "unpublished", Some(city), details, now)?;
    tx.commit()?;
    Ok(true)
}
