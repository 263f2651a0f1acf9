//! Starting, stopping and killing the real `hospes` binary.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};
use tokio::sync::Notify;

/// How long a server may take to start before a test gives up.
const START_TIMEOUT: Duration = Duration::from_secs(60);

/// A running `hospes serve` process. Killed when dropped.
pub struct ServerProcess {
    child: Child,
    pub addr: SocketAddr,
    pub data_dir: PathBuf,
    log: Arc<Log>,
    stdout: Arc<Log>,
}

/// The log filter servers run with unless a test asks for another.
const LOG_FILTER: &str = "info,samod=warn,samod_core=warn";

#[derive(Default)]
struct Log {
    text: Mutex<String>,
    appended: Notify,
}

impl ServerProcess {
    /// The `hospes` binary cargo built next to this test binary.
    pub fn binary() -> PathBuf {
        let exe = std::env::current_exe().expect("the test binary has a path");
        // target/<profile>/deps/<test> -> target/<profile>/hospes
        let profile_dir = exe.parent().and_then(Path::parent).expect("test binaries live in target/<profile>/deps");
        let binary = profile_dir.join(format!("hospes{}", std::env::consts::EXE_SUFFIX));
        assert!(binary.exists(), "{} is missing: run the tests with `cargo nextest run --workspace`, which builds it", binary.display());
        binary
    }

    /// Starts a server on a free port with the given data directory.
    pub async fn start(data_dir: &Path, extra_args: &[&str]) -> ServerProcess {
        Self::start_on(data_dir, "127.0.0.1:0".parse().expect("valid"), extra_args).await
    }

    /// Starts a server on a given address (to restart on the same port).
    pub async fn start_on(data_dir: &Path, listen: SocketAddr, extra_args: &[&str]) -> ServerProcess {
        Self::start_with(data_dir, listen, extra_args, LOG_FILTER).await
    }

    /// [`Self::start`] with another `RUST_LOG` filter (to see debug lines).
    pub async fn start_logging(data_dir: &Path, extra_args: &[&str], log_filter: &str) -> ServerProcess {
        Self::start_with(data_dir, "127.0.0.1:0".parse().expect("valid"), extra_args, log_filter).await
    }

    async fn start_with(data_dir: &Path, listen: SocketAddr, extra_args: &[&str], log_filter: &str) -> ServerProcess {
        let mut child = Command::new(Self::binary())
            .arg("serve")
            .arg("--data")
            .arg(data_dir)
            .arg("--listen")
            .arg(listen.to_string())
            .args(extra_args)
            .env("RUST_LOG", log_filter)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("the hospes binary starts");

        let log = Arc::new(Log::default());
        collect(child.stderr.take().expect("stderr is piped"), log.clone());
        let stdout = Arc::new(Log::default());
        collect(child.stdout.take().expect("stdout is piped"), stdout.clone());

        let marker = "listening on http://";
        let line = tokio::select! {
            line = tokio::time::timeout(START_TIMEOUT, wait_for(&log, marker)) => line.ok(),
            status = child.wait() => {
                // Let the log reader catch up with the last lines.
                tokio::time::sleep(Duration::from_millis(100)).await;
                panic!("hospes exited ({status:?}); its log:\n{}", log.text.lock().unwrap())
            }
        };
        let line = line.unwrap_or_else(|| panic!("hospes did not start; its log:\n{}", log.text.lock().unwrap()));
        let addr = line[line.find(marker).expect("found") + marker.len()..].trim().parse().expect("the server prints its socket address");
        ServerProcess { child, addr, data_dir: data_dir.to_path_buf(), log, stdout }
    }

    pub fn http_url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub fn sync_url(&self) -> String {
        format!("ws://{}/sync", self.addr)
    }

    /// Everything the server has written to stderr (its log) so far.
    pub fn log(&self) -> String {
        self.log.text.lock().expect("log lock").clone()
    }

    /// Everything the server has printed on stdout (the terminal) so far.
    pub fn stdout(&self) -> String {
        self.stdout.text.lock().expect("stdout lock").clone()
    }

    /// Waits until a line on stdout contains `needle`; returns that line.
    pub async fn wait_for_stdout(&self, needle: &str, timeout: Duration) -> Option<String> {
        tokio::time::timeout(timeout, wait_for(&self.stdout, needle)).await.ok()
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id().expect("the server is running")
    }

    /// Waits until a log line contains `needle`; returns that line.
    pub async fn wait_for_log(&self, needle: &str, timeout: Duration) -> Option<String> {
        tokio::time::timeout(timeout, wait_for(&self.log, needle)).await.ok()
    }

    /// SIGKILL: no shutdown code runs.
    pub async fn kill(mut self) {
        self.child.start_kill().expect("can signal the server");
        self.child.wait().await.expect("the server exits");
    }

    /// SIGTERM, then waits for the process to exit.
    pub async fn terminate(mut self) -> ExitStatus {
        let pid = self.child.id().expect("the server is running") as libc::pid_t;
        // SAFETY: kill(2) with a pid we own and a valid signal number.
        let sent = unsafe { libc::kill(pid, libc::SIGTERM) };
        assert_eq!(sent, 0, "SIGTERM could not be sent");
        tokio::time::timeout(Duration::from_secs(30), self.child.wait())
            .await
            .expect("the server exits within 30 s of SIGTERM")
            .expect("the server exits")
    }
}

/// Appends every line `stream` gives to `sink`.
fn collect(stream: impl tokio::io::AsyncRead + Unpin + Send + 'static, sink: Arc<Log>) {
    tokio::spawn(async move {
        let mut lines = BufReader::new(stream).lines();
        while let Ok(Some(line)) = lines.next_line().await {
            let mut text = sink.text.lock().expect("log lock");
            text.push_str(&line);
            text.push('\n');
            drop(text);
            sink.appended.notify_waiters();
        }
    });
}

async fn wait_for(log: &Log, needle: &str) -> String {
    loop {
        let appended = log.appended.notified();
        if let Some(line) = log.text.lock().expect("log lock").lines().find(|line| line.contains(needle)) {
            return line.to_string();
        }
        appended.await;
    }
}

/// A fresh, empty data directory, removed when dropped.
pub fn data_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary directory")
}

/// An HTTP client that keeps no connection alive between requests. The server
/// answers an oversized body before reading it and closes that connection; a
/// pooled client can race that close and send its next request down it.
pub fn unpooled_client() -> reqwest::Client {
    reqwest::Client::builder().pool_max_idle_per_host(0).build().expect("an HTTP client")
}

/// A port that is free now, to restart a server on the same address.
pub fn free_local_addr() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    listener.local_addr().expect("bound")
}
