//! A fetched page in the reader: where it came from and where it is kept (its address stays its name), the prompt that asks where to save it (its line edited as the search prompt's is), and a fetch of it again under way.

use crate::reader::model::search::Prompt;

/// The page an article was fetched from: its address, and the file it is kept in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageFile {
    /// The address the page was fetched from (the article's name, resume key and source).
    pub url: String,
    /// The file the page is saved as (`--save FILE`, or saved in the reader), if it is.
    pub file: Option<String>,
    /// The name offered for a page not saved: from its address, else its title, in the
    /// current directory and not taken (`the-pier.html`).
    pub suggested: String,
}

impl PageFile {
    /// The name the prompt offers: the file it is kept in, else the suggested one.
    pub fn offered(&self) -> &str {
        self.file.as_deref().unwrap_or(&self.suggested)
    }
}

/// The page being fetched again (`r`) off the loop's thread: how much of it has come.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Fetching {
    /// Bytes received so far.
    pub bytes: u64,
    /// The page's length, when the server said it.
    pub total: Option<u64>,
}

impl Fetching {
    /// For the status bar: `fetching the page again… 1.2 MB of 3.4 MB (Esc cancels)`; the
    /// size only once something has come.
    pub fn describe(&self) -> String {
        let size = if self.bytes == 0 {
            String::new()
        } else {
            format!(" {}", crate::fetch::received(self.bytes, self.total))
        };
        format!("fetching the page again…{size} (Esc cancels)")
    }
}

/// Why the page is being saved: what happens after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Then {
    /// The save key: the page is kept, nothing else.
    Keep,
    /// An edit on a page not saved: its claims file goes beside the saved page, and the
    /// key is pressed again.
    Edit,
}

/// The prompt open in the status bar asking where to save the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveAs {
    /// The file name being typed (the cursor a byte offset into it).
    pub line: Prompt,
    pub then: Then,
    /// Why the name typed cannot be used (said in the prompt until the next key).
    pub problem: Option<String>,
}

impl SaveAs {
    /// The prompt with `name` filled in, the cursor at its end.
    pub fn new(name: &str, then: Then) -> SaveAs {
        SaveAs {
            line: Prompt {
                text: name.to_string(),
                at: name.len(),
            },
            then,
            problem: None,
        }
    }
}

/// The file to save the page as, from what was typed: white space at either end taken
/// off, and `.html` added to a name without `.html` or `.htm` (so it opens as a page).
///
/// # Errors
/// Why the name cannot be a file: empty, or a folder (ending in `/`).
pub fn file_name(typed: &str) -> Result<String, String> {
    let name = typed.trim();
    if name.is_empty() {
        return Err("give the file a name (Esc: not now)".into());
    }
    if name.ends_with('/') || name == "." || name == ".." {
        return Err(format!("{name} is a folder: give a file name in it"));
    }
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") {
        Ok(name.to_string())
    } else {
        Ok(format!("{name}.html"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_made_pages() {
        assert_eq!(file_name("  pier.html "), Ok("pier.html".into()));
        assert_eq!(file_name("notes/Pier.HTM"), Ok("notes/Pier.HTM".into()));
        assert_eq!(file_name("pier"), Ok("pier.html".into()));
        assert_eq!(file_name("pier.md"), Ok("pier.md.html".into()));
        assert!(
            file_name("   ")
                .unwrap_err()
                .contains("give the file a name")
        );
        assert!(file_name("pages/").unwrap_err().contains("is a folder"));
    }

    #[test]
    fn the_prompt_offers_the_saved_file_else_the_suggestion() {
        let mut page = PageFile {
            url: "http://x/pier".into(),
            file: None,
            suggested: "pier.html".into(),
        };
        assert_eq!(page.offered(), "pier.html");
        page.file = Some("kept/pier.html".into());
        assert_eq!(page.offered(), "kept/pier.html");
        let prompt = SaveAs::new("pier.html", Then::Keep);
        assert_eq!(prompt.line.at, 9);
    }
}
