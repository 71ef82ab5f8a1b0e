//! Images under `content/media/`: names and pixel sizes.

use std::path::Path;

/// A media file name: no folders, no hidden files, a known image type.
pub fn is_plain_name(name: &str) -> bool {
    let allowed = ["svg", "png", "jpg", "jpeg", "webp", "avif", "gif"];
    !name.starts_with('.')
        && !name.contains(['/', '\\'])
        && name
            .rsplit_once('.')
            .is_some_and(|(_, ext)| allowed.contains(&ext.to_ascii_lowercase().as_str()))
}

/// Width and height in CSS pixels, so the app can reserve space before the image loads.
pub fn dimensions(path: &Path) -> Option<(u32, u32)> {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("svg"))
    {
        let text = std::fs::read_to_string(path).ok()?;
        return svg_dimensions(&text);
    }
    let size = imagesize::size(path).ok()?;
    Some((
        u32::try_from(size.width).ok()?,
        u32::try_from(size.height).ok()?,
    ))
}

/// Reads `width` and `height` (plain numbers or `px`) from the root `<svg>` element.
fn svg_dimensions(text: &str) -> Option<(u32, u32)> {
    let start = text.find("<svg")?;
    let tag = &text[start..start + text[start..].find('>')?];
    let attr = |name: &str| -> Option<u32> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        let value = &tag[at..at + tag[at..].find('"')?];
        value
            .trim_end_matches("px")
            .parse::<f32>()
            .ok()
            .map(|v| v.round() as u32)
    };
    Some((attr("width")?, attr("height")?)).filter(|(w, h)| *w > 0 && *h > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_svg_size_from_the_root_element() {
        let svg = r#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="640" height="200px" viewBox="0 0 640 200"><rect width="5" height="5"/></svg>"#;
        assert_eq!(svg_dimensions(svg), Some((640, 200)));
        assert_eq!(svg_dimensions(r#"<svg viewBox="0 0 1 1"></svg>"#), None);
    }

    #[test]
    fn media_names_are_plain_image_files() {
        assert!(is_plain_name("map.svg"));
        assert!(is_plain_name("Photo.JPG"));
        assert!(!is_plain_name("../secret.svg"));
        assert!(!is_plain_name("page.html"));
        assert!(!is_plain_name(".hidden.png"));
    }
}
