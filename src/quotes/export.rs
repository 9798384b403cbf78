//! CSV and JSON export of quotes.
