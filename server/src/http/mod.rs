//! The HTTP edge: connections served with timeouts ([`serve`]), anonymous
//! clients told apart for rate limits ([`client`]), and writes from other
//! origins refused ([`same_origin`]).

pub mod client;
pub mod same_origin;
pub mod serve;
