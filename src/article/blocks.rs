//! The HTML elements that are blocks, one list for the extraction's every question of the kind.

/// Block elements, one list for every question of the kind: a table whose cells hold
/// one lays out a page's columns (not a table of data), a `div` that holds one is a
/// container (boilerplate is looked for in its blocks, not in it), an element that holds
/// two is no single paragraph (a standfirst is one). A list item and a figure count: each
/// is a block of its own (a figure its picture and caption).
pub(crate) const BLOCKS: &[&str] = &[
    "p",
    "div",
    "ul",
    "ol",
    "li",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "figure",
    "section",
    "article",
];
