//! The options a choice question offers, with labels and pictograms, and the pure rules for
//! picking them (exclusive choices, maximum count, tap-to-order ranking).

use super::pictograms::Picto;
use crate::ui::words::Words;
use heard_core::ids::ChoiceId;
use heard_core::survey::QuestionKind;

#[derive(Debug, Clone, PartialEq)]
pub struct Opt {
    pub id: ChoiceId,
    pub label: String,
    pub picto: Option<Picto>,
    /// Cannot be combined with others ("none of these").
    pub exclusive: bool,
}

fn picto_for(id: &str) -> Option<Picto> {
    Some(match id {
        "yes" => Picto::Check,
        "no" => Picto::Cross,
        "up" => Picto::ThumbUp,
        "down" => Picto::ThumbDown,
        "positive" => Picto::FaceGood,
        "neutral" => Picto::FaceNeutral,
        "negative" => Picto::FaceBad,
        "above" | "effective" => Picto::ArrowUp,
        "at" | "partial" => Picto::Equal,
        "below" | "critical" => Picto::ArrowDown,
        _ => return None,
    })
}

/// Every option of a choice-shaped question, in display order.
pub fn options(kind: &QuestionKind, words: &Words) -> Vec<Opt> {
    let authored = kind.authored_choices();
    if !authored.is_empty() {
        return authored
            .iter()
            .map(|c| Opt {
                id: c.id.clone(),
                label: words.survey(&c.label),
                picto: None,
                exclusive: c.exclusive,
            })
            .collect();
    }
    let nationality = matches!(kind, QuestionKind::Nationality { .. });
    kind.choice_ids()
        .into_iter()
        .map(|id| {
            let code = id.as_str();
            let label = if nationality && !matches!(code, "other" | "prefer-not") {
                words.tr.country(code)
            } else {
                words.tr.choice(code)
            };
            Opt {
                picto: picto_for(code),
                exclusive: code == "prefer-not",
                label,
                id,
            }
        })
        .collect()
}

/// Tapping `id` in a multiple-choice list: exclusive options stand alone, and a full list
/// (`max`) takes no more. Returns the new, sorted selection.
pub fn toggle_choice(
    selected: &[ChoiceId],
    id: &ChoiceId,
    exclusive: &[ChoiceId],
    max: Option<u32>,
) -> Vec<ChoiceId> {
    let mut next: Vec<ChoiceId> = selected.to_vec();
    if let Some(at) = next.iter().position(|c| c == id) {
        next.remove(at);
    } else if exclusive.contains(id) {
        next = vec![id.clone()];
    } else {
        next.retain(|c| !exclusive.contains(c));
        let full = max.is_some_and(|m| next.len() >= usize::try_from(m).unwrap_or(usize::MAX));
        if !full {
            next.push(id.clone());
        }
    }
    next.sort();
    next
}

/// Tap-to-order: tapping an unordered item puts it next in the order.
pub fn rank_tap(order: &[ChoiceId], id: &ChoiceId) -> Vec<ChoiceId> {
    let mut next = order.to_vec();
    if !next.contains(id) {
        next.push(id.clone());
    }
    next
}

/// Moves the item at `index` one place up (toward most important) or down.
pub fn rank_move(order: &[ChoiceId], index: usize, up: bool) -> Vec<ChoiceId> {
    let mut next = order.to_vec();
    let other = if up {
        index.checked_sub(1)
    } else {
        Some(index + 1)
    };
    if let Some(other) = other.filter(|o| *o < next.len() && index < next.len()) {
        next.swap(index, other);
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<ChoiceId> {
        list.iter().map(|s| ChoiceId::new(*s).unwrap()).collect()
    }

    #[test]
    fn exclusive_choices_stand_alone() {
        let none = ids(&["none"]);
        let picked = toggle_choice(&ids(&["a"]), &none[0], &none, None);
        assert_eq!(picked, none);
        let picked = toggle_choice(&picked, &ids(&["b"])[0], &none, None);
        assert_eq!(picked, ids(&["b"]));
        let picked = toggle_choice(&picked, &ids(&["b"])[0], &none, None);
        assert!(picked.is_empty());
    }

    #[test]
    fn a_full_list_takes_no_more() {
        let picked = toggle_choice(&ids(&["a", "b"]), &ids(&["c"])[0], &[], Some(2));
        assert_eq!(picked, ids(&["a", "b"]));
    }

    #[test]
    fn ranking_taps_append_and_moves_swap_neighbours() {
        let order = rank_tap(&ids(&["b"]), &ids(&["a"])[0]);
        assert_eq!(order, ids(&["b", "a"]));
        assert_eq!(rank_tap(&order, &ids(&["a"])[0]), order);
        assert_eq!(rank_move(&order, 1, true), ids(&["a", "b"]));
        assert_eq!(rank_move(&order, 0, true), order);
        assert_eq!(rank_move(&order, 1, false), order);
    }
}
