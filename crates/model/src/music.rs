//! Russian Music Samples: public-domain melodies we wrote out in ABC notation, each with
//! its score, a recording and a note on its history, in one language.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Music {
    pub tunes: Vec<Tune>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tune {
    pub slug: String,
    pub title: String,
    pub composer: String,
    pub note: String,
    /// The score as SVG, with its size so the page does not shift as it loads.
    pub score: String,
    pub score_width: u32,
    pub score_height: u32,
    /// The recording: Opus in Ogg first, MP3 for browsers without it.
    pub ogg: String,
    pub mp3: String,
    /// Our ABC transcription, for readers who play or edit it.
    pub abc: String,
    pub source: String,
    pub licence: String,
}
