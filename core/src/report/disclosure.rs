//! Statistical disclosure control for every table Heard shows or exports.
//!
//! Primary suppression depends on the cell alone: a count with 0 < n < k is hidden (shown as
//! "fewer than k"), and so is every percentage computed from it. Secondary suppression then hides
//! further cells wherever a hidden one could be recovered by subtracting the visible cells of its
//! row or column from a visible total. Zeros are shown: they reveal no one.

/// What a reader may see of one count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Count(u64),
    /// The true count is hidden; it is below `k` or hidden to protect another cell.
    Hidden,
}

impl Shown {
    pub fn count(self) -> Option<u64> {
        match self {
            Shown::Count(n) => Some(n),
            Shown::Hidden => None,
        }
    }
}

/// The default threshold, and the stricter one for nationality breakdowns.
pub const K_DEFAULT: u64 = 5;
pub const K_NATIONALITY: u64 = 10;

/// Primary rule for a single figure: shown only when it is 0 or at least `k`.
pub fn primary(n: u64, k: u64) -> Shown {
    if n == 0 || n >= k {
        Shown::Count(n)
    } else {
        Shown::Hidden
    }
}

/// A table with row totals and column totals (and a grand total), all suppressed together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuppressedTable {
    pub cells: Vec<Vec<Shown>>,
    pub row_totals: Vec<Shown>,
    pub column_totals: Vec<Shown>,
    pub total: Shown,
}

/// Suppresses `counts` (rows × columns; rows may be 1 for a one-way breakdown) so that no visible
/// figure has 0 < n < k and none hidden is recoverable by subtraction.
///
/// The table is extended with its totals: the last column holds row totals, the last row column
/// totals, the corner the grand total. Every row and column of that extended table is a line whose
/// last element is the sum of the others, so a line with exactly one hidden element gives it
/// away. Secondary suppression hides one more element of such a line (the smallest inner cell,
/// else the total) until no line has exactly one.
pub fn suppress(counts: &[Vec<u64>], k: u64) -> SuppressedTable {
    let rows = counts.len();
    let cols = counts.iter().map(Vec::len).max().unwrap_or(0);
    let inner = |r: usize, c: usize| counts[r].get(c).copied().unwrap_or(0);
    // Extended values: (rows + 1) × (cols + 1).
    let value = |r: usize, c: usize| -> u64 {
        match (r == rows, c == cols) {
            (false, false) => inner(r, c),
            (false, true) => (0..cols).map(|c| inner(r, c)).sum(),
            (true, false) => (0..rows).map(|r| inner(r, c)).sum(),
            (true, true) => (0..rows)
                .flat_map(|r| (0..cols).map(move |c| (r, c)))
                .map(|(r, c)| inner(r, c))
                .sum(),
        }
    };
    let mut hidden: Vec<Vec<bool>> = (0..=rows)
        .map(|r| {
            (0..=cols)
                .map(|c| primary(value(r, c), k) == Shown::Hidden)
                .collect()
        })
        .collect();
    loop {
        let mut changed = false;
        for r in 0..=rows {
            let line: Vec<(usize, usize)> = (0..=cols).map(|c| (r, c)).collect();
            changed |= protect_line(&line, &mut hidden, &value);
        }
        for c in 0..=cols {
            let line: Vec<(usize, usize)> = (0..=rows).map(|r| (r, c)).collect();
            changed |= protect_line(&line, &mut hidden, &value);
        }
        if !changed {
            break;
        }
    }
    let show = |r: usize, c: usize| {
        if hidden[r][c] {
            Shown::Hidden
        } else {
            Shown::Count(value(r, c))
        }
    };
    SuppressedTable {
        cells: (0..rows)
            .map(|r| (0..cols).map(|c| show(r, c)).collect())
            .collect(),
        row_totals: (0..rows).map(|r| show(r, cols)).collect(),
        column_totals: (0..cols).map(|c| show(rows, c)).collect(),
        total: show(rows, cols),
    }
}

/// If exactly one element of the line (its last element is the total) is hidden, hides the
/// smallest other inner element, preferring non-zero ones, else the total. Returns whether
/// anything changed.
fn protect_line(
    line: &[(usize, usize)],
    hidden: &mut [Vec<bool>],
    value: &dyn Fn(usize, usize) -> u64,
) -> bool {
    let hidden_count = line.iter().filter(|(r, c)| hidden[*r][*c]).count();
    if hidden_count != 1 {
        return false;
    }
    let Some((total, cells)) = line.split_last() else {
        return false;
    };
    let candidate = cells
        .iter()
        .filter(|(r, c)| !hidden[*r][*c])
        .min_by_key(|(r, c)| {
            let n = value(*r, *c);
            (n == 0, n)
        })
        .or((!hidden[total.0][total.1]).then_some(total));
    match candidate {
        Some((r, c)) => {
            hidden[*r][*c] = true;
            true
        }
        None => false,
    }
}

/// A filter (e.g. "women from Eritrea in centre X") is refused when its group is smaller than k:
/// the group's size alone would say too much.
pub fn filter_allowed(group_size: u64, k: u64) -> bool {
    group_size == 0 || group_size >= k
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_cells_are_hidden_and_zeros_shown() {
        assert_eq!(primary(0, 5), Shown::Count(0));
        assert_eq!(primary(4, 5), Shown::Hidden);
        assert_eq!(primary(5, 5), Shown::Count(5));
    }

    #[test]
    fn a_lone_hidden_cell_takes_the_smallest_neighbour_with_it() {
        // Row total 2 + 40 + 7 = 49 is visible, so hiding only the 2 would leave it recoverable.
        let t = suppress(&[vec![2, 40, 7]], 5);
        assert_eq!(
            t.cells[0],
            vec![Shown::Hidden, Shown::Count(40), Shown::Hidden]
        );
        assert_eq!(t.row_totals[0], Shown::Count(49));
    }

    #[test]
    fn two_way_tables_protect_rows_and_columns() {
        let t = suppress(&[vec![3, 20, 30], vec![25, 20, 30]], 5);
        for (r, row) in t.cells.iter().enumerate() {
            if t.row_totals[r] != Shown::Hidden {
                assert_ne!(row.iter().filter(|s| **s == Shown::Hidden).count(), 1);
            }
        }
        for c in 0..3 {
            if t.column_totals[c] != Shown::Hidden {
                let hidden = t.cells.iter().filter(|row| row[c] == Shown::Hidden).count();
                assert_ne!(hidden, 1, "column {c}: {t:?}");
            }
        }
        assert_eq!(t.cells[0][0], Shown::Hidden);
    }
}
