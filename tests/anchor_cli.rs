//! `check` on the anchoring faults of issue 14: quotes in compatibility forms, and a
//! rewritten sentence whose lookalike must not take its place.

use crate::common;

use common::files::{run as counterpoint, scratch, stdout, write};

const TEAMS: &str = "Quarterly engineering notes, written up by the platform group.\n\n\
Team Alpha reported that the new deployment reduced latency by twelve percent across all regions. \
The rollout finished in March, ahead of plan.\n\n\
Meanwhile, in the other half of the company, \
Team Beta reported that the new deployment reduced latency by twelve percent across most regions. \
Their migration is still under way.\n";

#[test]
fn check_refuses_the_lookalike_of_a_rewritten_sentence_and_names_it() {
    let dir = scratch("lookalike");
    let article = write(&dir, "teams.md", TEAMS);
    write(
        &dir,
        "teams.claims.toml",
        "[[claim]]\nclaimant = \"Team Alpha\"\nquote = \"Team Alpha reported that the new deployment reduced latency by twelve percent across all regions.\"\n",
    );
    let fixed = counterpoint(&["check", "--fix", &article]);
    assert!(fixed.status.success(), "{}", stdout(&fixed));
    // The paragraph is rewritten after the hints were recorded.
    let rewritten = TEAMS.replace(
        "Team Alpha reported that the new deployment reduced latency by twelve percent across all regions.",
        "Team Alpha now says its figures were measured wrongly and withdraws them.",
    );
    write(&dir, "teams.md", &rewritten);
    let output = counterpoint(&["check", &article]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains(&format!(
            "✗ claim 1 \"c1\" (Team Alpha): not found in the article; nearest: 91% alike at {article}:5:46, refused: neither its prefix nor its suffix is there"
        )),
        "{text}"
    );
    assert!(text.contains("1 problem"), "{text}");
}

#[test]
fn check_places_quotes_typed_without_compatibility_forms_or_soft_hyphens() {
    let dir = scratch("ligatures");
    let article = write(
        &dir,
        "late.md",
        "The ﬁrst oﬃcial ﬁgures arrived late.\n\nAcknow\u{AD}ledgements: ２⁸⁰ keys.\n",
    );
    write(
        &dir,
        "late.claims.toml",
        "[[claim]]\nclaimant = \"A\"\nquote = \"first official figures\"\n\n[[claim]]\nclaimant = \"B\"\nquote = \"Acknowledgements: 2^80 keys\"\n",
    );
    let output = counterpoint(&["check", &article]);
    let text = stdout(&output);
    assert!(output.status.success(), "{text}");
    assert!(
        text.contains(&format!("✓ claim 1 \"c1\" (A): {article}:1:5")),
        "{text}"
    );
    assert!(text.contains("✓ claim 2 \"c2\" (B): "), "{text}");
}

/// A list in a message agrees with its count: a quote that fits five places names the
/// ones it lists and says how many more there are.
#[test]
fn check_lists_agree_with_their_counts() {
    let dir = scratch("counts");
    let article = write(
        &dir,
        "repeat.md",
        "The bridge is safe.\n\nThe bridge is safe.\n\nThe bridge is safe.\n\nThe bridge is safe.\n\nThe bridge is safe.\n",
    );
    write(
        &dir,
        "repeat.claims.toml",
        "[[claim]]\nclaimant = \"M\"\nquote = \"The bridge is safe.\"\n",
    );
    let output = counterpoint(&["check", &article]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("fits 5 places about equally well (at 1:1, 3:1, 5:1, 7:1 and 1 more)"),
        "{text}"
    );
}

/// `check` helps fix a quote: an approximate one shows what the article says beside what
/// the file says (with the file's line); one not found shows the nearest stretch with its
/// similarity and place, or says there is nothing like it.
#[test]
fn check_shows_what_the_article_says_beside_what_the_file_says() {
    let dir = scratch("fix-help");
    let article = write(
        &dir,
        "a.md",
        "The mayor said the bridge is entirely safe and sound.\n\nThe engineer said the deck was rated poor.\n",
    );
    write(
        &dir,
        "a.claims.toml",
        "# notes\n[[claim]]\nclaimant = \"M\"\nquote = \"the bridge is totally safe\"\n\n\
         [[claim]]\nid = \"near\"\nclaimant = \"N\"\nquote = \"the mayor said the old bridge was wholly unsafe and unsound\"\n\n\
         [[claim.response]]\nexpert = \"E\"\nstance = \"disputes\"\nquote = \"the deck was rated porr\"\n\n\
         [[claim]]\nclaimant = \"O\"\nquote = \"the tunnel was flooded yesterday morning\"\n",
    );
    let output = counterpoint(&["check", &article]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    let name = format!("{}", dir.join("a.claims.toml").display());
    for expected in [
        format!(
            "    the file says ({name}:4): the bridge is totally safe\n    the article says: the bridge is entirely safe\n"
        ),
        format!(
            "    the file says ({name}:9): the mayor said the old bridge was wholly unsafe and unsound\n    the article says: The mayor said the bridge is entirely safe and sound (nearest, 71% alike, at {}:1:1)\n",
            dir.join("a.md").display()
        ),
        format!(
            "      the file says ({name}:14): the deck was rated porr\n      the article says: the deck was rated poor\n"
        ),
        format!(
            "    the file says ({name}:18): the tunnel was flooded yesterday morning\n    the article says: nothing like it"
        ),
    ] {
        assert!(text.contains(&expected), "expected\n{expected}\nin\n{text}");
    }
}
