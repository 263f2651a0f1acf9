//! The command line.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config::{DEFAULT_MAX_FRAME_BYTES, ServerConfig};

#[derive(Debug, Parser)]
#[command(name = "hospes", version, about = "A self-hosted, offline-first guide for cities that welcome newcomers")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web app, the read API and the sync endpoint.
    Serve(ServeArgs),
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Directory for the SQLite database (created if missing).
    #[arg(long, env = "HOSPES_DATA", default_value = "./hospes-data")]
    pub data: PathBuf,
    /// Address and port to listen on.
    #[arg(long, env = "HOSPES_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// Seed sample content when the data directory is empty.
    #[arg(long)]
    pub demo: bool,
    /// Largest WebSocket message accepted on /sync, in bytes.
    #[arg(long, env = "HOSPES_MAX_FRAME_BYTES", default_value_t = DEFAULT_MAX_FRAME_BYTES)]
    pub max_frame_bytes: usize,
    /// Fault injection for crash tests: delay every database commit by this
    /// many milliseconds. Hidden: never useful in production.
    #[arg(long, hide = true)]
    pub fault_slow_commits_ms: Option<u64>,
}

impl From<ServeArgs> for ServerConfig {
    fn from(args: ServeArgs) -> Self {
        ServerConfig {
            data_dir: args.data,
            listen: args.listen,
            demo: args.demo,
            max_frame_bytes: args.max_frame_bytes,
            slow_commits: args.fault_slow_commits_ms.map(std::time::Duration::from_millis),
        }
    }
}

/// Entry point of the `hospes` binary.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    crate::telemetry::init();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("hospes: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async {
        match cli.command {
            Command::Serve(args) => crate::startup::serve_until_signal(args.into()).await,
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!("{error:#}");
            eprintln!("hospes: {error}");
            ExitCode::FAILURE
        }
    }
}
