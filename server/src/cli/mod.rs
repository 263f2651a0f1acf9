//! The command line: `hospes serve` and the operator commands, one module
//! each ([`archive`], [`backup`], [`city`], [`content`], [`user`]); [`CommandError`]
//! and the data directory they open are shared.

pub mod archive;
pub mod backup;
pub mod city;
mod command;
pub mod content;
pub mod user;

pub use command::{CommandError, Workspace, document_from, open};

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
    /// Manage the cities this server hosts.
    #[command(subcommand)]
    City(CityCommand),
    /// Manage a city's archive groups (experts by experience).
    #[command(subcommand)]
    Group(GroupCommand),
    /// A group's multivoiced archive.
    #[command(subcommand)]
    Archive(ArchiveCommand),
    /// Manage accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Create a one-time invite link for a role (valid 7 days).
    Invite(InviteArgs),
    /// Publish a document: readers see it exactly as it is now.
    Publish {
        #[command(flatten)]
        data: DataArg,
        /// The document id or automerge: URL.
        document: String,
    },
    /// Take a document off the read side.
    Unpublish {
        #[command(flatten)]
        data: DataArg,
        document: String,
    },
    /// Write a city's published services as an HSDS 3.0 package (zip).
    ExportHsds {
        #[command(flatten)]
        data: DataArg,
        #[arg(long)]
        city: String,
        /// Where to write the zip.
        #[arg(long, default_value = "hsds.zip")]
        out: PathBuf,
    },
    /// Import an HSDS 3.0 package (zip) into a city and publish it.
    ImportHsds {
        #[command(flatten)]
        data: DataArg,
        file: PathBuf,
        #[arg(long)]
        city: String,
    },
    /// Copy the database to FILE, consistently, while a server serves.
    Backup {
        #[command(flatten)]
        data: DataArg,
        /// Where to write the copy (must not exist yet).
        file: PathBuf,
    },
    /// Restore a backup into an empty data directory (no server running on it).
    Restore {
        #[command(flatten)]
        data: DataArg,
        /// A file made by `hospes backup`.
        file: PathBuf,
    },
    /// Import a partner's iCalendar file as events of a city and publish
    /// them; importing the same calendar again updates its events.
    ImportIcs {
        #[command(flatten)]
        data: DataArg,
        file: PathBuf,
        #[arg(long)]
        city: String,
        /// A name for the partner calendar (events remember it).
        #[arg(long)]
        calendar: Option<String>,
        /// The language the calendar is written in.
        #[arg(long, default_value = "en")]
        language: String,
    },
}

#[derive(Debug, clap::Args)]
pub struct DataArg {
    /// Directory of the SQLite database.
    #[arg(long, env = "HOSPES_DATA", default_value = "./hospes-data")]
    pub data: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum CityCommand {
    /// Add a city with its configuration and index documents.
    Add {
        #[command(flatten)]
        data: DataArg,
        /// Short name in URLs: lowercase letters, digits, hyphens.
        #[arg(long)]
        slug: String,
        /// The city's name.
        #[arg(long)]
        name: String,
        /// IANA time zone of events and opening hours.
        #[arg(long, default_value = "UTC")]
        time_zone: String,
        /// The language items are written in first.
        #[arg(long, default_value = "en")]
        source_language: String,
        /// Another language, as TAG or TAG:FALLBACK (repeatable; a fallback
        /// must be listed before). Without a fallback: the source language.
        #[arg(long = "language")]
        languages: Vec<String>,
        /// Whether events volunteers write go live without review (true)
        /// or wait for an editor (false).
        #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
        volunteers_publish: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum GroupCommand {
    /// Add an archive group to a city.
    Add {
        #[command(flatten)]
        data: DataArg,
        #[arg(long)]
        city: String,
        #[arg(long)]
        slug: String,
        #[arg(long)]
        name: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ArchiveCommand {
    /// Write a group's archive as a zip: a manifest (JSON) of entries,
    /// voices, languages, consent and dates, a Markdown transcript per
    /// voice, and the recordings and photos. Withdrawn voices are never in it.
    Export {
        #[command(flatten)]
        data: DataArg,
        /// The group's short name.
        #[arg(long)]
        group: String,
        /// The city that hosts the group (needed only if several cities
        /// have a group of that name).
        #[arg(long)]
        city: Option<String>,
        /// The zip file to write.
        out: PathBuf,
    },
}

#[derive(Debug, clap::Args)]
pub struct RoleArgs {
    /// The city the role is held in.
    #[arg(long)]
    pub city: String,
    /// volunteer, translator, editor, group_member, group_moderator or city_admin.
    #[arg(long)]
    pub role: String,
    /// For translators: a language they translate into (repeatable).
    #[arg(long = "lang")]
    pub languages: Vec<String>,
    /// For group roles: the archive group.
    #[arg(long)]
    pub group: Option<String>,
}

impl From<RoleArgs> for crate::cli::user::RoleArgs {
    fn from(args: RoleArgs) -> Self {
        crate::cli::user::RoleArgs { city: args.city, role: args.role, languages: args.languages, group: args.group }
    }
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add an account with a role (or give an existing account another role).
    Add {
        #[command(flatten)]
        data: DataArg,
        #[command(flatten)]
        role: RoleArgs,
        /// Display name (a pseudonym is fine).
        #[arg(long)]
        name: String,
        /// A file holding the passphrase (never pass secrets as arguments).
        #[arg(long)]
        passphrase_file: PathBuf,
    },
}

#[derive(Debug, clap::Args)]
pub struct InviteArgs {
    #[command(flatten)]
    pub data: DataArg,
    #[command(flatten)]
    pub role: RoleArgs,
    /// The address people reach this server at, for the printed link.
    #[arg(long, env = "HOSPES_PUBLIC_URL", default_value = "http://127.0.0.1:8080")]
    pub base_url: String,
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
    /// The address of a reverse proxy in front of hospes (repeatable): its
    /// X-Forwarded-For is believed, so that rate limits tell clients apart.
    /// Addresses are never logged.
    #[arg(long = "trusted-proxy", env = "HOSPES_TRUSTED_PROXY", value_delimiter = ',')]
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Seconds a client has to send each request's headers; also how long
    /// an idle kept-alive connection stays open.
    #[arg(long = "header-timeout", value_name = "SECONDS", env = "HOSPES_HEADER_TIMEOUT", default_value_t = 10)]
    pub header_timeout_seconds: u64,
    /// Seconds a request (its body included) may take before it is
    /// answered 408.
    #[arg(long = "request-timeout", value_name = "SECONDS", env = "HOSPES_REQUEST_TIMEOUT", default_value_t = 30)]
    pub request_timeout_seconds: u64,
    /// Most HTTP connections served at once (more wait to be accepted).
    #[arg(long, env = "HOSPES_MAX_CONNECTIONS", default_value_t = 4096)]
    pub max_connections: usize,
    /// Fault injection for crash tests: delay every database commit by this
    /// many milliseconds. Hidden: never useful in production.
    #[arg(long, hide = true)]
    pub fault_slow_commits_ms: Option<u64>,
    /// For tests: how long a trusted volunteer's event must be left alone
    /// before the server publishes it. Hidden: the default suits people.
    #[arg(long, hide = true)]
    pub auto_publish_quiet_ms: Option<u64>,
}

impl From<ServeArgs> for ServerConfig {
    fn from(args: ServeArgs) -> Self {
        ServerConfig {
            data_dir: args.data,
            listen: args.listen,
            demo: args.demo,
            max_frame_bytes: args.max_frame_bytes,
            trusted_proxies: args.trusted_proxies,
            http: crate::http::serve::HttpLimits {
                header_read_timeout: std::time::Duration::from_secs(args.header_timeout_seconds.max(1)),
                max_connections: args.max_connections.max(1),
            },
            request_timeout: std::time::Duration::from_secs(args.request_timeout_seconds.max(1)),
            slow_commits: args.fault_slow_commits_ms.map(std::time::Duration::from_millis),
            auto_publish_quiet: args.auto_publish_quiet_ms.map_or(crate::publishing::auto_publish::QUIET, std::time::Duration::from_millis),
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
    let result: Result<(), Box<dyn std::error::Error>> = runtime.block_on(async {
        use crate::cli::{archive, backup, city, content, user};
        match cli.command {
            Command::Serve(args) => Ok(crate::startup::serve_until_signal(args.into()).await?),
            Command::City(CityCommand::Add { data, slug, name, time_zone, source_language, languages, volunteers_publish }) => {
                let mut settings = city::CitySettings::parse(&slug, &time_zone, &source_language, &languages, false)?;
                settings.volunteers_publish = volunteers_publish;
                Ok(city::add(&data.data, settings, &name).await?)
            }
            Command::Group(GroupCommand::Add { data, city, slug, name }) => Ok(city::add_group(&data.data, &city, &slug, &name).await?),
            Command::Archive(ArchiveCommand::Export { data, group, city, out }) => {
                Ok(archive::export(&data.data, &group, city.as_deref(), &out).await?)
            }
            Command::User(UserCommand::Add { data, role, name, passphrase_file }) => {
                Ok(user::add(&data.data, &name, &passphrase_file, role.into())?)
            }
            Command::Invite(InviteArgs { data, role, base_url }) => Ok(user::invite(&data.data, role.into(), &base_url)?),
            Command::Publish { data, document } => Ok(content::publish(&data.data, &document).await?),
            Command::Unpublish { data, document } => Ok(content::unpublish(&data.data, &document).await?),
            Command::Backup { data, file } => Ok(backup::backup(&data.data, &file)?),
            Command::Restore { data, file } => Ok(backup::restore(&data.data, &file)?),
            Command::ExportHsds { data, city, out } => Ok(content::export_hsds(&data.data, &city, &out).await?),
            Command::ImportHsds { data, file, city } => Ok(content::import_hsds(&data.data, &file, &city).await?),
            Command::ImportIcs { data, file, city, calendar, language } => {
                let calendar = calendar.unwrap_or_else(|| file.display().to_string());
                Ok(content::import_ics(&data.data, &file, &city, &calendar, &language).await?)
            }
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!("{error}");
            eprintln!("hospes: {error}");
            ExitCode::FAILURE
        }
    }
}
