//! Acceptance: once the server has told a client it has a change (its sync
//! heads include it), a SIGKILL loses nothing of it.
//!
//! samod sends a document's sync replies in the same step as it issues the
//! storage writes for the changes they acknowledge; hospes holds each reply
//! until those writes have committed (`hospes_sync::durability`). Each round
//! here edits several documents at once and kills the server the moment the
//! first acknowledgement arrives, while the others are still in flight; after
//! a restart every change that was acknowledged must be there.

use std::collections::HashSet;
use std::time::Duration;

use futures::FutureExt;
use futures::stream::{FuturesUnordered, StreamExt};
use hospes_tests::{ServerProcess, client, server};
use samod::ConnectionId;

const ROUNDS: usize = 6;
const DOCUMENTS: usize = 8;

#[tokio::test]
async fn acknowledged_changes_survive_sigkill() {
    rounds_of_kill_after_acknowledgement(&[]).await;
}

/// The same with every commit slowed down, which makes the window between a
/// reply and its write wide: without the durability gate this loses
/// acknowledged changes in nearly every round.
#[tokio::test]
async fn acknowledged_changes_survive_sigkill_when_commits_are_slow() {
    rounds_of_kill_after_acknowledgement(&["--fault-slow-commits-ms", "40"]).await;
}

async fn rounds_of_kill_after_acknowledgement(server_args: &[&str]) {
    let dir = server::data_dir();
    let addr = server::free_local_addr();
    let hospes = ServerProcess::start_on(dir.path(), addr, server_args).await;
    let editor = hospes.city_with_editor("liege", "amal").await;
    let phone = client::repo(&editor).await;
    let mut handles = Vec::new();
    for _ in 0..DOCUMENTS {
        handles.push(hospes.new_service(&phone, &editor, "liege").await);
    }
    hospes.kill().await;
    let dialer = client::dial(&phone, &format!("ws://{addr}/sync"), &editor);

    let mut acknowledged: HashSet<(usize, usize)> = HashSet::new();
    let mut previous_connection: Option<ConnectionId> = None;
    for round in 0..ROUNDS {
        let hospes = ServerProcess::start_on(dir.path(), addr, server_args).await;
        let connection = wait_for_new_connection(&dialer, previous_connection).await;
        previous_connection = Some(connection);

        for handle in &handles {
            client::put(handle, &format!("round {round}"), "acknowledged");
        }
        let mut acks: FuturesUnordered<_> =
            handles.iter().enumerate().map(|(n, handle)| handle.they_have_our_changes(connection).map(move |()| n)).collect();
        let first = tokio::time::timeout(Duration::from_secs(20), acks.next())
            .await
            .expect("the server acknowledges within 20 s")
            .expect("at least one document");
        // No grace period: the server dies the moment it has acknowledged.
        hospes.kill().await;
        acknowledged.insert((first, round));
        // Replies already on their way count as acknowledged too.
        while let Some(Some(n)) = acks.next().now_or_never() {
            acknowledged.insert((n, round));
        }
    }
    dialer.close();

    let hospes = ServerProcess::start_on(dir.path(), addr, &[]).await;
    let checking_session = hospes.sign_in(&editor.name, &editor.passphrase).await;
    let checker = client::repo(&checking_session).await;
    let _dialer = client::connect(&checker, &hospes.sync_url(), &checking_session).await;
    for (n, handle) in handles.iter().enumerate() {
        if !(0..ROUNDS).any(|round| acknowledged.contains(&(n, round))) {
            continue; // never acknowledged: the server may not have it
        }
        let found = checker
            .find(handle.document_id().clone())
            .await
            .expect("the repo runs")
            .unwrap_or_else(|| panic!("acknowledged document {n} was lost"));
        for round in 0..ROUNDS {
            if acknowledged.contains(&(n, round)) {
                assert_eq!(
                    client::get(&found, &format!("round {round}")).as_deref(),
                    Some("acknowledged"),
                    "document {n} lost its acknowledged change of round {round}"
                );
            }
        }
    }
    assert!(acknowledged.len() >= ROUNDS, "every round acknowledged something");
}

/// Waits until the dialer has reconnected on a connection other than `old`.
async fn wait_for_new_connection(
    dialer: &samod::DialerHandle<tokio_tungstenite::tungstenite::Error>,
    old: Option<ConnectionId>,
) -> ConnectionId {
    tokio::time::timeout(Duration::from_secs(30), async {
        loop {
            if let Some(connection) = dialer.connection_id().filter(|id| Some(*id) != old)
                && dialer.is_connected()
            {
                return connection;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("the phone reconnects within 30 s")
}
