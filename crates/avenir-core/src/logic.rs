//! Kleene's strong three-valued logic.

use serde::{Deserialize, Serialize};

/// A truth value that may be unknown: the value of a condition when an answer it depends on is
/// missing, "don't know" or "prefer not to say".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Tri {
    False,
    Unknown,
    True,
}

impl Tri {
    /// Kleene conjunction: false wins, then unknown.
    pub fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::False, _) | (_, Tri::False) => Tri::False,
            (Tri::True, Tri::True) => Tri::True,
            _ => Tri::Unknown,
        }
    }

    /// Kleene disjunction: true wins, then unknown.
    pub fn or(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::True, _) | (_, Tri::True) => Tri::True,
            (Tri::False, Tri::False) => Tri::False,
            _ => Tri::Unknown,
        }
    }

    /// Negation; unknown stays unknown.
    #[allow(clippy::should_implement_trait)]
    pub fn not(self) -> Tri {
        match self {
            Tri::True => Tri::False,
            Tri::False => Tri::True,
            Tri::Unknown => Tri::Unknown,
        }
    }

    pub fn is_true(self) -> bool {
        self == Tri::True
    }
}

impl From<bool> for Tri {
    fn from(b: bool) -> Tri {
        if b { Tri::True } else { Tri::False }
    }
}

#[cfg(test)]
mod tests {
    use super::Tri::{self, False as F, True as T, Unknown as U};

    /// Full truth tables, written out as Kleene's K3 tables so that a wrong row cannot hide.
    #[test]
    fn and_truth_table() {
        let table = [(T, T, T), (T, U, U), (T, F, F), (U, T, U), (U, U, U), (U, F, F), (F, T, F), (F, U, F), (F, F, F)];
        for (a, b, want) in table {
            assert_eq!(a.and(b), want, "{a:?} and {b:?}");
        }
    }

    #[test]
    fn or_truth_table() {
        let table = [(T, T, T), (T, U, T), (T, F, T), (U, T, T), (U, U, U), (U, F, U), (F, T, T), (F, U, U), (F, F, F)];
        for (a, b, want) in table {
            assert_eq!(a.or(b), want, "{a:?} or {b:?}");
        }
    }

    #[test]
    fn not_truth_table() {
        assert_eq!(T.not(), F);
        assert_eq!(F.not(), T);
        assert_eq!(U.not(), U);
    }

    #[test]
    fn de_morgan_holds_over_unknown() {
        let all = [T, U, F];
        for a in all {
            for b in all {
                assert_eq!(a.and(b).not(), a.not().or(b.not()));
                assert_eq!(a.or(b).not(), a.not().and(b.not()));
            }
        }
    }

    #[test]
    fn from_bool() {
        assert_eq!(Tri::from(true), T);
        assert_eq!(Tri::from(false), F);
    }
}
