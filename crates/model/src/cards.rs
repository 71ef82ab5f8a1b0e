//! Flash cards with Leitner boxes: a card answered well moves up a box and comes back
//! after a longer wait; one answered wrong goes back to the first box and comes back the
//! same day. Days are whole numbers from the reader's clock, so tests use a fixed one.

use serde::{Deserialize, Serialize};

/// How many days a card in box 1, 2, ... waits before it is due again.
const WAIT: [u32; 5] = [1, 2, 4, 8, 16];

/// A card in this box or above is learnt: it is remembered for more than a week.
pub const LEARNT: u8 = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grade {
    Again,
    Good,
    Easy,
}

/// What the reader has answered, per card they have seen.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Schedule {
    /// Least recently graded first.
    pub cards: Vec<CardState>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CardState {
    pub id: String,
    /// The Leitner box, from 1.
    #[serde(rename = "box")]
    pub level: u8,
    /// The day it is due again.
    pub due: u32,
}

impl Schedule {
    fn state(&self, id: &str) -> Option<&CardState> {
        self.cards.iter().find(|c| c.id == id)
    }

    pub fn grade(&mut self, id: &str, grade: Grade, today: u32) {
        let level = self.state(id).map_or(0, |c| c.level);
        let top = WAIT.len() as u8;
        let level = match grade {
            Grade::Again => 1,
            Grade::Good => (level + 1).min(top),
            Grade::Easy => (level + 2).min(top),
        };
        let due = match grade {
            Grade::Again => today,
            _ => today + WAIT[usize::from(level) - 1],
        };
        self.cards.retain(|c| c.id != id);
        self.cards.push(CardState {
            id: id.to_string(),
            level,
            due,
        });
    }

    /// The deck position of the card to show: a due one (the least recently graded
    /// first), else the first new one; `None` when nothing is due today.
    pub fn next<'a>(&self, deck: impl IntoIterator<Item = &'a str>, today: u32) -> Option<usize> {
        let deck: Vec<&str> = deck.into_iter().collect();
        self.cards
            .iter()
            .filter(|c| c.due <= today)
            .find_map(|c| deck.iter().position(|id| *id == c.id))
            .or_else(|| deck.iter().position(|id| self.state(id).is_none()))
    }

    /// How many cards of the deck are due today, new ones included.
    pub fn due<'a>(&self, deck: impl IntoIterator<Item = &'a str>, today: u32) -> usize {
        deck.into_iter()
            .filter(|id| self.state(id).is_none_or(|c| c.due <= today))
            .count()
    }

    /// How many cards of the deck are learnt.
    pub fn learnt<'a>(&self, deck: impl IntoIterator<Item = &'a str>) -> usize {
        deck.into_iter()
            .filter(|id| self.state(id).is_some_and(|c| c.level >= LEARNT))
            .count()
    }
}

#[cfg(test)]
mod tests;
