//! How the status bar's columns are shared out between its title, its notice and its key hints, most needed first, when it is short of room.

/// The columns each field of the status bar wants.
pub(super) struct Wants {
    /// The title with its spaces.
    pub(super) title: usize,
    /// Position and claim: never shortened.
    pub(super) fixed: usize,
    /// The message, warning or standing notice with its spaces; 0 when there is none.
    pub(super) notice: usize,
    /// Whether the notice is the result of the last key (a message, gone at the next
    /// key), shared out by [`MESSAGE_LADDER`], rather than a standing warning or notice.
    pub(super) transient: bool,
    /// Each hint (`n next`), most useful first ([`crate::keys::bindings::HINT_PRIORITY`]).
    pub(super) hints: Vec<usize>,
}

/// The columns each field gets.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Plan {
    pub(super) title: usize,
    pub(super) notice: usize,
    /// How many hints are shown: the first so many of [`Wants::hints`].
    pub(super) hints: usize,
}

/// One step of [`LADDER`]: a field given columns up to a cap, or a hint shown whole.
#[derive(Clone, Copy)]
enum Step {
    Title(usize),
    Notice(usize),
    /// The hint of this rank in [`crate::keys::bindings::HINT_PRIORITY`] (0 is help).
    Hint(usize),
}

/// The order the status bar's columns are given out in, most needed first; position and
/// claim come before all and are never shortened. Read from the bottom, it is the order
/// things are cut when the bar is short (blank space always goes first): the quit hint
/// (help lists it), the title down to 12 columns (the article's first line shows it
/// too), the search and focus hints, the message (or warning, or filter) down to 24
/// columns with an ellipsis, the prev and next hints, the title to nothing, the message
/// down to 12 columns and then to nothing, and help last of all.
const LADDER: &[Step] = &[
    Step::Hint(0),
    Step::Notice(12),
    Step::Title(12),
    Step::Notice(24),
    Step::Hint(1),
    Step::Hint(2),
    Step::Notice(usize::MAX),
    Step::Hint(3),
    Step::Hint(4),
    Step::Title(usize::MAX),
    Step::Hint(5),
];

/// The order for a message, the result of the last key: it lasts one keystroke, so it is
/// shown whole (or as much as fits) after help and before every other hint and the title;
/// the hints and the title come back with the standing notices at the next key.
const MESSAGE_LADDER: &[Step] = &[
    Step::Hint(0),
    Step::Notice(usize::MAX),
    Step::Hint(1),
    Step::Hint(2),
    Step::Title(12),
    Step::Hint(3),
    Step::Hint(4),
    Step::Title(usize::MAX),
    Step::Hint(5),
];

/// Shares the status bar's `width` columns by [`LADDER`] ([`MESSAGE_LADDER`] for a
/// message). Layout, left to right: title,
/// position, claim, notice, blank, hints.
pub(super) fn share(width: usize, wants: Wants) -> Plan {
    let mut room = width.saturating_sub(wants.fixed);
    let mut plan = Plan {
        title: 0,
        notice: 0,
        hints: 0,
    };
    let grow = |have: &mut usize, want: usize, cap: usize, room: &mut usize| {
        let add = want.min(cap).saturating_sub(*have).min(*room);
        *have += add;
        *room -= add;
    };
    let ladder = if wants.transient {
        MESSAGE_LADDER
    } else {
        LADDER
    };
    for step in ladder {
        match *step {
            Step::Title(cap) => grow(&mut plan.title, wants.title, cap, &mut room),
            Step::Notice(cap) => grow(&mut plan.notice, wants.notice, cap, &mut room),
            Step::Hint(rank) => {
                // The first hint takes a blank before it and a space after; the others ` · `.
                let Some(hint) = wants.hints.get(rank) else {
                    continue;
                };
                let cost = hint + if rank == 0 { 2 } else { 3 };
                if plan.hints == rank && cost <= room {
                    plan.hints += 1;
                    room -= cost;
                }
            }
        }
    }
    // A title of a few columns (` Pom… `: under five letters) says nothing: the message
    // has them, else nothing does (a blank reads better than `A g…`).
    if plan.title < 8 && plan.title < wants.title {
        let spare = plan.title.min(wants.notice - plan.notice);
        plan.notice += spare;
        plan.title = 0;
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `h help`, `n next`, `p prev`, `Tab focus`, `/ search`, `q quit`.
    const HINTS: [usize; 6] = [6, 6, 6, 9, 8, 6];

    fn wants(title: usize, notice: usize) -> Wants {
        Wants {
            title,
            fixed: 18,
            notice,
            transient: false,
            hints: HINTS.to_vec(),
        }
    }

    fn message(title: usize, notice: usize) -> Wants {
        Wants {
            transient: true,
            ..wants(title, notice)
        }
    }

    fn all_hints(count: usize) -> usize {
        HINTS[..count].iter().sum::<usize>() + 3 * count - 1
    }

    #[test]
    fn the_issue_s_examples() {
        // 120 columns, the sample's title (58 with its spaces): `n next` is shown.
        let plan = share(120, wants(58, 0));
        assert!(plan.hints >= 2, "{plan:?}");
        // 60 columns with a message: help stays and the message is shortened first.
        let plan = share(60, wants(58, 56));
        assert!(plan.hints >= 1 && plan.notice >= 20, "{plan:?}");
        // Blank space first: everything fits whole at 200.
        let plan = share(200, wants(58, 56));
        assert_eq!(
            plan,
            Plan {
                title: 58,
                notice: 56,
                hints: 6
            }
        );
    }

    proptest! {
        /// A message (the result of a key) is shown whole, or as much as the bar holds
        /// beside position, claim and help; a standing warning of the same width gives
        /// way to the next and prev hints past 24 columns.
        #[test]
        fn a_message_is_shown_whole_before_hints_and_a_warning_is_not(
            width in 0usize..220,
            title in 1usize..90,
            notice in 1usize..120,
        ) {
            let plan = share(width, message(title, notice));
            let room = width.saturating_sub(18);
            let help = HINTS[0] + 2;
            let hints = if plan.hints == 0 { 0 } else { all_hints(plan.hints) };
            prop_assert!(width < 18 || 18 + plan.title + plan.notice + hints <= width, "{plan:?}");
            if room >= help {
                prop_assert!(plan.hints >= 1, "{plan:?}");
                prop_assert_eq!(plan.notice, notice.min(room - help), "{:?}", plan);
            }
            if plan.hints > 1 || plan.title > 0 {
                prop_assert_eq!(plan.notice, notice, "nothing else before the whole message");
            }
            // The same words as a standing warning: cut to 24 columns before n and p go.
            let standing = share(width, wants(title, notice));
            if notice > 24 && room >= help + 24 + 12 + HINTS[1] + 3 + HINTS[2] + 3 {
                prop_assert!(standing.hints >= 3, "{standing:?}");
            }
        }

        #[test]
        fn columns_are_shared_by_the_ladder(
            width in 0usize..220,
            title in 1usize..90,
            notice in prop_oneof![Just(0usize), 1usize..90],
        ) {
            let plan = share(width, wants(title, notice));
            let hints = if plan.hints == 0 { 0 } else { all_hints(plan.hints) };
            let used = 18 + plan.title + plan.notice + hints;
            // Never wider than the bar (when position and claim fit at all).
            prop_assert!(width < 18 || used <= width, "{plan:?} uses {used}");
            prop_assert!(plan.title <= title && plan.notice <= notice);
            // Help is there whenever position, claim and help fit.
            prop_assert!(plan.hints >= 1 || 18 + HINTS[0] + 2 > width, "{plan:?}");
            // Blank space goes first: nothing is cut while there is room.
            if width >= 18 + title + notice + all_hints(6) {
                prop_assert_eq!(plan, Plan { title, notice, hints: 6 });
            } else if plan.hints > 3 {
                // The focus hint is shown only once the message is whole.
                prop_assert_eq!(plan.notice, notice);
            } else if (1..3).contains(&plan.hints)
                && width >= 18 + HINTS[0] + 2 + notice.min(24) + title.min(12)
            {
                // The next or prev hint was dropped: the message had its 24 columns and
                // the title its 12 (or all they wanted) first.
                prop_assert!(plan.notice >= notice.min(24), "{plan:?}");
                prop_assert!(plan.title >= title.min(12), "{plan:?}");
            }
        }
    }
}
