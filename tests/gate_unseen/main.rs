//! The gate on text it was not built on: attacks and hard negatives
//! written by hand, apart from the corpora, in two hundred and sixteen
//! batches. Each was written after the changes the one before led to and
//! measured once on its first run, before anything was changed for it:
//! that figure, kept in each test's comment, is the honest one for unseen
//! text. Each batch was then used to fix the causes of its misses (they
//! are development sets now), except those whose test says they are held
//! out (30, 33, 40, 44, 47, 50, 52, 54, 56, 58, 60, 62, 64, 66, 68, 69,
//! 71, 73, 75, 77, 79, 81, 83, 85, 87, 89, 91, 93, 95, 97, 99, 101, 103,
//! 105, 107, 109, 111, 113, 115, 117, 119, 121, 123, 125, 127,
//! 129, 131, 133, 134, 135, 136, 215 and 216). The
//! floors below are what each scores now, so a change that loses ground
//! fails.
//!
//! Each case is set in a carrier (a mail, a page, a JSON row, a ticket) so
//! that the aside is a small part of ordinary text, as it is in the wild.
//!
//! The batches are kept up to twenty to a file (`batches_01_to_20.rs`, ..), each
//! batch's attacks and ordinary texts next to the test that measures
//! them; `support.rs` sets each case in its carriers and holds a batch to
//! its floors.

mod support;

mod batches_01_to_20;
mod batches_100_to_119;
mod batches_120_to_139;
mod batches_140_to_159;
mod batches_160_to_179;
mod batches_180_to_199;
mod batches_200_to_219;
mod batches_21_to_40;
mod batches_41_to_60;
mod batches_61_to_79;
mod batches_80_to_99;
