//! The words the drafter knows: reporting and claim-making verbs, titles, groups, organisations, and the cues of a stance.

/// Verbs that report speech or belief, in the forms news writing uses. A statement needs
/// one of these (or `according to`) tied to a quotation or a clause.
const REPORTING: &[&str] = &[
    "said", "says", "say", "told", "tells", "tell", "noted", "notes", "added", "adds",
    "argued", "argues", "argue", "warned", "warns", "warn", "explained", "explains",
    "wrote", "writes", "stated", "states", "believes", "believe", "believed", "thinks",
    "think", "thought", "suggested", "suggests", "acknowledged", "acknowledges", "admitted",
    "admits", "conceded", "concedes", "countered", "counters", "replied", "replies",
    "responded", "responds", "recalled", "recalls", "observed", "observes", "cautioned",
    "cautions", "stressed", "stresses", "emphasized", "emphasised", "emphasizes",
    "predicted", "predicts", "worried", "worries", "feared", "fears", "asked", "asks",
    "wondered", "estimated", "estimates", "announced", "announces", "declared",
    "declares", "tweeted", "posted", "showing", "showed", "shows", "found", "finds",
    "concluded", "concludes", "agreed", "agrees", "disagreed", "disagrees", "continued",
    "continues", "explained", "calls", "called", "described", "describes", "referred",
    "refers", "dismissed", "dismisses", "rejected", "rejects", "denied", "denies",
    "disputed", "disputes", "questioned", "questions", "doubted", "doubts", "hoped",
    "hopes", "expects", "expected", "pointed", "points", "pushed", "testified",
];

/// Verbs by which a statement becomes a claim that others answer.
const CLAIMING: &[&str] = &[
    "claimed", "claims", "claim", "accused", "accuses", "accuse", "alleged", "alleges",
    "allege", "charged", "charges", "asserted", "asserts", "assert", "insisted", "insists",
    "insist", "contended", "contends", "maintained", "maintains", "confirmed", "confirms",
    "floated", "floats", "declared", "declares", "tie", "link", "connect",
];

/// Reporting verbs that may come before their speaker: "…," said Jane Doe.
const INVERTING: &[&str] = &[
    "said", "says", "added", "adds", "noted", "notes", "asked", "asks", "wrote", "writes",
    "explained", "explains", "continued", "continues", "recalled", "recalls", "argued",
    "argues", "warned", "warns", "observed", "replied", "countered", "insisted",
];

/// Verbs whose object is then named with a quotation: called X "…", referred to X as "…".
const NAMING: &[&str] = &[
    "called", "calls", "described", "describes", "referred", "refers", "dubbed", "labeled",
    "labelled", "branded",
];

/// Verbs that answer a claim by disputing it, with no quotation or clause needed.
const DISPUTING: &[&str] = &[
    "dismissed", "dismisses", "rejected", "rejects", "denied", "denies", "disputed",
    "disputes", "pushed", "questioned", "questions", "contradicted", "refuted",
];

/// Nouns that make the words before a name a title ("foreign minister Javad Zarif"), or
/// an appositive a role ("a senior fellow at New America").
const ROLES: &[&str] = &[
    "minister", "secretary", "fellow", "envoy", "congresswoman", "congressman", "senator",
    "representative", "director", "analyst", "professor", "researcher", "scholar", "expert",
    "spokesperson", "spokesman", "spokeswoman", "official", "adviser", "advisor",
    "ambassador", "general", "president", "chairman", "chairwoman", "chair", "ceo",
    "economist", "historian", "lawyer", "attorney", "judge", "governor", "mayor",
    "lawmaker", "correspondent", "editor", "reporter", "author", "founder", "executive",
    "officer", "commander", "leader", "member", "head", "chief", "manager", "strategist",
    "diplomat", "negotiator", "scientist", "physician", "doctor", "epidemiologist",
    "activist", "campaigner", "lecturer", "dean", "candidate", "commissioner", "councillor",
    "councilor", "councilman", "councilwoman", "engineer", "glaciologist", "physicist",
    "hydrologist", "biologist", "chemist", "geologist", "apprentice", "deputy", "aide",
    "consultant", "partner", "teacher", "student", "nurse", "owner", "chancellor",
    "premier", "king", "queen", "prince", "princess", "sheriff", "prosecutor",
    "detective", "inspector", "pastor", "priest", "rabbi", "imam", "bishop", "coach",
    "captain", "colonel", "lieutenant", "sergeant", "admiral", "superintendent",
    "principal", "trustee", "treasurer", "clerk", "organizer", "organiser", "volunteer",
    "instructor", "psychologist", "sociologist", "political scientist", "planner",
    "architect", "designer", "investigator", "auditor", "accountant", "banker", "trader",
    "farmer", "potter", "writer", "novelist", "journalist", "columnist", "physicist",
    "mathematician", "statistician", "demographer", "virologist", "climatologist",
    "meteorologist", "seismologist", "volcanologist", "oceanographer", "ecologist",
];

/// Titles written capitalised straight before a name: "Mayor Helen Ortiz".
const TITLE_WORDS: &[&str] = &[
    "mayor", "minister", "congresswoman", "congressman", "senator", "sen.", "rep.", "dr.",
    "president", "secretary", "governor", "gov.", "general", "gen.", "judge", "professor",
    "prof.", "councillor", "councilor", "councilman", "councilwoman", "chancellor",
    "premier", "ambassador", "mr.", "mrs.", "ms.", "sir", "dame", "lord", "lady", "rev.",
    "president-elect", "commissioner", "sheriff", "chief", "director", "justice",
];

/// Plural nouns that make a group a speaker: "U.S. officials", "Members of Congress".
const GROUPS: &[&str] = &[
    "officials", "experts", "lawmakers", "members", "critics", "analysts", "groups",
    "residents", "scientists", "economists", "researchers", "hydrologists", "activists",
    "leaders", "diplomats", "officers", "investigators", "authorities", "sources",
    "observers", "campaigners", "advocates", "opponents", "supporters", "protesters",
    "voters", "farmers", "parents", "teachers", "doctors", "workers", "historians",
    "scholars", "engineers", "prosecutors", "regulators", "executives", "users",
    "passengers", "democrats", "republicans", "conservatives", "liberals", "unions",
];

/// Heads of names that are organisations, places or things, never people.
const NOT_PEOPLE: &[&str] = &[
    "group", "center", "centre", "council", "university", "institute", "institution",
    "foundation", "initiative", "department", "ministry", "party", "union", "association",
    "dam", "street", "road", "avenue", "library", "times", "post", "news", "journal",
    "arabia", "emirates", "states", "kingdom", "republic", "court", "committee",
    "commission", "agency", "office", "bank", "company", "corporation", "inc.", "ltd",
    "school", "college", "hospital", "museum", "church", "city", "county", "province",
    "river", "lake", "mountain", "island", "coast", "valley", "square", "park", "station",
    "airport", "bridge", "tower", "hall", "house", "building", "army", "navy", "force",
    "forces", "guard", "police", "america", "administration", "government", "congress",
    "senate", "parliament", "statecraft", "review", "press", "network", "service",
    "program", "programme", "project", "fund", "trust", "alliance", "coalition", "front",
    "movement", "club", "team", "league", "media", "magazine", "weekly", "daily",
    "courier", "ledger", "herald", "tribune", "gazette", "twitter", "facebook",
    "authority", "board", "institute", "centre", "firm", "group",
];

/// Words that begin a name's run but are not part of it.
const NOT_NAMES: &[&str] = &[
    "the", "a", "an", "but", "and", "or", "in", "on", "at", "as", "of", "for", "to", "from",
    "by", "with", "after", "before", "when", "while", "still", "yet", "however", "meanwhile",
    "also", "then", "this", "that", "these", "those", "his", "her", "its", "their", "our",
    "my", "your", "it", "he", "she", "they", "we", "i", "you", "there", "here", "asked",
    "speaking", "according", "not", "every", "each", "some", "many", "most", "all", "no",
    "if", "so", "because", "although", "though", "since", "until", "during", "over",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "today", "yesterday", "tomorrow", "last", "next",
    "former", "new", "former", "who", "which", "what", "where", "why", "how", "once",
    "even", "just", "only", "now", "nobody", "everyone", "someone", "people",
];

/// Words that may stand between a subject and its verb: "Pompeo on Tuesday claimed",
/// "has also said", "would later argue".
const BETWEEN: &[&str] = &[
    "has", "have", "had", "also", "again", "later", "previously", "recently", "then",
    "once", "repeatedly", "publicly", "privately", "has", "would", "will", "did", "does",
    "do", "had", "is", "was", "were", "are", "being", "been", "often", "still", "now",
    "further", "even", "first", "flatly", "quickly", "angrily", "openly", "not",
];

/// Words before a clause that make it a statement without "that": "said the cost was…".
const CLAUSE_OPENERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "he",
    "she", "it", "they", "we", "i", "there", "some", "many", "most", "no", "nobody",
    "none", "every", "any", "such", "similar",
];

/// Wording that disputes: a guessed stance of `disputes` when one is present.
pub const DISPUTES: &[&str] = &[
    "lie", "lies", "lying", "false", "untrue", "wrong", "inaccurate", "not accurate",
    "doesn't seem accurate", "not credible", "baseless", "nonsense", "misleading",
    "dubious", "no evidence", "not true", "fantasy", "false choice", "politics",
    "opposite", "hostile", "pushed back", "dismissed", "rejected", "denied", "disputed",
    "contradict", "not enough", "very surprised", "over budget", "closer to", "exaggerat",
    "doubt", "dispute", "reckless", "not so", "cannot show", "not the case", "absurd",
    "disagree",
];

/// Wording that hedges: a guessed stance of `qualifies`.
pub const QUALIFIES: &[&str] = &[
    "wouldn't be surprised", "wouldn’t be surprised", "might", "may ", "perhaps",
    "possibly", "possible", "unclear", "not clear", "skeptical", "sceptical", "wary",
    "worried", "cautious", "ambitious but", "depends", "to some extent", "partly",
    "some of", "not promise", "would not promise", "lucky to",
];

/// Wording that agrees: a guessed stance of `supports`.
pub const SUPPORTS: &[&str] = &[
    "is right", "are right", "correct", "accurate", "agree", "true", "confirmed",
    "consistent with", "welcomed",
];

fn has(list: &[&str], word: &str) -> bool {
    let lower = word.to_lowercase();
    list.contains(&lower.as_str())
}

pub fn is_reporting(word: &str) -> bool {
    has(REPORTING, word) || has(CLAIMING, word)
}
pub fn is_claiming(word: &str) -> bool {
    has(CLAIMING, word)
}
pub fn is_inverting(word: &str) -> bool {
    has(INVERTING, word)
}
pub fn is_naming(word: &str) -> bool {
    has(NAMING, word)
}
pub fn is_disputing(word: &str) -> bool {
    has(DISPUTING, word)
}
pub fn is_role(word: &str) -> bool {
    has(ROLES, word.trim_end_matches(['’', '\'', 's']).trim_end_matches(['’', '\'']))
        || has(ROLES, word)
}
pub fn is_title_word(word: &str) -> bool {
    has(TITLE_WORDS, word) || has(ROLES, word)
}
pub fn is_group(word: &str) -> bool {
    has(GROUPS, word)
}
pub fn is_not_person(word: &str) -> bool {
    has(NOT_PEOPLE, word)
}
pub fn is_not_name(word: &str) -> bool {
    has(NOT_NAMES, word)
}
pub fn is_between(word: &str) -> bool {
    has(BETWEEN, word)
}
pub fn opens_clause(word: &str) -> bool {
    has(CLAUSE_OPENERS, word)
}
