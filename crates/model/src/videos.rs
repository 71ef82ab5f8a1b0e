//! Russia on YouTube: documentary and archive videos, shown as our own poster until the
//! reader asks for the video, in one language.

use serde::{Deserialize, Serialize};

/// The only host a video frame may come from; the Content-Security-Policy allows it alone.
pub const VIDEO_HOST: &str = "https://www.youtube-nocookie.com";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Videos {
    pub eras: Vec<VideoEra>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VideoEra {
    pub title: String,
    pub videos: Vec<Video>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Video {
    pub id: String,
    pub title: String,
    pub description: String,
    pub channel: String,
}

/// A YouTube video id: eleven letters, digits, `-` or `_`. Anything else never reaches an
/// address, whatever the data says.
pub fn is_video_id(id: &str) -> bool {
    id.len() == 11
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The privacy-enhanced embed address of a video, started when the reader clicks.
pub fn embed_url(id: &str) -> Option<String> {
    is_video_id(id).then(|| format!("{VIDEO_HOST}/embed/{id}?autoplay=1"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_video_ids_make_an_address() {
        assert_eq!(
            embed_url("tIpW0hldXMQ").as_deref(),
            Some("https://www.youtube-nocookie.com/embed/tIpW0hldXMQ?autoplay=1")
        );
        assert_eq!(embed_url("x\"><script>"), None);
        assert_eq!(embed_url("tIpW0hldXM"), None);
        assert_eq!(embed_url("../../evil1"), None);
    }
}
