//! SVG assembly helpers: style sheet, labels with halos and leader lines, legends.
use allrussias_model::escape::xml as esc;
use allrussias_model::Lang;

use crate::geo::Frame;

pub const STYLE: &str = r#"
.paper{fill:#f7f4ec}
.sea{fill:#dde8ee}
.land{fill:#ebe7dd}
.coast{fill:none;stroke:#8da2ad;stroke-width:.5;stroke-linejoin:round}
.bo{fill:none;stroke:#bdb6a8;stroke-width:.5;stroke-linejoin:round}
.bi{fill:none;stroke:#fffdf8;stroke-width:.9;stroke-linejoin:round}
.bu{fill:none;stroke:#7a2e2a;stroke-width:1.5;stroke-linejoin:round}
.frame{fill:none;stroke:#a39d90;stroke-width:1}
text{font-family:"PT Sans",sans-serif;fill:#222}
.halo{paint-order:stroke;stroke:#f7f4ec;stroke-width:3px;stroke-linejoin:round;stroke-opacity:.85}
.l1{font-size:22px;font-weight:700;letter-spacing:.12em}
.l2{font-size:13px;font-weight:700}
.l3{font-size:10.5px;font-weight:700}
.l4{font-size:10px}
.yr{font-size:10px;font-weight:400;fill:#444}
.nb{font-size:11px;font-style:italic;fill:#7b7568}
.sl{font-size:11px;font-style:italic;fill:#587888;letter-spacing:.05em}
.lead{fill:none;stroke:#3a3a3a;stroke-width:.6}
.dot{fill:#222;stroke:#f7f4ec;stroke-width:1}
.cap{fill:#7a2e2a;stroke:#f7f4ec;stroke-width:1}
.box{fill:#fbf9f4;fill-opacity:.94;stroke:#b9b3a5;stroke-width:.8}
.lt{font-size:16px;font-weight:700}
.ls{font-size:11px;fill:#333}
.lx{font-size:10px;font-style:italic;fill:#555}
"#;

pub struct Label<'s> {
    pub lon: f64,
    pub lat: f64,
    pub en: &'s str,
    pub ru: &'s str,
    pub cls: &'s str,
    /// text offset in px from the point; non-zero draws a leader line
    pub dx: f64,
    pub dy: f64,
    /// draw a dot at the point (cities)
    pub dot: Option<&'s str>,
}

pub fn lb<'s>(lon: f64, lat: f64, en: &'s str, ru: &'s str, cls: &'s str) -> Label<'s> {
    Label {
        lon,
        lat,
        en,
        ru,
        cls,
        dx: 0.0,
        dy: 0.0,
        dot: None,
    }
}
pub fn ll<'s>(
    lon: f64,
    lat: f64,
    en: &'s str,
    ru: &'s str,
    cls: &'s str,
    dx: f64,
    dy: f64,
) -> Label<'s> {
    Label {
        lon,
        lat,
        en,
        ru,
        cls,
        dx,
        dy,
        dot: None,
    }
}
pub fn city<'s>(
    lon: f64,
    lat: f64,
    en: &'s str,
    ru: &'s str,
    dx: f64,
    dy: f64,
    capital: bool,
) -> Label<'s> {
    Label {
        lon,
        lat,
        en,
        ru,
        cls: "l4",
        dx,
        dy,
        dot: Some(if capital { "cap" } else { "dot" }),
    }
}

fn font_px(cls: &str) -> f64 {
    if cls.contains("l1") {
        22.0
    } else if cls.contains("l2") {
        13.0
    } else if cls.contains("l3") || cls.contains("nb") || cls.contains("sl") {
        11.0
    } else {
        10.0
    }
}

/// Multi-line text block centred (or anchored) at x,y (y = middle of the block).
pub fn text_block(x: f64, y: f64, text: &str, cls: &str, anchor: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let fs = font_px(cls);
    let lh = fs * 1.15;
    let y0 = y - lh * (lines.len() as f64 - 1.0) / 2.0 + fs * 0.35;
    let mut s =
        format!(r#"<text class="halo {cls}" x="{x:.1}" y="{y0:.1}" text-anchor="{anchor}">"#);
    for (i, l) in lines.iter().enumerate() {
        if i == 0 {
            s += &format!("<tspan>{}</tspan>", esc(l));
        } else {
            s += &format!(r#"<tspan x="{x:.1}" dy="{lh:.1}">{}</tspan>"#, esc(l));
        }
    }
    s + "</text>\n"
}

pub fn labels(fr: &Frame, lang: Lang, ls: &[Label]) -> String {
    let mut lead = String::new();
    let mut dots = String::new();
    let mut texts = String::new();
    for l in ls {
        let (x, y) = fr.p(l.lon, l.lat);
        let t = if lang == Lang::En { l.en } else { l.ru };
        let (tx, ty) = (x + l.dx, y + l.dy);
        let anchor = if l.dot.is_some() && l.dx.abs() > 0.1 && l.dy.abs() < 8.0 {
            if l.dx > 0.0 {
                "start"
            } else {
                "end"
            }
        } else {
            "middle"
        };
        if l.dot.is_none() && (l.dx != 0.0 || l.dy != 0.0) {
            // leader from the point towards the text, stopping short of it
            let len = (l.dx * l.dx + l.dy * l.dy).sqrt();
            let stop = (len - font_px(l.cls) * 0.9).max(0.0) / len;
            lead += &format!(
                r##"<path class="lead" d="M{x:.1},{y:.1}L{:.1},{:.1}"/><circle cx="{x:.1}" cy="{y:.1}" r="1.3" fill="#3a3a3a"/>"##,
                x + l.dx * stop,
                y + l.dy * stop
            );
            lead.push('\n');
        }
        if let Some(c) = l.dot {
            dots += &format!(
                r#"<circle class="{c}" cx="{x:.1}" cy="{y:.1}" r="{}"/>"#,
                if c == "cap" { 3.2 } else { 2.4 }
            );
            dots.push('\n');
        }
        texts += &text_block(tx, ty, t, l.cls, anchor);
    }
    format!("<g class=\"leaders\">\n{lead}</g>\n<g class=\"points\">\n{dots}</g>\n<g class=\"labels\">\n{texts}</g>\n")
}

pub struct Legend<'s> {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub title: &'s str,
    pub sub: Vec<String>,
    /// (css fill or class, text)
    pub items: Vec<(String, String)>,
    pub note: Vec<String>,
}

/// Legend box; a negative y places it at the bottom of a map of height `map_h`.
pub fn legend_at(l: &Legend, map_h: f64) -> String {
    let n_items = l.items.len() as f64;
    let h = 26.0
        + 14.0 * l.sub.len() as f64
        + if n_items > 0.0 {
            6.0 + 17.0 * n_items
        } else {
            0.0
        }
        + 14.0 * l.note.len() as f64
        + 10.0;
    let y = if l.y < 0.0 { map_h - h - 12.0 } else { l.y };
    legend(&Legend {
        y,
        sub: l.sub.clone(),
        items: l.items.clone(),
        note: l.note.clone(),
        ..*l
    })
}

pub fn legend(l: &Legend) -> String {
    let mut s = String::new();
    let mut y = l.y + 22.0;
    let mut body = String::new();
    body += &format!(
        r#"<text class="lt" x="{:.1}" y="{y:.1}">{}</text>"#,
        l.x + 10.0,
        esc(l.title)
    );
    body.push('\n');
    y += 4.0;
    // A line of legend text in `class`, 14 px below the last.
    let line = |body: &mut String, y: &mut f64, class: &str, t: &str| {
        *y += 14.0;
        *body += &format!(
            r#"<text class="{class}" x="{:.1}" y="{:.1}">{}</text>"#,
            l.x + 10.0,
            *y,
            esc(t)
        );
        body.push('\n');
    };
    for t in &l.sub {
        line(&mut body, &mut y, "ls", t);
    }
    if !l.items.is_empty() {
        y += 6.0;
    }
    for (fill, t) in &l.items {
        y += 17.0;
        let (a, b) = if fill.starts_with('#') || fill.starts_with("url") {
            (format!(r#"fill="{fill}""#), String::new())
        } else {
            (String::new(), format!(r#" class="{fill}""#))
        };
        body += &format!(
            r##"<rect x="{:.1}" y="{:.1}" width="18" height="12" {a}{b} stroke="#8a8478" stroke-width=".6"/><text class="ls" x="{:.1}" y="{:.1}">{}</text>"##,
            l.x + 10.0,
            y - 10.0,
            l.x + 34.0,
            y,
            esc(t)
        );
        body.push('\n');
    }
    for t in &l.note {
        line(&mut body, &mut y, "lx", t);
    }
    let h = y - l.y + 10.0;
    s += &format!(
        r#"<g class="legend"><rect class="box" x="{:.1}" y="{:.1}" width="{:.1}" height="{h:.1}" rx="3"/>"#,
        l.x, l.y, l.w
    );
    s.push('\n');
    s += &body;
    s += "</g>\n";
    s
}

pub fn document(
    w: f64,
    h: f64,
    lang: Lang,
    title: &str,
    desc: &str,
    extra_style: &str,
    body: &str,
) -> String {
    let l = if lang == Lang::En { "en" } else { "ru" };
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" lang=\"{l}\" role=\"img\" aria-labelledby=\"t d\">\n<title id=\"t\">{}</title>\n<desc id=\"d\">{}</desc>\n<style>{STYLE}{extra_style}</style>\n{body}<rect class=\"frame\" x=\".5\" y=\".5\" width=\"{}\" height=\"{}\"/>\n</svg>\n",
        esc(title),
        esc(desc),
        w - 1.0,
        h - 1.0
    )
}
