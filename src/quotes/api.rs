//! Quote views on the Engine (filled below).
