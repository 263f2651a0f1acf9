//! The HTTP edge: connections served with timeouts ([`serve`]), the
//! session behind a request ([`auth`]), anonymous clients told apart for
//! rate limits ([`client`]), writes from other origins refused
//! ([`same_origin`]), the headers every response carries
//! ([`security_headers`]), and a WebSocket turned into a samod transport
//! that rejects bad frames and holds replies until their changes are
//! durable ([`sync_transport`]); byte ranges of media files
//! ([`byte_range`]).

pub mod auth;
pub mod byte_range;
pub mod client;
pub mod same_origin;
pub mod security_headers;
pub mod serve;
pub mod sync_transport;
