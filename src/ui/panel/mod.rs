//! The country panel: a side panel on wide screens, a bottom sheet on phones.
mod app_panels;
mod case_card;
mod country_panel;
mod findings;
mod quote;

pub use country_panel::{closed_country_focus, panel_heading, CountryPanel};
pub use quote::Quote;
