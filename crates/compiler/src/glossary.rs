//! Russia A-Z: the terms of `glossary.toml` become the body of the A-Z page, and the first
//! use of each term in every chapter page links to its entry.

use allrussias_model::book::Term;
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
                link_first_use(&mut page.page.body, term);
            }
        }
    }
    let titles: Vec<(String, String)> = book
        .chapter_pages()
        .map(|p| (p.page.path.clone(), p.page.title.clone()))
        .collect();
    if let Some(index) = book.topics.iter_mut().find(|t| t.page.path == PAGE) {
        index.page.body.extend(entries(&terms, &titles));
    }
    book.glossary = terms;
}

/// The terms under a heading per initial letter, each with its definition and the pages
/// where it matters.
fn entries(terms: &[Term], titles: &[(String, String)]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut letter = None;
    for term in terms {
        let initial = term
            .name
            .chars()
            .next()
            .map(|c| c.to_uppercase().collect::<String>());
        if initial != letter {
            let text = initial.clone().unwrap_or_default();
            blocks.push(Block::Heading {
                level: 2,
                id: format!("letter-{}", crate::slug::from_title(&text)),
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
        let see = term.see.iter().filter_map(|to| {
            let (_, title) = titles.iter().find(|(path, _)| path == to)?;
            Some(vec![Block::Paragraph {
                content: vec![Inline::Link {
                    to: to.clone(),
                    content: vec![Inline::text(title)],
                }],
            }])
        });
        blocks.push(Block::List {
            ordered: false,
            items: see.collect(),
        });
    }
    blocks
}

/// Links the first whole-word use of the term in the page's running text. Headings,
/// quotations and existing links are left alone.
fn link_first_use(blocks: &mut [Block], term: &Term) -> bool {
    blocks.iter_mut().any(|block| match block {
        Block::Paragraph { content } => link_in(content, term),
        Block::List { items, .. } => items.iter_mut().any(|item| link_first_use(item, term)),
        Block::Aside { content, .. } => link_first_use(content, term),
        Block::Heading { .. }
        | Block::Quote { .. }
        | Block::Table { .. }
        | Block::Figure { .. } => false,
    })
}

fn link_in(content: &mut Vec<Inline>, term: &Term) -> bool {
    for i in 0..content.len() {
        let found = match &mut content[i] {
            Inline::Text(text) => find(text, term).map(|range| (text.clone(), range)),
            Inline::Emphasis(inner) | Inline::Strong(inner) => {
                if link_in(inner, term) {
                    return true;
                }
                None
            }
            Inline::Link { .. } | Inline::ExternalLink { .. } | Inline::NoteRef(_) => None,
        };
        if let Some((text, range)) = found {
            let mut parts = Vec::new();
            if range.start > 0 {
                parts.push(Inline::text(&text[..range.start]));
            }
            parts.push(Inline::Link {
                to: format!("{PAGE}#{}", term.slug),
                content: vec![Inline::text(&text[range.clone()])],
            });
            if range.end < text.len() {
                parts.push(Inline::text(&text[range.end..]));
            }
            content.splice(i..=i, parts);
            return true;
        }
    }
    false
}

/// The earliest whole-word occurrence of the term's name or one of its forms.
fn find(text: &str, term: &Term) -> Option<std::ops::Range<usize>> {
    std::iter::once(&term.name)
        .chain(&term.forms)
        .filter(|form| !form.is_empty())
        .filter_map(|form| {
            text.match_indices(form.as_str())
                .map(|(at, _)| at..at + form.len())
                .find(|range| is_word(text, range))
        })
        .min_by_key(|range| range.start)
}

fn is_word(text: &str, range: &std::ops::Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;
    use allrussias_model::Origin;

    fn term(name: &str, forms: &[&str]) -> Term {
        Term {
            origin: Origin::new("glossary.toml", 1),
            name: name.into(),
            slug: crate::slug::from_title(name),
            forms: forms.iter().map(|f| f.to_string()).collect(),
            definition: vec![Inline::text("A definition.")],
            see: vec!["/soviet-russia/a/b".into()],
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
            &term("Bolshevik", &["Bolsheviks"])
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
        assert!(!link_first_use(&mut body, &term("Kulak", &["Kulaks"])));
        assert_eq!(body, before);
    }

    #[test]
    fn entries_group_terms_by_letter_with_their_pages() {
        let titles = vec![("/soviet-russia/a/b".to_string(), "Page B".to_string())];
        let blocks = entries(&[term("Boyar", &[]), term("Bolshevik", &[])], &titles);
        let ids: Vec<&str> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { id, .. } => Some(id.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(ids, ["letter-b", "boyar", "bolshevik"]);
    }
}
