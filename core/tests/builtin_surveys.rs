mod support;

#[test]
fn every_builtin_survey_loads_without_problems() {
    let ids = support::builtin_ids();
    assert!(!ids.is_empty());
    for id in ids {
        let survey = support::load_builtin(&id);
        assert_eq!(survey.id.as_str(), id);
        assert!(
            survey.has_language(&"en".parse().unwrap()),
            "{id} lacks English"
        );
    }
}

#[test]
fn the_flagship_is_in_english_french_dutch_and_arabic() {
    let survey = support::load_builtin("be-fedasil");
    let langs: Vec<&str> = survey.languages.iter().map(|l| l.as_str()).collect();
    for lang in ["ar", "en", "fr", "nl"] {
        assert!(langs.contains(&lang), "be-fedasil lacks {lang}: {langs:?}");
    }
}
