//! Each format with metadata in, without it out, the picture or sound unchanged.
