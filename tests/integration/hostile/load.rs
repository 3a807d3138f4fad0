//! Hostile files and paths: loading, configuration and terminal output.
