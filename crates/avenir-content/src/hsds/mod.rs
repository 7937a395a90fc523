//! Contacts to and from Open Referral's Human Services Data Specification (HSDS 3.0), so that a
//! civil-society organisation with a service directory needs no retyping.
//!
//! - [`export`]: our contacts as an array of HSDS services, each with its organization, phones,
//!   e-mail, url, locations with an address, schedules (one per rule and opening span, `byday`
//!   such as `MO,TU`) and languages; what HSDS has no field for goes into `x_avenir_…` fields
//!   (kind, needs, confidential, countries, regions, sources). A confidential contact is
//!   exported without any location or address.
//! - [`import`]: HSDS JSON (an array of services, a page `{ "contents": [...] }`, organizations
//!   with their `services`, or one service) → `[[contact]]` blocks in our authoring format, for
//!   the author to review. Every problem is a [`Diagnostic`] placed in the JSON file. A value our
//!   checks refuse is written commented out; a contact without `x_avenir_sources` gets a
//!   commented-out `source` to fill in, and stays invalid until the author does: a source is
//!   never invented.
//! - [`import_csv`] and [`export_csv`]: the same in HSDS's tabular form (CSV files, one per
//!   table; see `tables`). The tables are read into the tree the JSON import reads, so the one
//!   function that writes a contact, `contact`, serves both.
//! - [`for_site`]: the import for an embedding site's own contacts in the browser (JSON, or
//!   CSV tables from a datapackage), any error refusing them all (see `for_site`).
//!
//! One file per concern: `export.rs` (contacts → HSDS services), `json.rs` (the JSON reader that
//! keeps each value's place), `import.rs` (HSDS services → `[[contact]]` blocks), `hours.rs`
//! (HSDS schedules ↔ opening hours), `tables.rs` (the CSV tables), `for_site.rs` (a site's
//! contacts in the browser).

use std::fmt::Write as _;

use avenir_core::hours::{HoursRule, OpeningHours};
use avenir_core::model::{Contact, ContactKind};
use avenir_core::validate;
use serde_json::{Value, json};

use crate::diag::{Diagnostic, Diags, SourceFile, Span};

mod export;
mod for_site;
mod hours;
mod import;
mod json;
mod tables;

pub use export::{export, uuid_of};
pub use for_site::{ForSite, SiteFile, for_site};
pub use import::{Imported, import, import_csv};
pub use tables::{DATAPACKAGE, export_csv, table_names};

use export::*;
use hours::*;
use json::*;

#[cfg(test)]
mod tests;
