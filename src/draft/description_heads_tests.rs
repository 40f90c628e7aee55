//! Tests of descriptions read by the head of their noun phrase on invented sentences: a relation before a name, an agent noun after it, a name that ends its chunk, a title of modifiers before a name, honours; each family with the near shapes that must give nothing.

use crate::draft::statements::tests::check_ada_brill as check;

#[test]
fn a_relation_before_a_name_is_its_role() {
    check(&[
        (
            "Her daughter, Ada Brill, said the ward “was never staffed.”",
            &["Her daughter"],
        ),
        (
            "Tam Orso's neighbour, Ada Brill, said the fence “was never ours.”",
            &["Tam Orso's neighbour"],
        ),
        (
            "His co-host, Ada Brill, said the match “was stolen.”",
            &["His co-host"],
        ),
        // Outside speech too: the description is hers wherever she is introduced.
        (
            "Her son, Ada Brill, has lived with her since May. “The roof leaks,” Brill said.",
            &["Her son"],
        ),
        // A name with its verb of speech set into a clause: the words before it are the
        // clause's subject, not hers.
        (
            "His client, Ada Brill told the court, had lent the truck to a cousin.",
            &[],
        ),
        (
            "Her brother, Ada Brill said, had never seen the letter.",
            &[],
        ),
        // Words of time or a sentence adverb before a name are no role.
        ("Last winter, Ada Brill said the river “rose fast.”", &[]),
        ("However, Ada Brill said the river “rose fast.”", &[]),
    ]);
}

#[test]
fn an_agent_noun_heads_an_appositive_after_a_name() {
    check(&[
        (
            "Ada Brill, a forklift operator, said the shifts “are too long.”",
            &["a forklift operator"],
        ),
        (
            "Ada Brill, 58, a cattle rancher, said the fire “jumped the road.”",
            &["a cattle rancher"],
        ),
        (
            "“The shifts are too long,” said Ada Brill, a retired electrician from Dunmore.",
            &["a retired electrician from Dunmore"],
        ),
        (
            "Ada Brill, a retired postmistress, said the bus “never came.”",
            &["a retired postmistress"],
        ),
        // Words of those endings that are no one head nothing.
        (
            "Ada Brill, a busy winter behind her, said the shop “will stay open.”",
            &[],
        ),
        (
            "Ada Brill, a business in trouble, said the shop “will stay open.”",
            &[],
        ),
    ]);
}

#[test]
fn a_name_ending_its_chunk_takes_the_appositive_after_it() {
    check(&[
        (
            "A survey released by Ada Brill, a hydrologist at Fenn College, found the creek had dropped. “It is half what it was,” Brill said.",
            &["a hydrologist at Fenn College"],
        ),
        (
            "Among those waiting is Ada Brill, 79, a retired postmistress, who said the bus was late. “Nobody told me,” Brill said.",
            &["a retired postmistress"],
        ),
        // After a word of place the capitalised words are a place, not her.
        (
            "A survey of the creek near Ada Brill, a hydrologist said, found it had dropped.",
            &[],
        ),
    ]);
}

#[test]
fn a_title_is_the_modifiers_straight_before_a_name() {
    check(&[
        (
            "City defender Ada Brill said the penalty “was never a foul.”",
            &["City defender"],
        ),
        (
            "The trial of former county treasurer Ada Brill opened Monday. “I took nothing,” Brill said.",
            &["former county treasurer"],
        ),
        (
            "Industry and Trade Minister Ada Brill said the duties “will stay.”",
            &["Industry and Trade Minister"],
        ),
    ]);
}

#[test]
fn an_honour_is_an_affiliation_and_a_form_of_address_is_not() {
    check(&[
        ("Dame Ada Brill said the list “is a scandal.”", &["Dame"]),
        ("Mrs Ada Brill said the list “is a scandal.”", &[]),
        ("Ms. Ada Brill said the list “is a scandal.”", &[]),
    ]);
}
