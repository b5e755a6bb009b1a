//! Nationality codes and the region groups reports roll rare nationalities into.
//! ISO 3166-1 alpha-2, lowercase (they are choice ids). Groups follow the UN M49 regions, merged
//! where asylum statistics do, so a group is large enough to report.

/// (region group, member codes). Every assigned ISO 3166-1 alpha-2 code appears exactly once.
const REGIONS: &[(&str, &str)] = &[
    ("north-africa", "dz eg eh ly ma sd tn"),
    (
        "east-africa",
        "bi dj er et ke km mg mu mw mz re rw sc so ss tz ug yt zm zw io tf",
    ),
    (
        "west-central-africa",
        "ao bf bj cd cf cg ci cm cv ga gh gm gn gq gw lr ml mr ne ng sh sl sn st td tg",
    ),
    ("southern-africa", "bw ls na sz za"),
    (
        "middle-east",
        "ae bh il iq ir jo kw lb om ps qa sa sy tr ye",
    ),
    ("south-asia", "af bd bt in lk mv np pk"),
    ("central-asia", "kg kz tj tm uz"),
    ("east-asia", "cn hk jp kp kr mn mo tw"),
    (
        "south-east-asia",
        "bn id kh la mm my ph sg th tl vn",
    ),
    (
        "eu-efta",
        "at be bg ch cy cz de dk ee es fi fr gr hr hu ie is it li lt lu lv mt nl no pl pt ro se si sk",
    ),
    (
        "europe-other",
        "ad al am az ba by fo ge gg gi im je md me mk mc ru rs sm ua va xk ax sj gb gl",
    ),
    (
        "latin-america",
        "ag ai ar aw bb bl bo bq br bs bz cl co cr cu cw dm do ec fk gd gf gp gt gy hn ht jm kn ky lc mf mq ms mx ni pa pe pr py sr sv sx tc tt uy vc ve vg vi gs",
    ),
    ("north-america", "bm ca pm us um"),
    (
        "oceania",
        "as au ck cx cc fj fm gu ki mh mp nc nf nr nu nz pf pg pn pw sb tk to tv vu wf ws hm bv aq",
    ),
];

/// Whether `code` is an assigned ISO 3166-1 alpha-2 code (lowercase) or Kosovo's user code `xk`.
pub fn is_country_code(code: &str) -> bool {
    region_of(code).is_some()
}

/// The reporting region of a nationality, e.g. `sy` → `middle-east`.
pub fn region_of(code: &str) -> Option<&'static str> {
    REGIONS
        .iter()
        .find(|(_, members)| members.split(' ').any(|m| m == code))
        .map(|(region, _)| *region)
}

pub fn regions() -> impl Iterator<Item = &'static str> {
    REGIONS.iter().map(|(r, _)| *r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_code_belongs_to_exactly_one_region() {
        let mut seen = BTreeSet::new();
        for (region, members) in REGIONS {
            for code in members.split(' ') {
                assert_eq!(code.len(), 2, "{code} in {region}");
                assert!(seen.insert(code), "{code} appears twice");
            }
        }
        // 249 ISO 3166-1 codes plus Kosovo's xk.
        assert_eq!(seen.len(), 250);
    }

    #[test]
    fn top_asylum_nationalities_group_as_expected() {
        assert_eq!(region_of("sy"), Some("middle-east"));
        assert_eq!(region_of("af"), Some("south-asia"));
        assert_eq!(region_of("er"), Some("east-africa"));
        assert_eq!(region_of("ve"), Some("latin-america"));
        assert_eq!(region_of("ua"), Some("europe-other"));
        assert_eq!(region_of("zz"), None);
        assert!(!is_country_code("SY"));
    }
}
