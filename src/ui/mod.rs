//! The Yew user interface. The only module that touches yew, web-sys or gloo.
//!
//! PLACEHOLDER (issue #2 in progress).

pub mod app;
