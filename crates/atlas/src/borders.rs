//! The hand-drawn outlines (lon, lat) of historical areas the Natural Earth data cannot draw:
//! approximate borders, kept by name in data/borders.json.
use crate::error::Error;
use crate::geo::P;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub struct Borders {
    path: PathBuf,
    outlines: HashMap<String, Vec<P>>,
}

impl Borders {
    pub fn load(path: &Path) -> Result<Borders, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
            path: path.into(),
            source,
        })?;
        Borders::parse(path, &text)
    }

    /// Reads `{"NAME": [[lon, lat], ...], ...}`; `path` names it in errors.
    pub fn parse(path: &Path, text: &str) -> Result<Borders, Error> {
        let outlines = serde_json::from_str(text).map_err(|source| Error::Json {
            path: path.into(),
            source,
        })?;
        Ok(Borders {
            path: path.into(),
            outlines,
        })
    }

    pub fn get(&self, name: &str) -> Result<&[P], Error> {
        self.outlines
            .get(name)
            .map(Vec::as_slice)
            .ok_or_else(|| Error::NoBorder {
                path: self.path.clone(),
                name: name.into(),
            })
    }
}

#[cfg(test)]
mod tests;
