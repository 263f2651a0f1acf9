//! Start-up and orderly shutdown.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use hospes_sync::durability::DurabilityGate;
use hospes_sync::storage::{SqliteStorage, StorageError, StorageOptions};
use samod::{AcceptorHandle, Repo};
use tokio::net::TcpListener;

use crate::access::ServerAccess;
use crate::accounts::attempt_limit::AttemptLimiter;
use crate::accounts::hashing_pool::HashingPool;
use crate::app_state::AppState;
use crate::config::ServerConfig;
use crate::data_lock::DataLock;
use crate::db::Db;
use crate::http::client::ClientKeys;
use crate::http::serve::HttpLimits;
use crate::media::MediaStore;
use crate::media::store::MEDIA_DIR;
use crate::publishing::auto_publish::AutoPublisher;
use crate::suggestions::limit::SuggestionLimiter;

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("cannot create the data directory {path}: {source}")]
    DataDir { path: String, source: std::io::Error },
    #[error("cannot open the database: {0}")]
    Storage(#[from] StorageError),
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },
    #[error("server error: {0}")]
    Serve(std::io::Error),
    #[error("cannot seed the demo content: {0}")]
    Demo(#[from] crate::cli::CommandError),
    #[error("{0}")]
    Locked(#[from] crate::data_lock::LockError),
}

/// A server that is bound and ready to serve.
pub struct Application {
    listener: TcpListener,
    router: axum::Router,
    repo: Repo,
    acceptor: AcceptorHandle,
    storage: SqliteStorage,
    auto_publisher: AutoPublisher,
    http_limits: HttpLimits,
    /// Held until the server has shut down.
    _lock: DataLock,
}

impl Application {
    /// Opens the database and the repo, seeds demo content if asked, binds.
    pub async fn build(config: ServerConfig) -> Result<Self, StartupError> {
        std::fs::create_dir_all(&config.data_dir)
            .map_err(|source| StartupError::DataDir { path: config.data_dir.display().to_string(), source })?;
        let lock = DataLock::acquire(&config.data_dir)?;
        let options = StorageOptions { slow_commits: config.slow_commits };
        if options.slow_commits.is_some() {
            tracing::warn!("fault injection: every database commit is delayed");
        }
        let storage = SqliteStorage::open_with(&config.database_path(), options)?;
        let db = Db::open(&config.database_path())?;
        let media = MediaStore::open(&config.data_dir)
            .map_err(|source| StartupError::DataDir { path: config.data_dir.join(MEDIA_DIR).display().to_string(), source })?;
        let access = ServerAccess::new(db.clone());
        let repo = hospes_sync::repo::open(storage.clone(), access.clone()).await;
        let attempts = Arc::new(AttemptLimiter::default());
        let suggestion_limiter = Arc::new(SuggestionLimiter::default());
        spawn_limiter_cleanup(&attempts, &suggestion_limiter);

        let listener = TcpListener::bind(config.listen).await.map_err(|source| StartupError::Bind { addr: config.listen, source })?;
        let local_addr = listener.local_addr().map_err(StartupError::Serve)?;
        if config.demo {
            crate::demo::seed_if_empty(&repo, &db, local_addr).await?;
        }
        let acceptor_url = samod::Url::parse(&format!("ws://{local_addr}/sync")).expect("a socket address forms a valid URL");
        let acceptor = repo.make_acceptor(acceptor_url).expect("the repo was just opened and is running");
        // Withdrawn voices whose erasure a crash interrupted.
        let finished = crate::archive::erasure::sweep(&storage, &db).await?;
        if finished > 0 {
            tracing::info!(voices = finished, "finished erasing withdrawn voices");
        }
        let auto_publisher = AutoPublisher::start(repo.clone(), db.clone(), storage.clone(), config.auto_publish_quiet);

        let state = AppState {
            durability: DurabilityGate::new(storage.clone()),
            storage: storage.clone(),
            db,
            repo: repo.clone(),
            access,
            hashing: HashingPool::for_this_machine(),
            attempts,
            client_keys: ClientKeys::new(config.trusted_proxies.clone()),
            suggestion_limiter,
            acceptor: acceptor.clone(),
            max_frame_bytes: config.max_frame_bytes,
            media,
            next_connection: Arc::new(AtomicU64::new(1)),
            snapshots: Default::default(),
        };
        Ok(Application {
            listener,
            router: crate::routes::router(state, config.request_timeout),
            repo,
            acceptor,
            storage,
            auto_publisher,
            http_limits: config.http,
            _lock: lock,
        })
    }

    /// The router, to call in-process (the fuzz targets in `tests/fuzz`
    /// send it requests without a socket).
    pub fn router(&self) -> axum::Router {
        self.router.clone()
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener.local_addr().expect("a bound listener has an address")
    }

    /// Serves until `shutdown` resolves, then shuts down in order: stop
    /// accepting, close sync connections, stop auto-publishing, let the
    /// repo finish its storage work, commit and checkpoint the database.
    pub async fn run_until(self, shutdown: impl Future<Output = ()> + Send + 'static) -> Result<(), StartupError> {
        let Application { listener, router, repo, acceptor, storage, auto_publisher, http_limits, _lock } = self;
        crate::http::serve::serve(listener, router, http_limits, async move {
            shutdown.await;
            tracing::info!("shutting down: closing sync connections");
            // Upgraded WebSockets outlive their HTTP request; close them
            // here so that graceful shutdown does not wait on them.
            acceptor.close();
        })
        .await;
        auto_publisher.stop().await;
        repo.stop().await;
        storage.close().await;
        tracing::info!("shutdown complete");
        Ok(())
    }
}

/// Forgets idle rate-limit entries every minute.
fn spawn_limiter_cleanup(attempts: &Arc<AttemptLimiter>, suggestions: &Arc<SuggestionLimiter>) {
    let (attempts, suggestions) = (Arc::downgrade(attempts), Arc::downgrade(suggestions));
    tokio::spawn(async move {
        let mut every_minute = tokio::time::interval(std::time::Duration::from_secs(60));
        loop {
            every_minute.tick().await;
            let (Some(attempts), Some(suggestions)) = (attempts.upgrade(), suggestions.upgrade()) else { return };
            attempts.forget_idle();
            suggestions.forget_idle();
        }
    });
}

/// `hospes serve`: runs until SIGINT or SIGTERM.
pub async fn serve_until_signal(config: ServerConfig) -> Result<(), StartupError> {
    let app = Application::build(config).await?;
    // Listen for the signals before saying where we listen: a script that
    // stops the server right after this line must get an orderly stop.
    let shutdown = shutdown_signal();
    // Tests and scripts read this line to find the port.
    tracing::info!("listening on http://{}", app.local_addr());
    app.run_until(shutdown).await
}

/// Resolves at SIGINT or SIGTERM. The handlers are installed when this is
/// called, not when the future is first polled.
fn shutdown_signal() -> impl Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let installed = (signal(SignalKind::interrupt()), signal(SignalKind::terminate()));
        async move {
            match installed {
                (Ok(mut interrupt), Ok(mut terminate)) => {
                    tokio::select! {
                        _ = interrupt.recv() => {},
                        _ = terminate.recv() => {},
                    }
                }
                (Err(error), _) | (_, Err(error)) => {
                    tracing::error!("cannot listen for SIGINT and SIGTERM: {error}");
                    std::future::pending::<()>().await;
                }
            }
        }
    }
    #[cfg(not(unix))]
    async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!("cannot listen for Ctrl-C: {error}");
            std::future::pending::<()>().await;
        }
    }
}
