//! Albers projection, simplification, clipping and SVG path output of the decoded world.
use crate::topojson::{stitch, World};

pub type P = (f64, f64);

/// Albers equal-area conic projection, output in SVG pixel space (y down).
#[derive(Clone)]
pub struct Albers {
    lon0: f64,
    n: f64,
    c: f64,
    rho0: f64,
    pub k: f64,
    pub tx: f64,
    pub ty: f64,
}

impl Albers {
    pub fn new(lon0: f64, lat0: f64, p1: f64, p2: f64) -> Albers {
        let r = |d: f64| d.to_radians();
        let n = (r(p1).sin() + r(p2).sin()) / 2.0;
        let c = r(p1).cos().powi(2) + 2.0 * n * r(p1).sin();
        let rho0 = (c - 2.0 * n * r(lat0).sin()).sqrt() / n;
        Albers {
            lon0,
            n,
            c,
            rho0,
            k: 1.0,
            tx: 0.0,
            ty: 0.0,
        }
    }
    /// longitude offset from the central meridian, in [-180, 180)
    pub fn dlon(&self, lon: f64) -> f64 {
        let mut d = lon - self.lon0;
        while d < -180.0 {
            d += 360.0;
        }
        while d >= 180.0 {
            d -= 360.0;
        }
        d
    }
    pub fn raw(&self, dlon: f64, lat: f64) -> P {
        let rho = (self.c - 2.0 * self.n * lat.to_radians().sin())
            .max(0.0)
            .sqrt()
            / self.n;
        let th = self.n * dlon.to_radians();
        (rho * th.sin(), self.rho0 - rho * th.cos())
    }
    pub fn p(&self, lon: f64, lat: f64) -> P {
        let (x, y) = self.raw(self.dlon(lon), lat);
        (x * self.k + self.tx, -y * self.k + self.ty)
    }
    /// Fit lon/lat points into width w with padding; returns height.
    pub fn fit(&mut self, pts: &[P], w: f64, pad: f64) -> f64 {
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for &(lon, lat) in pts {
            let (x, y) = self.raw(self.dlon(lon), lat);
            let y = -y;
            x0 = x0.min(x);
            x1 = x1.max(x);
            y0 = y0.min(y);
            y1 = y1.max(y);
        }
        self.k = (w - 2.0 * pad) / (x1 - x0);
        self.tx = pad - x0 * self.k;
        self.ty = pad - y0 * self.k;
        ((y1 - y0) * self.k + 2.0 * pad).round()
    }
}

fn seg_dist(p: P, a: P, b: P) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let l2 = dx * dx + dy * dy;
    if l2 == 0.0 {
        return ((p.0 - a.0).powi(2) + (p.1 - a.1).powi(2)).sqrt();
    }
    let t = (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / l2).clamp(0.0, 1.0);
    ((p.0 - a.0 - t * dx).powi(2) + (p.1 - a.1 - t * dy).powi(2)).sqrt()
}

/// Douglas–Peucker simplification (keeps both end points).
pub fn simplify(pts: &[P], tol: f64) -> Vec<P> {
    if pts.len() < 3 {
        return pts.to_vec();
    }
    let mut keep = vec![false; pts.len()];
    keep[0] = true;
    keep[pts.len() - 1] = true;
    let mut stack = vec![(0usize, pts.len() - 1)];
    while let Some((i, j)) = stack.pop() {
        let mut best = (0.0, 0usize);
        for k in i + 1..j {
            let d = seg_dist(pts[k], pts[i], pts[j]);
            if d > best.0 {
                best = (d, k);
            }
        }
        if best.0 > tol {
            keep[best.1] = true;
            stack.push((i, best.1));
            stack.push((best.1, j));
        }
    }
    pts.iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(p, _)| *p)
        .collect()
}

/// Sutherland–Hodgman clip of a closed ring to a rectangle.
pub fn clip_ring(ring: &[P], x0: f64, y0: f64, x1: f64, y1: f64) -> Vec<P> {
    let mut out = ring.to_vec();
    for edge in 0..4 {
        if out.is_empty() {
            break;
        }
        let inside = |p: P| match edge {
            0 => p.0 >= x0,
            1 => p.0 <= x1,
            2 => p.1 >= y0,
            _ => p.1 <= y1,
        };
        let cross = |a: P, b: P| -> P {
            match edge {
                0 | 1 => {
                    let x = if edge == 0 { x0 } else { x1 };
                    let t = (x - a.0) / (b.0 - a.0);
                    (x, a.1 + t * (b.1 - a.1))
                }
                _ => {
                    let y = if edge == 2 { y0 } else { y1 };
                    let t = (y - a.1) / (b.1 - a.1);
                    (a.0 + t * (b.0 - a.0), y)
                }
            }
        };
        let inp = std::mem::take(&mut out);
        for i in 0..inp.len() {
            let cur = inp[i];
            let prev = inp[(i + inp.len() - 1) % inp.len()];
            if inside(cur) {
                if !inside(prev) {
                    out.push(cross(prev, cur));
                }
                out.push(cur);
            } else if inside(prev) {
                out.push(cross(prev, cur));
            }
        }
    }
    out
}

pub fn area(r: &[P]) -> f64 {
    let mut a = 0.0;
    for i in 0..r.len() {
        let (p, q) = (r[i], r[(i + 1) % r.len()]);
        a += p.0 * q.1 - q.0 * p.1;
    }
    a / 2.0
}

fn fmt10(v: i64) -> String {
    let s = if v < 0 { "-" } else { "" };
    let a = v.abs();
    if a % 10 == 0 {
        format!("{s}{}", a / 10)
    } else {
        format!("{s}{}.{}", a / 10, a % 10)
    }
}

/// Relative SVG path data with 0.1 px precision.
pub fn path_d(rings: &[Vec<P>], closed: bool) -> String {
    let mut s = String::new();
    let mut cur = (0i64, 0i64);
    for r in rings {
        let q: Vec<(i64, i64)> = r
            .iter()
            .map(|p| ((p.0 * 10.0).round() as i64, (p.1 * 10.0).round() as i64))
            .collect();
        let mut q2: Vec<(i64, i64)> = Vec::with_capacity(q.len());
        for p in q {
            if q2.last() != Some(&p) {
                q2.push(p);
            }
        }
        if q2.len() < 2 {
            continue;
        }
        // the first move of each call is absolute, so that paths can be concatenated
        s.push(if s.is_empty() { 'M' } else { 'm' });
        s += &fmt10(q2[0].0 - cur.0);
        s.push(',');
        s += &fmt10(q2[0].1 - cur.1);
        cur = q2[0];
        let mut first = true;
        for p in &q2[1..] {
            s.push(if first { 'l' } else { ' ' });
            first = false;
            let (dx, dy) = (p.0 - cur.0, p.1 - cur.1);
            s += &fmt10(dx);
            if dy >= 0 {
                s.push(',');
            }
            s += &fmt10(dy);
            cur = *p;
        }
        if closed {
            s.push('z');
            cur = q2[0]; // after z the current point is the sub-path start
        }
    }
    s
}

/// A map's projected, simplified geometry.
pub struct Frame<'a> {
    pub world: &'a World,
    pub pr: Albers,
    pub w: f64,
    pub h: f64,
    parcs: Vec<Option<Vec<P>>>,
}

impl<'a> Frame<'a> {
    pub fn new(world: &'a World, pr: Albers, w: f64, h: f64, tol: f64) -> Frame<'a> {
        let parcs = world
            .arcs
            .iter()
            .map(|a| {
                let mut prev: Option<f64> = None;
                let mut pts = Vec::with_capacity(a.len());
                for &(lon, lat) in a {
                    let d = pr.dlon(lon);
                    if let Some(pd) = prev {
                        if (d - pd).abs() > 180.0 {
                            return None;
                        }
                    }
                    prev = Some(d);
                    let (x, y) = pr.raw(d, lat);
                    pts.push((x * pr.k + pr.tx, -y * pr.k + pr.ty));
                }
                Some(simplify(&pts, tol))
            })
            .collect();
        Frame {
            world,
            pr,
            w,
            h,
            parcs,
        }
    }
    pub fn p(&self, lon: f64, lat: f64) -> P {
        self.pr.p(lon, lat)
    }
    /// A ring in pixels, or None if one of its arcs is cut at the antimeridian.
    fn ring(&self, ring: &[i64]) -> Option<Vec<P>> {
        stitch(ring, |i| self.parcs.get(i)?.as_deref()).ok()
    }
    fn clip(&self, r: &[P]) -> Vec<P> {
        let m = 20.0;
        clip_ring(r, -m, -m, self.w + m, self.h + m)
    }
    /// Path of one feature; `keep` decides per polygon from its lon/lat centroid of the outer ring.
    pub fn feature_d_filtered(&self, fi: usize, keep: &dyn Fn(P) -> bool) -> String {
        let f = &self.world.feats[fi];
        let mut rings = Vec::new();
        for poly in &f.polys {
            let n = poly.outer.len() as f64;
            let c = poly
                .outer
                .iter()
                .fold((0.0, 0.0), |a, p| (a.0 + p.0 / n, a.1 + p.1 / n));
            if !keep(c) {
                continue;
            }
            for r in &poly.rings {
                if let Some(pr) = self.ring(r) {
                    let c = self.clip(&pr);
                    if c.len() >= 3 && area(&c).abs() > 0.8 {
                        rings.push(c);
                    }
                }
            }
        }
        path_d(&rings, true)
    }
    pub fn feature_d(&self, fi: usize) -> String {
        self.feature_d_filtered(fi, &|_| true)
    }
    /// Mesh of arcs: pred(features using the arc) decides.
    pub fn mesh_d(&self, pred: &dyn Fn(&[usize]) -> bool) -> String {
        let m = 5.0;
        let inside = |p: P| p.0 >= -m && p.0 <= self.w + m && p.1 >= -m && p.1 <= self.h + m;
        let mut lines: Vec<Vec<P>> = Vec::new();
        for (i, a) in self.parcs.iter().enumerate() {
            let Some(a) = a else { continue };
            if self.world.arcs[i].iter().all(|p| p.0.abs() > 179.99) {
                continue; // antimeridian cut
            }
            if !pred(&self.world.arc_feats[i]) {
                continue;
            }
            let mut cur: Vec<P> = Vec::new();
            for k in 0..a.len() {
                let p = a[k];
                let seg_in = inside(p)
                    || (k > 0 && inside(a[k - 1]))
                    || (k + 1 < a.len() && inside(a[k + 1]));
                if seg_in {
                    cur.push(p);
                } else if !cur.is_empty() {
                    lines.push(std::mem::take(&mut cur));
                }
            }
            if cur.len() > 1 {
                lines.push(cur);
            }
        }
        path_d(&lines, false)
    }
    /// A hand-drawn lon/lat polygon, densified so edges follow the projection.
    pub fn poly_d(&self, pts: &[P]) -> String {
        path_d(&[self.clip(&self.proj_dense(pts, true))], true)
    }
    pub fn proj_dense(&self, pts: &[P], closed: bool) -> Vec<P> {
        let mut out = Vec::new();
        let n = pts.len();
        let segs = if closed { n } else { n - 1 };
        for i in 0..segs {
            let (a, b) = (pts[i], pts[(i + 1) % n]);
            let steps = (((b.0 - a.0).abs().max((b.1 - a.1).abs())) / 0.5)
                .ceil()
                .max(1.0) as usize;
            for s in 0..steps {
                let t = s as f64 / steps as f64;
                out.push(self.pr.p(a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1)));
            }
        }
        if !closed {
            out.push(self.pr.p(pts[n - 1].0, pts[n - 1].1));
        }
        out
    }
}
