//! The countries of a quantized TopoJSON topology, read into typed structs and decoded into
//! lon/lat arcs and the features made of them; and the one arc stitcher.
use crate::error::Error;
use crate::geo::P;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The members of a topology the atlas reads (others, such as `bbox`, are allowed).
#[derive(Deserialize)]
struct Topology {
    transform: Transform,
    objects: Objects,
    /// Delta-encoded quantized positions.
    arcs: Vec<Vec<[f64; 2]>>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Objects {
    countries: GeometryCollection,
}

#[derive(Deserialize)]
struct GeometryCollection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
#[serde(tag = "type")]
enum Geometry {
    Polygon {
        id: String,
        properties: Properties,
        arcs: Vec<Vec<i64>>,
    },
    MultiPolygon {
        id: String,
        properties: Properties,
        arcs: Vec<Vec<Vec<i64>>>,
    },
    /// Points, lines and null geometries have no area to draw.
    #[serde(other)]
    Other,
}

#[derive(Deserialize)]
struct Properties {
    name: String,
}

pub struct Polygon {
    /// Rings of arc references (`!i` is arc i reversed); the first is the outer ring.
    pub rings: Vec<Vec<i64>>,
    /// The outer ring in lon/lat, for fitting a projection and for centroids.
    pub outer: Vec<P>,
}

pub struct Feature {
    pub id: String,
    pub polys: Vec<Polygon>,
}

pub struct World {
    /// The file read, named in errors.
    pub path: PathBuf,
    /// lon/lat
    pub arcs: Vec<Vec<P>>,
    pub feats: Vec<Feature>,
    /// For each arc, the features that use it.
    pub arc_feats: Vec<Vec<usize>>,
}

/// The arc a reference names.
fn arc_index(a: i64) -> usize {
    (if a < 0 { !a } else { a }) as usize
}

/// Joins the arcs of a ring into one line. Each arc after the first starts where the last one
/// ended, so its first point is dropped. `arc` gives an arc's points, or None if it has none
/// to give; then the reference is the error.
pub fn stitch<'a>(ring: &[i64], arc: impl Fn(usize) -> Option<&'a [P]>) -> Result<Vec<P>, i64> {
    let mut out: Vec<P> = Vec::new();
    for &a in ring {
        let pts = arc(arc_index(a)).ok_or(a)?;
        let skip = usize::from(!out.is_empty());
        if a < 0 {
            out.extend(pts.iter().rev().skip(skip));
        } else {
            out.extend(pts.iter().skip(skip));
        }
    }
    Ok(out)
}

impl World {
    pub fn load(path: &Path) -> Result<World, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
            path: path.into(),
            source,
        })?;
        World::parse(path, &text)
    }

    /// Decodes TopoJSON `text`; `path` names it in errors.
    pub fn parse(path: &Path, text: &str) -> Result<World, Error> {
        let t: Topology = serde_json::from_str(text).map_err(|source| Error::Json {
            path: path.into(),
            source,
        })?;
        let [kx, ky] = t.transform.scale;
        let [dx, dy] = t.transform.translate;
        let arcs: Vec<Vec<P>> = t
            .arcs
            .iter()
            .map(|a| {
                let (mut x, mut y) = (0f64, 0f64);
                a.iter()
                    .map(|[ax, ay]| {
                        x += ax;
                        y += ay;
                        (x * kx + dx, y * ky + dy)
                    })
                    .collect()
            })
            .collect();
        let mut feats = Vec::new();
        let mut arc_feats = vec![Vec::new(); arcs.len()];
        for g in t.objects.countries.geometries {
            let (id, name, polys) = match g {
                Geometry::Polygon {
                    id,
                    properties,
                    arcs,
                } => (id, properties.name, vec![arcs]),
                Geometry::MultiPolygon {
                    id,
                    properties,
                    arcs,
                } => (id, properties.name, arcs),
                Geometry::Other => continue,
            };
            let bad = |problem: String| Error::Geometry {
                path: path.into(),
                feature: format!("{id} ({name})"),
                problem,
            };
            let missing = |a: i64| bad(format!("arc {a} is not among the {} arcs", arcs.len()));
            let fi = feats.len();
            for &a in polys.iter().flatten().flatten() {
                let users = arc_feats.get_mut(arc_index(a)).ok_or_else(|| missing(a))?;
                if !users.contains(&fi) {
                    users.push(fi);
                }
            }
            let polys = polys
                .into_iter()
                .map(|rings| {
                    let outer = rings
                        .first()
                        .ok_or_else(|| bad("a polygon has no rings".into()))?;
                    let outer =
                        stitch(outer, |i| arcs.get(i).map(Vec::as_slice)).map_err(missing)?;
                    Ok(Polygon { rings, outer })
                })
                .collect::<Result<_, Error>>()?;
            feats.push(Feature { id, polys });
        }
        Ok(World {
            path: path.into(),
            arcs,
            feats,
            arc_feats,
        })
    }

    /// The index of the feature with this id.
    pub fn fid(&self, id: &str) -> Result<usize, Error> {
        self.feats
            .iter()
            .position(|f| f.id == id)
            .ok_or_else(|| Error::NoFeature {
                path: self.path.clone(),
                id: id.into(),
            })
    }
}

#[cfg(test)]
mod tests;
