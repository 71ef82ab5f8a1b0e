//! Images under `content/media/`: names and pixel sizes.

use std::path::Path;

/// A media file name, in `content/media/` or one folder below it (`maps/ussr.en.svg`):
/// no hidden files, no way up, a known image type.
pub fn is_plain_name(name: &str) -> bool {
    let allowed = ["svg", "png", "jpg", "jpeg", "webp", "avif", "gif"];
    let (folder, file) = name.split_once('/').unwrap_or(("", name));
    let plain_folder = folder
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    plain_folder
        && !file.starts_with('.')
        && !file.contains(['/', '\\'])
        && file
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
/// The size of an SVG in CSS pixels: its `width` and `height` in any absolute unit, or
/// failing those, its `viewBox`.
fn svg_dimensions(text: &str) -> Option<(u32, u32)> {
    let start = text.find("<svg")?;
    let tag = &text[start..start + text[start..].find('>')?];
    // An attribute's value, wherever whitespace puts it in the tag.
    let attr = |name: &str| -> Option<&str> {
        let needle = format!("{name}=\"");
        let at = tag
            .match_indices(&needle)
            .find(|(i, _)| tag[..*i].ends_with(char::is_whitespace))?
            .0
            + needle.len();
        Some(&tag[at..at + tag[at..].find('"')?])
    };
    let pixels = |value: &str| -> Option<f32> {
        let units = [
            ("px", 1.0),
            ("pt", 4.0 / 3.0),
            ("mm", 96.0 / 25.4),
            ("cm", 96.0 / 2.54),
            ("in", 96.0),
        ];
        let (number, scale) = units
            .iter()
            .find_map(|(unit, scale)| value.strip_suffix(unit).map(|n| (n, *scale)))
            .unwrap_or((value, 1.0));
        number.trim().parse::<f32>().ok().map(|n| n * scale)
    };
    let size = match (
        attr("width").and_then(pixels),
        attr("height").and_then(pixels),
    ) {
        (Some(w), Some(h)) => (w, h),
        _ => {
            let view: Vec<f32> = attr("viewBox")?
                .split([' ', ','])
                .filter(|p| !p.is_empty())
                .filter_map(|p| p.parse().ok())
                .collect();
            (*view.get(2)?, *view.get(3)?)
        }
    };
    Some((size.0.round() as u32, size.1.round() as u32)).filter(|(w, h)| *w > 0 && *h > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_svg_size_from_the_root_element() {
        let svg = r#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="640" height="200px" viewBox="0 0 640 200"><rect width="5" height="5"/></svg>"#;
        assert_eq!(svg_dimensions(svg), Some((640, 200)));
        assert_eq!(
            svg_dimensions(r#"<svg viewBox="0 0 248 186.667"></svg>"#),
            Some((248, 187))
        );
        assert_eq!(
            svg_dimensions(r#"<svg height="140mm" width="280mm" viewBox="0 0 1 3">"#),
            Some((1058, 529))
        );
        assert_eq!(
            svg_dimensions(r#"<svg height="140pt" width="186pt">"#),
            Some((248, 187))
        );
        assert_eq!(svg_dimensions("<svg>"), None);
        assert_eq!(
            svg_dimensions("<svg\n\twidth=\"816.00px\" height=\"262.80px\">"),
            Some((816, 263))
        );
    }

    #[test]
    fn media_names_are_plain_image_files() {
        assert!(is_plain_name("map.svg"));
        assert!(is_plain_name("Photo.JPG"));
        assert!(!is_plain_name("../secret.svg"));
        assert!(is_plain_name("maps/ussr.en.svg"));
        assert!(!is_plain_name("maps/../x.svg"));
        assert!(!is_plain_name("a/b/c.svg"));
        assert!(!is_plain_name("Maps/x.svg"));
        assert!(!is_plain_name("page.html"));
        assert!(!is_plain_name(".hidden.png"));
    }
}
