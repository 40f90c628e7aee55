//! The documentation kept equal to the code: the README's module table names every module
//! of `src/`, and only modules that exist.

use std::collections::BTreeSet;
use std::path::Path;

/// Every module of `src/` as a path like `reader/model/search` (`mod.rs` names its folder),
/// leaving out the crate roots and files that hold only tests.
fn modules() -> BTreeSet<String> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, root, out);
                continue;
            }
            let relative = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let Some(module) = relative.strip_suffix(".rs") else {
                continue;
            };
            if matches!(module, "lib" | "main") || module.ends_with("tests") {
                continue;
            }
            out.insert(module.strip_suffix("/mod").unwrap_or(module).to_string());
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeSet::new();
    walk(&root, &root, &mut out);
    out
}

/// The names in the first column of the README's module table (the table under
/// "## Development" whose first header is "Module"), each in backquotes.
fn readme_modules() -> BTreeSet<String> {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let development = readme
        .split("\n## Development")
        .nth(1)
        .expect("the README has a Development section");
    let table = development
        .split("\n| Module |")
        .nth(1)
        .expect("the Development section has a module table");
    let mut names = BTreeSet::new();
    for row in table.lines().skip(2) {
        let Some(first) = row.strip_prefix('|').and_then(|r| r.split('|').next()) else {
            break;
        };
        for name in first.split('`').skip(1).step_by(2) {
            names.insert(name.trim_end_matches('/').to_string());
        }
    }
    names
}

#[test]
fn the_readme_module_table_names_every_module_and_no_other() {
    let modules = modules();
    let named = readme_modules();
    let missing: Vec<_> = modules.difference(&named).collect();
    let stale: Vec<_> = named.difference(&modules).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "README module table: add {missing:?}; remove {stale:?}"
    );
}
