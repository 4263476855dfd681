//! Conflict rules on hand-made claims.

use dossier_model::{Claim, ConflictKind, Quantity, Source, Span};

fn claim(id: &str, doc: &str, key: &str, q: Quantity, source: Option<&str>) -> Claim {
    Claim {
        span: Span { doc: doc.into(), start: 0, end: 0, text: "".into() },
        id: id.into(),
        quantity: q,
        about: key.split('|').take(2).collect::<Vec<_>>().join(" "),
        source: Source { name: source.map(Into::into), ..Source::default() },
        key: key.into(),
        agent: None,
    }
}

fn exact(v: f64) -> Quantity {
    Quantity { value: Some(v), ..Quantity::default() }
}

fn bounded(v: f64, low: Option<f64>, high: Option<f64>, qual: &str) -> Quantity {
    Quantity { value: Some(v), low, high, qualifier: Some(qual.into()), ..Quantity::default() }
}

#[test]
fn different_tolls_conflict() {
    let cs = [
        claim("c1", "a", "people|killed||", exact(340.0), None),
        claim("c2", "b", "people|killed||", exact(210.0), None),
        claim("c3", "c", "people|killed||", exact(340.0), None),
    ];
    let k = crate::find(&cs);
    assert_eq!(k.len(), 1);
    assert_eq!(k[0].claims, ["c1", "c2", "c3"]);
    assert!(k[0].note.contains("340 in a, c") && k[0].note.contains("210 in b"), "{}", k[0].note);
}

#[test]
fn compatible_wordings_do_not_conflict() {
    let dozens = Quantity { value: Some(36.0), low: Some(24.0), high: Some(119.0), ..Quantity::default() };
    let cs = [
        claim("c1", "a", "people|injured||", dozens, None),
        claim("c2", "b", "people|injured||", bounded(20.0, Some(21.0), None, "more than"), None),
        claim("c3", "c", "people|injured||", bounded(30.0, Some(27.0), Some(33.0), "about"), None),
    ];
    assert!(crate::find(&cs).is_empty());
    // "nearly 17,000" and "about 16,000" meet within the slack.
    let cs = [
        claim("c1", "a", "people|killed||x", bounded(17000.0, Some(15300.0), Some(17000.0), "nearly"), None),
        claim("c2", "b", "people|killed||x", bounded(16000.0, Some(14400.0), Some(17600.0), "about"), None),
    ];
    assert!(crate::find(&cs).is_empty());
}

#[test]
fn bounds_that_cannot_both_hold_conflict() {
    let cs = [
        claim("c1", "a", "people|killed||x", bounded(17000.0, Some(15300.0), Some(17000.0), "nearly"), None),
        claim("c2", "b", "people|killed||x", bounded(12000.0, Some(10800.0), Some(12000.0), "almost"), None),
    ];
    assert_eq!(crate::find(&cs).len(), 1);
}

#[test]
fn different_keys_and_scales_do_not_conflict() {
    let cs = [
        claim("c1", "a", "people|killed||", exact(2.0), None),
        claim("c2", "b", "people|injured||", exact(40.0), None),
        claim("c3", "c", "people|killed||", exact(9000.0), None),
    ];
    assert!(crate::find(&cs).is_empty());
}

#[test]
fn denial_conflicts_with_counts() {
    let none = bounded(0.0, None, None, "no");
    let cs = [
        claim("c1", "a", "casualties|||", none.clone(), Some("police")),
        claim("c2", "b", "people|killed||", bounded(1.0, Some(1.0), None, "at least"), None),
        claim("c3", "b", "people|injured||", exact(12.0), None),
        claim("c4", "c", "people|killed||", exact(0.0), None),
    ];
    let k = crate::find(&cs);
    let casualty = k.iter().find(|k| k.about.starts_with("casualties")).expect("a casualties conflict");
    assert_eq!(casualty.claims, ["c1", "c2", "c3"]);
    assert!(casualty.note.contains("police"));
    // "no one killed" (c4) against "at least one killed" (c2), in one group.
    assert!(k.iter().any(|k| k.claims == ["c2", "c4"]), "{k:#?}");
}

#[test]
fn same_figure_different_sources_is_noted() {
    let cs = [
        claim("c1", "a", "devices|seized||", exact(150.0), Some("the police")),
        claim("c2", "b", "devices|seized||", exact(150.0), Some("Police")),
        claim("c3", "c", "devices|seized||", exact(150.0), Some("the ministry")),
    ];
    let k = crate::find(&cs);
    assert_eq!(k.len(), 1);
    assert_eq!(k[0].kind, ConflictKind::Sources);
    assert_eq!(k[0].claims, ["c1", "c2", "c3"]);
    assert_eq!(k[0].id, "k1");
}

#[test]
fn figures_read_naturally() {
    assert_eq!(crate::figure(&bounded(17000.0, Some(15300.0), Some(17000.0), "nearly")), "nearly 17,000");
    let mut q = exact(150.0);
    q.unit = Some("devices".into());
    assert_eq!(crate::figure(&q), "150 devices");
    let mut z = bounded(0.0, None, None, "no");
    z.unit = Some("casualties".into());
    assert_eq!(crate::figure(&z), "no casualties");
}

#[test]
fn one_source_under_several_names_is_no_source_conflict() {
    let cs = [
        claim("c1", "a", "people|killed||", exact(19.0), Some("The Dockworkers' Union of Calderra")),
        claim("c2", "b", "people|killed||", exact(19.0), Some("the union")),
        claim("c3", "c", "people|killed||", exact(19.0), Some("DUC")),
    ];
    assert!(crate::find(&cs).is_empty(), "{:#?}", crate::find(&cs));
}
