//! Russia A-Z: the terms of `glossary.toml` become the body of the A-Z page, and the first
//! use of each term in every chapter page links to its entry.

use allrussias_model::book::Term;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use allrussias_model::block::{plain_text, walk_blocks_mut};
use allrussias_model::{Block, Book, Inline};

/// The A-Z page's route; each term is the fragment `#{slug}`, each letter `#letter-{x}`.
pub const PAGE: &str = "/a-z";

pub fn apply(book: &mut Book) {
    let mut terms = std::mem::take(&mut book.glossary);
    // Ё sorts with Е, as Russian dictionaries order it.
    terms.sort_by_key(|t| t.name.to_lowercase().replace('ё', "е"));
    for section in &mut book.sections {
        for page in section.chapters.iter_mut().flat_map(|c| c.pages.iter_mut()) {
            for term in &terms {
                link_first_use(&mut page.page.body, term, &page.no_link);
            }
        }
    }
    let titles: HashMap<String, String> = book
        .chapter_pages()
        .map(|p| (p.page.path.clone(), p.page.title.clone()))
        .collect();
    if let Some(index) = book.topics.iter_mut().find(|t| t.page.path == PAGE) {
        index
            .page
            .body
            .extend(entries(&terms, |to| titles.get(to).cloned()));
    }
    book.glossary = terms;
}

/// The terms under a heading per initial letter, each with its definition and the pages
/// where it matters (those `title_of` names: the A-Z page lists every page, an e-book's
/// appendix only its own).
pub fn entries<'a>(
    terms: impl IntoIterator<Item = &'a Term>,
    title_of: impl Fn(&str) -> Option<String>,
) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut letter = None;
    // Letters can share a slug (Е and Э are both "e"); an id must still be unique.
    let mut ids = HashSet::new();
    for term in terms {
        let initial = term
            .name
            .chars()
            .next()
            .map(|c| c.to_uppercase().collect::<String>());
        if initial != letter {
            let text = initial.clone().unwrap_or_default();
            let slug = format!("letter-{}", crate::slug::from_title(&text));
            let id = (1..)
                .map(|n| match n {
                    1 => slug.clone(),
                    n => format!("{slug}-{n}"),
                })
                .find(|id| ids.insert(id.clone()))
                .unwrap_or(slug);
            blocks.push(Block::Heading {
                level: 2,
                id,
                content: vec![Inline::text(text)],
            });
            letter = initial;
        }
        blocks.push(Block::Heading {
            level: 3,
            id: term.slug.clone(),
            content: vec![Inline::text(&term.name)],
        });
        blocks.push(Block::Paragraph {
            content: term.definition.clone(),
        });
        let see: Vec<Vec<Block>> = term
            .see
            .iter()
            .filter_map(|to| {
                Some(vec![Block::Paragraph {
                    content: vec![Inline::Link {
                        to: to.clone(),
                        content: vec![Inline::text(title_of(to)?)],
                    }],
                }])
            })
            .collect();
        if !see.is_empty() {
            blocks.push(Block::List {
                ordered: false,
                items: see,
            });
        }
    }
    blocks
}

/// Links the first whole-word use of the term in the page's running text. Headings,
/// quotations, titles of works, longer proper names, existing links and the text the author
/// marked `no_link` are left alone.
fn link_first_use(blocks: &mut [Block], term: &Term, no_link: &[String]) -> bool {
    let mut linked = false;
    walk_blocks_mut(blocks, &mut |block| match block {
        _ if linked => false,
        Block::Paragraph { content } => {
            let mut at = Place {
                quotes: Vec::new(),
                starts_paragraph: true,
            };
            linked = link_in(content, term, no_link, &mut at);
            false
        }
        // Lists and asides are running text, a quotation is someone else's.
        Block::Quote { .. } => false,
        _ => true,
    });
    linked
}

/// Where the linker is in a paragraph: the quotation marks open there, innermost last, and
/// whether nothing came before.
struct Place {
    quotes: Vec<char>,
    starts_paragraph: bool,
}

impl Place {
    fn in_quotes(&self) -> bool {
        !self.quotes.is_empty()
    }

    /// Whether the only open quotation marks hold exactly `range` of `text`: a term set off
    /// in quotation marks, as «двоевластие» or “dual power”, rather than a longer quotation.
    fn quotes_exactly(&self, text: &str, range: &Range<usize>) -> bool {
        let close = match self.quotes.as_slice() {
            ['«'] => '»',
            ['“'] => '”',
            ['„'] => '“',
            _ => return false,
        };
        text[..range.start].chars().next_back() == self.quotes.last().copied()
            && text[range.end..].starts_with(close)
    }

    /// Follows the quotation marks of `text`: “…” in English, «…» and „…“ in Russian.
    fn pass(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '«' | '„' => self.quotes.push(c),
                '“' if self.quotes.last() == Some(&'„') => {
                    self.quotes.pop();
                }
                '“' => self.quotes.push(c),
                '”' if self.quotes.last() == Some(&'“') => {
                    self.quotes.pop();
                }
                '»' if self.quotes.last() == Some(&'«') => {
                    self.quotes.pop();
                }
                _ => {}
            }
        }
        self.starts_paragraph &= text.is_empty();
    }
}

fn link_in(content: &mut Vec<Inline>, term: &Term, no_link: &[String], at: &mut Place) -> bool {
    for i in 0..content.len() {
        let found = match &mut content[i] {
            Inline::Text(text) => match find(text, term, no_link, at) {
                Some(range) => Some((text.clone(), range)),
                None => {
                    at.pass(text);
                    None
                }
            },
            Inline::Strong(inner) => {
                if link_in(inner, term, no_link, at) {
                    return true;
                }
                None
            }
            // Italics set off a foreign word or the title of a work: a term that is the
            // whole of the span is linked, one inside a longer span is not.
            Inline::Emphasis(inner) => match inner.as_mut_slice() {
                [Inline::Text(text)]
                    if !at.in_quotes()
                        && is_form(text, term)
                        && !no_link.iter().any(|marked| text.contains(marked.as_str())) =>
                {
                    inner[0] = link(term, text);
                    return true;
                }
                _ => {
                    at.pass(&plain_text(inner));
                    None
                }
            },
            Inline::Link { content: inner, .. } | Inline::ExternalLink { content: inner, .. } => {
                at.pass(&plain_text(inner));
                None
            }
            Inline::NoteRef(_) => None,
        };
        if let Some((text, range)) = found {
            let mut parts = Vec::new();
            if range.start > 0 {
                parts.push(Inline::text(&text[..range.start]));
            }
            parts.push(link(term, &text[range.clone()]));
            if range.end < text.len() {
                parts.push(Inline::text(&text[range.end..]));
            }
            content.splice(i..=i, parts);
            return true;
        }
    }
    false
}

fn link(term: &Term, text: &str) -> Inline {
    Inline::Link {
        to: format!("{PAGE}#{}", term.slug),
        content: vec![Inline::text(text)],
    }
}

fn forms(term: &Term) -> impl Iterator<Item = &String> {
    std::iter::once(&term.name)
        .chain(&term.forms)
        .filter(|form| !form.is_empty())
}

fn is_form(text: &str, term: &Term) -> bool {
    forms(term).any(|form| form == text)
}

/// The earliest whole-word occurrence of the term's name or one of its forms (the longest
/// where several start together) that is not part of a longer quotation or title in
/// quotation marks, outside the text marked `no_link` and not part of a longer proper name.
fn find(text: &str, term: &Term, no_link: &[String], at: &Place) -> Option<Range<usize>> {
    let mut found: Vec<Range<usize>> = forms(term)
        .flat_map(|form| {
            text.match_indices(form.as_str())
                .map(|(start, _)| start..start + form.len())
        })
        .filter(|range| is_word(text, range))
        .collect();
    found.sort_by_key(|range| (range.start, std::cmp::Reverse(range.end)));
    let marked: Vec<Range<usize>> = no_link
        .iter()
        .filter(|span| !span.is_empty())
        .flat_map(|span| {
            text.match_indices(span.as_str())
                .map(|(start, _)| start..start + span.len())
        })
        .collect();
    found.into_iter().find(|range| {
        let mut before = Place {
            quotes: at.quotes.clone(),
            starts_paragraph: at.starts_paragraph,
        };
        before.pass(&text[..range.start]);
        (!before.in_quotes() || before.quotes_exactly(text, range))
            && !marked
                .iter()
                .any(|m| m.start < range.end && range.start < m.end)
            && !in_longer_name(text, range, at.starts_paragraph)
    })
}

fn is_word(text: &str, range: &Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Whether a capitalised use sits beside another capitalised word, as "Horde" does in
/// "Great Horde" and «Орды» in «Большой Орды». A capital that only starts a sentence does
/// not count, nor does an abbreviation or a numeral after the term.
fn in_longer_name(text: &str, range: &Range<usize>, starts_paragraph: bool) -> bool {
    if !text[range.clone()].starts_with(char::is_uppercase) {
        return false;
    }
    let capitalised = |word: &str| word.starts_with(char::is_uppercase);
    let next = text[range.end..].strip_prefix([' ', '\u{a0}']).map(|rest| {
        rest.split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
    });
    // An abbreviation or a numeral after the term (СССР, XIX) makes no longer name.
    let in_capitals = |word: &str| !word.chars().any(char::is_lowercase);
    if next.is_some_and(|word| capitalised(word) && !in_capitals(word)) {
        return true;
    }
    let Some(rest) = text[..range.start].strip_suffix([' ', '\u{a0}']) else {
        return false;
    };
    let word_start = rest
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map_or(rest.len(), |(i, _)| i);
    let word = &rest[word_start..];
    let opens_sentence = match rest[..word_start].trim_end().chars().next_back() {
        None => starts_paragraph,
        Some(c) => matches!(c, '.' | '!' | '?' | '…' | ':'),
    };
    capitalised(word) && !opens_sentence
}

#[cfg(test)]
mod tests {
    use super::*;
    use allrussias_model::block::{walk, Node};
    use allrussias_model::Origin;

    fn term(name: &str, forms: &[&str]) -> Term {
        Term {
            origin: Origin::new("glossary.toml", 1),
            name: name.into(),
            slug: crate::slug::from_title(name),
            forms: forms.iter().map(|f| f.to_string()).collect(),
            definition: vec![Inline::text("A definition.")],
            see: vec!["/soviet-russia/a/b".into()],
            date: None,
        }
    }

    fn paragraph(text: &str) -> Block {
        Block::Paragraph {
            content: vec![Inline::text(text)],
        }
    }

    #[test]
    fn links_only_the_first_whole_word_use() {
        let mut body = vec![
            paragraph("The Bolshevism of the Bolsheviks."),
            paragraph("More Bolsheviks."),
        ];
        assert!(link_first_use(
            &mut body,
            &term("Bolshevik", &["Bolsheviks"]),
            &[]
        ));
        assert_eq!(
            body[0],
            Block::Paragraph {
                content: vec![
                    Inline::text("The Bolshevism of the "),
                    Inline::Link {
                        to: "/a-z#bolshevik".into(),
                        content: vec![Inline::text("Bolsheviks")],
                    },
                    Inline::text("."),
                ]
            }
        );
        assert_eq!(body[1], paragraph("More Bolsheviks."));
    }

    #[test]
    fn leaves_headings_quotes_and_links_alone() {
        let mut body = vec![
            Block::Quote {
                content: vec![paragraph("Kulaks must be liquidated as a class.")],
                attribution: None,
            },
            Block::Heading {
                level: 2,
                id: "kulaks".into(),
                content: vec![Inline::text("Kulaks")],
            },
            Block::Paragraph {
                content: vec![Inline::Link {
                    to: "/x".into(),
                    content: vec![Inline::text("Kulaks")],
                }],
            },
        ];
        let before = body.clone();
        assert!(!link_first_use(&mut body, &term("Kulak", &["Kulaks"]), &[]));
        assert_eq!(body, before);
    }

    /// The body after linking the term, with the text marked not to be linked.
    fn linked(mut body: Vec<Block>, term: &Term, no_link: &[&str]) -> Vec<Block> {
        let no_link: Vec<String> = no_link.iter().map(|s| s.to_string()).collect();
        link_first_use(&mut body, term, &no_link);
        body
    }

    /// The text of every glossary link in the body.
    fn links(blocks: &[Block]) -> Vec<String> {
        walk(blocks)
            .filter_map(|node| match node {
                Node::Inline(Inline::Link { to, content }) if to.starts_with(PAGE) => {
                    Some(plain_text(content))
                }
                _ => None,
            })
            .collect()
    }

    fn thaw() -> Term {
        term("Thaw", &[])
    }

    fn ottepel() -> Term {
        term("Оттепель", &["оттепели", "оттепелью"])
    }

    #[test]
    fn the_title_of_a_work_in_italics_is_not_linked() {
        // content/en/soviet-russia/10-stalins-legacy/03-the-thaw.md
        let body = vec![
            Block::Paragraph {
                content: vec![
                    Inline::text("The years after Stalin’s death took their name from a short novel. Ilya Ehrenburg’s "),
                    Inline::Emphasis(vec![Inline::text("The Thaw")]),
                    Inline::text(", which began to appear in 1954, told of a provincial factory town."),
                ],
            },
            paragraph("Historians date the Thaw from 1953 to 1964."),
        ];
        let body = linked(body, &thaw(), &[]);
        assert_eq!(links(&body[..1]), Vec::<String>::new());
        assert_eq!(links(&body[1..]), ["Thaw"]);
        // A foreign word in italics is the whole of its span, and linked.
        let body = linked(
            vec![Block::Paragraph {
                content: vec![
                    Inline::text("When it failed, he turned to "),
                    Inline::Emphasis(vec![Inline::text("perestroika")]),
                    Inline::text(", or restructuring."),
                ],
            }],
            &term("Perestroika", &["perestroika"]),
            &[],
        );
        assert_eq!(links(&body), ["perestroika"]);
    }

    #[test]
    fn a_term_in_quotation_marks_is_linked_only_as_the_whole_of_them() {
        // content/ru/soviet-russia/10-stalins-legacy/03-the-thaw.md: the title is the term
        // itself, so the page marks it `{nolink}«Оттепель»{/nolink}`.
        let ehrenburg = || {
            vec![
                paragraph("Годы после смерти Сталина получили своё название от небольшой повести. «Оттепель» Ильи Эренбурга, начавшая выходить в 1954 году, рассказывала о провинциальном заводском городке."),
                paragraph("Оттепель никогда не была ровным таянием льда."),
            ]
        };
        let body = linked(ehrenburg(), &ottepel(), &["«Оттепель»"]);
        assert_eq!(links(&body[..1]), Vec::<String>::new());
        assert_eq!(links(&body[1..]), ["Оттепель"]);
        let body = linked(ehrenburg(), &ottepel(), &[]);
        assert_eq!(links(&body[..1]), ["Оттепель"]);
        // A longer title in quotation marks is left alone, a term set off in them is linked.
        let body = linked(
            vec![paragraph(
                "Статья «Конец оттепели» вышла в 1963 году; «оттепели» пришёл конец.",
            )],
            &ottepel(),
            &[],
        );
        assert_eq!(links(&body), ["оттепели"]);
        assert!(
            matches!(&body[0], Block::Paragraph { content } if plain_text(&content[..1]).ends_with("; «"))
        );
        // content/en/tsarist-russia/war-and-revolution/the-provisional-government
        let body = linked(
            vec![paragraph(
                "Contemporaries called this uneasy partnership “dual power”.",
            )],
            &term("Dual power", &["dual power"]),
            &[],
        );
        assert_eq!(links(&body), ["dual power"]);
        let body = linked(
            vec![paragraph(
                "Ehrenburg called it “The Thaw”, and the Thaw it became.",
            )],
            &thaw(),
            &[],
        );
        assert_eq!(links(&body), ["Thaw"]);
        assert_eq!(
            body[0],
            Block::Paragraph {
                content: vec![
                    Inline::text("Ehrenburg called it “The Thaw”, and the "),
                    Inline::Link {
                        to: "/a-z#thaw".into(),
                        content: vec![Inline::text("Thaw")],
                    },
                    Inline::text(" it became."),
                ]
            }
        );
        // Russian quotes inside quotes: „…“ closes before «…» does.
        let body = linked(
            vec![paragraph(
                "Он писал: «Так началась „Оттепель“ в литературе», и оттепели хватило ненадолго.",
            )],
            &ottepel(),
            &[],
        );
        assert_eq!(links(&body), ["оттепели"]);
    }

    #[test]
    fn quotation_blocks_are_not_linked_in_either_language() {
        let quote = |text: &str| Block::Quote {
            content: vec![paragraph(text)],
            attribution: Some(vec![Inline::text("Ilya Ehrenburg")]),
        };
        let body = linked(vec![quote("The Thaw has come.")], &thaw(), &[]);
        assert_eq!(links(&body), Vec::<String>::new());
        let body = linked(
            vec![quote("Пришла оттепель, и оттепели рады.")],
            &ottepel(),
            &[],
        );
        assert_eq!(links(&body), Vec::<String>::new());
    }

    #[test]
    fn a_longer_proper_name_is_not_linked_unless_it_is_a_form() {
        // content/en/tsarist-russia/02-mongol-rule-and-moscow/03-ivan-the-great.md
        let horde = term("Golden Horde", &["Horde"]);
        let body = linked(
            vec![paragraph("In 1480 Khan Akhmat of the Great Horde, the main successor of the Golden Horde, marched on Moscow.")],
            &horde,
            &[],
        );
        assert_eq!(links(&body), ["Golden Horde"]);
        // content/ru/tsarist-russia/02-mongol-rule-and-moscow/03-ivan-the-great.md
        let orda = term(
            "Золотая Орда",
            &["Золотой Орды", "Орда", "Орды", "Орде", "Орду", "Ордой"],
        );
        let body = linked(
            vec![paragraph("В 1480 году хан Большой Орды Ахмат, главной наследницы Золотой Орды, двинулся на Москву.")],
            &orda,
            &[],
        );
        assert_eq!(links(&body), ["Золотой Орды"]);
        // A name followed by another capitalised word is longer too.
        let body = linked(
            vec![paragraph("Орды Ахмат не дождался; Орда отступила.")],
            &orda,
            &[],
        );
        assert_eq!(links(&body), ["Орда"]);
    }

    #[test]
    fn a_capital_that_starts_a_sentence_does_not_make_a_longer_name() {
        // content/en/tsarist-russia/02-mongol-rule-and-moscow/02-the-rise-of-moscow.md
        let horde = term("Golden Horde", &["Horde"]);
        let body = linked(
            vec![paragraph(
                "He built the Kremlin’s first stone walls. The Horde was then in turmoil.",
            )],
            &horde,
            &[],
        );
        assert_eq!(links(&body), ["Horde"]);
        let orda = term("Золотая Орда", &["Орда"]);
        let body = linked(
            vec![paragraph("Тогда Орда была охвачена смутой.")],
            &orda,
            &[],
        );
        assert_eq!(links(&body), ["Орда"]);
        // A word in lower case is no name: "Moscow boyars" links "boyars".
        let body = linked(
            vec![paragraph("The Moscow boyars. Московские бояре.")],
            &term("Boyar", &["boyars", "бояре"]),
            &[],
        );
        assert_eq!(links(&body), ["boyars"]);
    }

    #[test]
    fn text_the_author_marked_is_not_linked() {
        let body = linked(
            vec![paragraph("A thaw in the Thaw of spring, then the Thaw.")],
            &thaw(),
            &["Thaw of spring"],
        );
        assert_eq!(
            body[0],
            Block::Paragraph {
                content: vec![
                    Inline::text("A thaw in the Thaw of spring, then the "),
                    Inline::Link {
                        to: "/a-z#thaw".into(),
                        content: vec![Inline::text("Thaw")],
                    },
                    Inline::text("."),
                ]
            }
        );
        let body = linked(
            vec![paragraph(
                "После весенней оттепели дороги развезло; конец оттепели в политике пришёл в 1964 году.",
            )],
            &ottepel(),
            &["весенней оттепели"],
        );
        assert_eq!(links(&body), ["оттепели"]);
        assert!(matches!(&body[0], Block::Paragraph { content } if content.len() == 3));
        // content/en/soviet-russia/03-soviet-ideology/03-from-utopia-to-ritual.md writes
        // the book's title `*{nolink}Perestroika{/nolink}*`.
        let book = || Block::Paragraph {
            content: vec![
                Inline::text("In his book "),
                Inline::Emphasis(vec![Inline::text("Perestroika")]),
                Inline::text(" (1987) he called for more democracy."),
            ],
        };
        let perestroika = term("Perestroika", &["perestroika"]);
        assert_eq!(
            links(&linked(vec![book()], &perestroika, &[])),
            ["Perestroika"]
        );
        let body = linked(vec![book()], &perestroika, &["Perestroika"]);
        assert_eq!(links(&body), Vec::<String>::new());
    }

    #[test]
    fn entries_group_terms_by_letter_with_their_pages() {
        let terms = [term("Boyar", &[]), term("Bolshevik", &[])];
        let blocks = entries(&terms, |_| Some("Page B".to_string()));
        let ids: Vec<&str> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { id, .. } => Some(id.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(ids, ["letter-b", "boyar", "bolshevik"]);
    }

    #[test]
    fn letters_that_share_a_slug_get_their_own_ids() {
        let terms = [term("Ельцин", &[]), term("Эра", &[])];
        let blocks = entries(&terms, |_| None);
        let letters: Vec<&str> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { level: 2, id, .. } => Some(id.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(letters, ["letter-e", "letter-e-2"]);
    }
}
