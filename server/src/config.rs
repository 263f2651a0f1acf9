//! Settings for a running server.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

use crate::http::serve::HttpLimits;

/// The database file inside the data directory.
pub const DATABASE_FILE: &str = "hospes.sqlite";

/// The largest sync frame a client may send unless configured otherwise.
/// Large enough for a first sync of a big document, small enough that one
/// client cannot make the server buffer arbitrary amounts of memory.
pub const DEFAULT_MAX_FRAME_BYTES: usize = 16 * 1024 * 1024;

/// Everything `hospes serve` needs to run.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Directory holding the SQLite file (created if missing).
    pub data_dir: PathBuf,
    /// Address to listen on; port 0 picks a free port.
    pub listen: SocketAddr,
    /// Seed sample content into an empty data directory.
    pub demo: bool,
    /// Largest WebSocket message accepted on `/sync`.
    pub max_frame_bytes: usize,
    /// Reverse proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<IpAddr>,
    /// Header-read (and idle) timeout, connection limit.
    pub http: HttpLimits,
    /// Longest a request may take.
    pub request_timeout: Duration,
    /// Fault injection for the crash tests: delay every database commit.
    pub slow_commits: Option<Duration>,
    /// How long a trusted volunteer's event must be left alone before the
    /// server publishes it ([`crate::publishing::auto_publish::QUIET`] unless a test
    /// says otherwise).
    pub auto_publish_quiet: Duration,
}

impl ServerConfig {
    /// The SQLite file inside the data directory.
    pub fn database_path(&self) -> PathBuf {
        self.data_dir.join(DATABASE_FILE)
    }
}
