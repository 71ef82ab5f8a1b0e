//! Draws each map of the catalogue: fits its projection, then writes its layers, labels and
//! legend as SVG in English and Russian.
use crate::borders::Borders;
use crate::catalogue::{self, Area, Bi, Era, Extent, Inset, Layers, Map, Part, LICENCE};
use crate::error::Error;
use crate::geo::{Albers, Frame, P};
use allrussias_model::Lang;

use crate::svg::{self, document, labels, legend_at, text_block};
use crate::topojson::World;

/// A map's SVG in each language.
pub struct Drawn {
    pub en: String,
    pub ru: String,
}

fn t(lang: Lang, (en, ru): Bi) -> &'static str {
    if lang == Lang::En {
        en
    } else {
        ru
    }
}

/// An Albers projection fitted to the extent, and the world projected and simplified in it.
pub fn frame<'a>(world: &'a World, e: &Extent) -> Result<Frame<'a>, Error> {
    let mut pr = Albers::new(e.lon0, 56.0, 47.0, 67.0);
    let mut pts: Vec<P> = e.points.to_vec();
    for id in e.countries {
        for poly in &world.feats[world.fid(id)?].polys {
            pts.extend(&poly.outer);
        }
    }
    let h = pr.fit(&pts, e.width, e.pad);
    Ok(Frame::new(world, pr, e.width, h, e.tolerance))
}

/// Draws `map` in the frame `fr`.
pub fn draw(borders: &Borders, fr: &Frame, map: &Map) -> Result<Drawn, Error> {
    let layers = match &map.layers {
        Layers::Countries { countries, outline } => countries_layers(fr, countries, *outline)?,
        Layers::Gains {
            countries, areas, ..
        } => gains_layers(borders, fr, countries, areas, "m")?,
        Layers::Eras { countries, eras } => eras_layers(borders, fr, countries, eras)?,
    };
    let inset = match &map.layers {
        Layers::Gains {
            countries,
            areas,
            inset,
        } => {
            let fi = frame(fr.world, &inset.extent)?;
            let layers = gains_layers(borders, &fi, countries, areas, "i")?;
            Some((fi, layers, inset))
        }
        _ => None,
    };
    let svg = |lang: Lang| {
        let mut body = layers.clone();
        body += &labels(fr, lang, &map.labels);
        if let Some((fi, layers, inset)) = &inset {
            body += &inset_group(fr, fi, layers, inset, lang);
        }
        body += &legend(&map.legend, lang, fr.h);
        document(
            fr.w,
            fr.h,
            lang,
            t(lang, map.title),
            t(lang, map.desc),
            map.style,
            &body,
        )
    };
    Ok(Drawn {
        en: svg(Lang::En),
        ru: svg(Lang::Ru),
    })
}

fn q(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The map's entry in images/maps.toml.
pub fn toml(map: &Map, fr: &Frame) -> String {
    format!(
        "\n[[map]]\nslug = {}\nfiles = {{ en = {}, ru = {} }}\ntitle = {{ en = {}, ru = {} }}\ncaption = {{ en = {}, ru = {} }}\nalt = {{ en = {}, ru = {} }}\nwidth = {}\nheight = {}\nlicence = {}\napproximate = {}\n",
        q(map.slug),
        q(&format!("maps/{}.en.svg", map.slug)),
        q(&format!("maps/{}.ru.svg", map.slug)),
        q(map.title.0),
        q(map.title.1),
        q(map.caption.0),
        q(map.caption.1),
        q(map.alt.0),
        q(map.alt.1),
        fr.w,
        fr.h,
        q(LICENCE),
        map.approximate
    )
}

fn legend(l: &catalogue::Legend, lang: Lang, map_h: f64) -> String {
    let lines = |v: &[Bi]| v.iter().map(|&b| t(lang, b).to_string()).collect();
    legend_at(
        &svg::Legend {
            x: 470.0,
            y: -1.0,
            w: l.width,
            title: t(lang, l.title),
            sub: lines(&l.sub),
            items: l
                .items
                .iter()
                .map(|&(class, b)| (class.to_string(), t(lang, b).to_string()))
                .collect(),
            note: lines(&l.note),
        },
        map_h,
    )
}

fn ids(world: &World, ids: &[&str]) -> Result<Vec<usize>, Error> {
    ids.iter().map(|i| world.fid(i)).collect()
}

/// Polygons worth drawing around the former USSR (by lon/lat centroid).
fn near(c: P) -> bool {
    (c.0 > -25.0 || c.0 < -140.0) && c.1 > 5.0
}

/// The land of every country but the focus ones, near the former USSR.
fn others_d(fr: &Frame, focus: &[usize]) -> String {
    (0..fr.world.feats.len())
        .filter(|fi| !focus.contains(fi))
        .map(|fi| fr.feature_d_filtered(fi, &near))
        .collect()
}

fn defs_path(id: &str, d: &str) -> String {
    format!("<path id=\"{id}\" fill-rule=\"evenodd\" d=\"{d}\"/>\n")
}

/// Path data of a part of the land.
fn part_d(borders: &Borders, fr: &Frame, part: &Part) -> Result<String, Error> {
    Ok(match part {
        Part::Border(name) => fr.poly_d(borders.get(name)?),
        Part::Country(id) => fr.feature_d(fr.world.fid(id)?),
        Part::Within { id, lon, lat } => fr.feature_d_filtered(fr.world.fid(id)?, &|c| {
            c.0 > lon.0 && c.0 < lon.1 && c.1 > lat.0 && c.1 < lat.1
        }),
    })
}

/// Coasts and borders: between other countries, coasts, between focus countries, and
/// around the focus (strong if `outline`).
fn mesh(fr: &Frame, focus: &[usize], outline: bool) -> String {
    let inf = |f: &usize| focus.contains(f);
    let mut s = String::new();
    s += &format!(
        "<path class=\"bo\" d=\"{}\"/>\n",
        fr.mesh_d(&|fs| fs.len() > 1 && !fs.iter().any(inf))
    );
    s += &format!(
        "<path class=\"coast\" d=\"{}\"/>\n",
        fr.mesh_d(&|fs| fs.len() == 1)
    );
    s += &format!(
        "<path class=\"bi\" d=\"{}\"/>\n",
        fr.mesh_d(&|fs| fs.len() > 1 && fs.iter().all(inf))
    );
    let cls = if outline { "bu" } else { "bo" };
    s += &format!(
        "<path class=\"{cls}\" d=\"{}\"/>\n",
        fr.mesh_d(&|fs| fs.len() > 1 && fs.iter().any(inf) && !fs.iter().all(inf))
    );
    s
}

/// Sea, neighbouring land, the countries with their classes, coast and borders.
fn countries_layers(
    fr: &Frame,
    countries: &[(&str, String)],
    outline: bool,
) -> Result<String, Error> {
    let focus = countries
        .iter()
        .map(|(id, _)| fr.world.fid(id))
        .collect::<Result<Vec<_>, _>>()?;
    let mut s = format!(r#"<rect class="sea" width="{}" height="{}"/>"#, fr.w, fr.h);
    s.push('\n');
    s += &format!(
        "<path class=\"land\" fill-rule=\"evenodd\" d=\"{}\"/>\n",
        others_d(fr, &focus)
    );
    for (&fi, (id, class)) in focus.iter().zip(countries) {
        s += &format!(
            "<path class=\"{class}\" fill-rule=\"evenodd\" data-id=\"{id}\" d=\"{}\"/>\n",
            fr.feature_d(fi)
        );
    }
    s += &mesh(fr, &focus, outline);
    Ok(s)
}

/// The countries, and the areas gained filled inside them; `pfx` keeps the ids of the map
/// and of its inset apart.
fn gains_layers(
    borders: &Borders,
    fr: &Frame,
    countries: &[&str],
    areas: &[Area],
    pfx: &str,
) -> Result<String, Error> {
    let focus = ids(fr.world, countries)?;
    let su: String = focus.iter().map(|&fi| fr.feature_d(fi)).collect();
    let mut body = format!(
        "<defs>\n{}<clipPath id=\"{pfx}su-clip\"><use href=\"#{pfx}su\"/></clipPath>\n</defs>\n",
        defs_path(&format!("{pfx}su"), &su)
    );
    body += &format!(r#"<rect class="sea" width="{}" height="{}"/>"#, fr.w, fr.h);
    body.push('\n');
    body += &format!(
        "<path class=\"land\" fill-rule=\"evenodd\" d=\"{}\"/>\n<use href=\"#{pfx}su\" class=\"su\"/>\n",
        others_d(fr, &focus)
    );
    body += &format!("<g clip-path=\"url(#{pfx}su-clip)\">\n");
    for a in areas {
        let d = a
            .parts
            .iter()
            .map(|p| part_d(borders, fr, p))
            .collect::<Result<String, Error>>()?;
        let rule = if a.evenodd {
            " fill-rule=\"evenodd\""
        } else {
            ""
        };
        body += &format!("<path class=\"{}\"{rule} d=\"{d}\"/>\n", a.class);
    }
    body += "</g>\n";
    body += &mesh(fr, &focus, true);
    Ok(body)
}

/// The inset `fi` in the bottom left corner of the map `fr`.
fn inset_group(fr: &Frame, fi: &Frame, layers: &str, inset: &Inset, lang: Lang) -> String {
    let (x, y) = (8.0, fr.h - fi.h - 8.0);
    format!(
        "<g class=\"inset\" transform=\"translate({x},{y})\">\n<clipPath id=\"inset-clip\"><rect width=\"{}\" height=\"{}\"/></clipPath>\n<g clip-path=\"url(#inset-clip)\">\n{layers}{}</g>\n<rect class=\"box\" fill=\"none\" style=\"fill:none;stroke-width:1.2\" width=\"{}\" height=\"{}\"/>\n{}</g>\n",
        fi.w,
        fi.h,
        labels(fi, lang, &inset.labels),
        fi.w,
        fi.h,
        text_block(8.0, 12.0, t(lang, inset.title), "lx", "start")
    )
}

/// Each era a mask over the land (countries and hand-drawn areas in, outlines cut out),
/// or a plain path when it is one outline; countries and the other land are drawn once in
/// <defs> and used by reference.
fn eras_layers(
    borders: &Borders,
    fr: &Frame,
    countries: &[&str],
    eras: &[Era],
) -> Result<String, Error> {
    let focus = ids(fr.world, countries)?;
    let mut defs = defs_path("oth", &others_d(fr, &focus));
    let mut uses = String::new();
    for &fi in &focus {
        let id = &fr.world.feats[fi].id;
        defs += &defs_path(&format!("c{id}"), &fr.feature_d(fi));
        uses += &format!("<use href=\"#c{id}\"/>");
    }
    defs += &format!("<clipPath id=\"landclip\"><use href=\"#oth\"/>{uses}</clipPath>\n");
    let (w, h) = (fr.w, fr.h);
    let mut eras_svg = String::new();
    for era in eras {
        let cls = era.class;
        if let ([Part::Border(name)], []) = (era.include.as_slice(), era.exclude.as_slice()) {
            eras_svg += &format!(
                "<path class=\"{cls}\" clip-path=\"url(#landclip)\" d=\"{}\"/>\n",
                fr.poly_d(borders.get(name)?)
            );
            continue;
        }
        defs += &format!("<mask id=\"m{cls}\" maskUnits=\"userSpaceOnUse\" x=\"0\" y=\"0\" width=\"{w}\" height=\"{h}\"><rect width=\"{w}\" height=\"{h}\" fill=\"#000\"/>");
        let mut polys = String::new();
        for part in &era.include {
            match part {
                Part::Country(id) => defs += &format!("<use href=\"#c{id}\" fill=\"#fff\"/>"),
                _ => polys += &part_d(borders, fr, part)?,
            }
        }
        if !polys.is_empty() {
            defs += &format!("<path fill=\"#fff\" clip-path=\"url(#landclip)\" d=\"{polys}\"/>");
        }
        let ex = era
            .exclude
            .iter()
            .map(|name| Ok(fr.poly_d(borders.get(name)?)))
            .collect::<Result<String, Error>>()?;
        if !ex.is_empty() {
            defs += &format!("<path fill=\"#000\" d=\"{ex}\"/>");
        }
        defs += "</mask>\n";
        eras_svg += &format!(
            "<rect class=\"{cls}\" mask=\"url(#m{cls})\" width=\"{w}\" height=\"{h}\"/>\n"
        );
    }
    let mut body = format!("<defs>\n{defs}</defs>\n<g class=\"exp\">\n");
    body += &format!(
        "<rect class=\"sea\" width=\"{w}\" height=\"{h}\"/>\n<use href=\"#oth\" class=\"land\"/>\n<g class=\"land\">{}</g>\n",
        uses.replace("<use ", "<use fill=\"#ebe7dd\" ")
    );
    body += &eras_svg;
    body += &format!(
        "<path class=\"coast\" d=\"{}\"/>\n",
        fr.mesh_d(&|fs| fs.len() == 1)
    );
    body += &format!(
        "<path class=\"bo\" d=\"{}\"/>\n",
        fr.mesh_d(&|fs| fs.len() > 1)
    );
    body += "</g>\n";
    Ok(body)
}

#[cfg(test)]
mod tests;
