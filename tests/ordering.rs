//! The page's one sort of indices by a key.

use explainers::ordering::ascending;

#[test]
fn indices_go_from_the_smallest_key_with_ties_in_index_order() {
    assert_eq!(ascending(&[3.0, -1.0, 2.0, -1.0, 0.0]), [1, 3, 4, 2, 0]);
    assert_eq!(ascending(&[]), Vec::<usize>::new());
    // total_cmp: −0 before +0, and infinities at the ends.
    assert_eq!(
        ascending(&[0.0, f64::INFINITY, -0.0, f64::NEG_INFINITY]),
        [3, 2, 0, 1]
    );
}
