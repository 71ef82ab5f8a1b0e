//! End-to-end tests: the release build in `dist/`, served on 127.0.0.1, read in headless
//! Chromium. Expected text comes from the built content JSON, not from the tests.

mod support;

mod base_path;
mod chunks;
mod cite;
mod ebooks;
mod faults;
mod feedback;
mod frame;
mod hostile;
mod images;
mod kept;
mod learn;
mod music;
mod offline;
mod print;
mod publish;
mod reading;
mod reference;
mod russian;
mod search;
mod settings;
mod smoke;
mod statistics;
mod timeline;
mod videos;
