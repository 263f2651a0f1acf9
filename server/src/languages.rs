//! Facts about languages and the guide's default categories: data, not
//! logic.

use std::collections::BTreeMap;

use hospes_content::model::Category;

/// Scripts written right to left, by primary language subtag.
const RIGHT_TO_LEFT: &[&str] = &["ar", "fa", "ps", "ur", "he", "ckb", "dv", "yi", "sd", "ug", "prs"];

pub fn is_right_to_left(tag: &str) -> bool {
    let primary = tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
    RIGHT_TO_LEFT.contains(&primary.as_str())
}

/// Languages' names in their own script (endonyms), for language pickers.
const ENDONYMS: &[(&str, &str)] = &[
    ("ar", "العربية"),
    ("bn", "বাংলা"),
    ("de", "Deutsch"),
    ("el", "Ελληνικά"),
    ("en", "English"),
    ("es", "Español"),
    ("fa", "فارسی"),
    ("fr", "Français"),
    ("hr", "Hrvatski"),
    ("hu", "Magyar"),
    ("it", "Italiano"),
    ("ne", "नेपाली"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("prs", "دری"),
    ("ps", "پښتو"),
    ("pt", "Português"),
    ("ro", "Română"),
    ("ru", "Русский"),
    ("so", "Soomaali"),
    ("sq", "Shqip"),
    ("ta", "தமிழ்"),
    ("ti", "ትግርኛ"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
    ("ur", "اردو"),
    ("zh", "中文"),
    ("zh-hans", "简体中文"),
    ("zh-hant", "繁體中文"),
];

/// A language's name in its own script; the tag itself when unknown.
pub fn endonym(tag: &str) -> String {
    let tag = tag.to_ascii_lowercase();
    ENDONYMS
        .iter()
        .find(|(known, _)| *known == tag)
        .or_else(|| ENDONYMS.iter().find(|(known, _)| Some(*known) == tag.split('-').next()))
        .map_or(tag.clone(), |(_, name)| name.to_string())
}

/// The categories a new city starts with; editors rename and translate them.
pub fn default_categories() -> Vec<Category> {
    [
        ("health", "heart", "Health"),
        ("housing", "house", "Housing and shelter"),
        ("legal-and-residence", "scales", "Legal advice and residence"),
        ("work", "briefcase", "Work"),
        ("education-and-language", "book", "Education and language courses"),
        ("children-and-family", "family", "Children and family"),
        ("food-and-basic-needs", "bowl", "Food and basic needs"),
        ("social-life", "people", "Social life"),
        ("women", "woman", "Women"),
        ("youth", "star", "Youth"),
    ]
    .into_iter()
    .map(|(id, icon, english)| Category {
        id: id.to_string(),
        icon: icon.to_string(),
        names: BTreeMap::from([("en".to_string(), english.to_string())]),
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directions_and_names() {
        assert!(is_right_to_left("ar"));
        assert!(is_right_to_left("fa-AF"));
        assert!(!is_right_to_left("uk"));
        assert_eq!(endonym("uk"), "Українська");
        assert_eq!(endonym("zh-Hans"), "简体中文");
        assert_eq!(endonym("ar-SY"), "العربية");
        assert_eq!(endonym("xx"), "xx");
    }
}
