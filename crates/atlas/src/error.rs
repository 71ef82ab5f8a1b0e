//! What can go wrong while drawing the maps; each error names its file and, where there is
//! one, the feature or border.
use std::fmt;
use std::path::PathBuf;

#[derive(Debug)]
pub enum Error {
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Not the JSON we expect; serde's message gives the line and column.
    Json {
        path: PathBuf,
        source: serde_json::Error,
    },
    /// A TopoJSON feature whose geometry cannot be decoded.
    Geometry {
        path: PathBuf,
        feature: String,
        problem: String,
    },
    /// A map names a country the TopoJSON file does not have.
    NoFeature { path: PathBuf, id: String },
    /// A map names an outline data/borders.json does not have.
    NoBorder { path: PathBuf, name: String },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Error::Read { path, source } => write!(f, "cannot read {}: {source}", path.display()),
            Error::Write { path, source } => {
                write!(f, "cannot write {}: {source}", path.display())
            }
            Error::Json { path, source } => write!(f, "{}: {source}", path.display()),
            Error::Geometry {
                path,
                feature,
                problem,
            } => write!(f, "{}: feature {feature}: {problem}", path.display()),
            Error::NoFeature { path, id } => write!(
                f,
                "{}: no feature with id {id:?} in objects.countries",
                path.display()
            ),
            Error::NoBorder { path, name } => {
                write!(f, "{}: no border named {name:?}", path.display())
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Read { source, .. } | Error::Write { source, .. } => Some(source),
            Error::Json { source, .. } => Some(source),
            _ => None,
        }
    }
}
