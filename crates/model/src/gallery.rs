//! Images & Video: galleries of pictures (maps, flags), each picture with its size, alt
//! text, caption and credit, in one language.

use serde::{Deserialize, Serialize};

/// The Images page: every gallery with a cover picture.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImagesIndex {
    pub galleries: Vec<GalleryLink>,
    /// Published names of the files this one lists ([`crate::data`]).
    #[serde(default, skip_serializing_if = "crate::data::Files::is_empty")]
    pub files: crate::data::Files,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GalleryLink {
    pub slug: String,
    pub title: String,
    pub intro: String,
    pub count: usize,
    pub cover: Image,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gallery {
    pub slug: String,
    pub title: String,
    pub intro: String,
    pub images: Vec<Image>,
}

/// A picture. `width` and `height` reserve its space before it loads; `approximate` marks
/// a map whose historical borders the data cannot draw exactly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Image {
    pub slug: String,
    pub src: String,
    pub width: u32,
    pub height: u32,
    pub title: String,
    pub alt: String,
    pub caption: String,
    pub credit: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approximate: bool,
}
