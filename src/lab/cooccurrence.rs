//! The second counting baseline: which words occur in the same documents, and nothing else. No
//! word order, no training order, no network. A word's vector is its row of the positive
//! pointwise mutual information (PPMI) of document co-occurrence, reduced by a truncated
//! eigendecomposition (the matrix is symmetric, so this is its SVD) to a few dimensions, as in
//! Levy, Goldberg & Dagan (2015):
//!
//!   n(w, v) = documents holding both w and v (w ≠ v),  n(w) = Σ_v n(w, v),  N = Σ_w n(w),
//!   PPMI(w, v) = max(0, ln (n(w, v) · N / (n(w) · n(v)))),
//!   PPMI ≈ U Λ Uᵀ over the k eigenvalues largest in size,  vec(w) = row w of U · √|Λ|.
//!
//! A question is answered by the cosine of the actor's word with each action's deciding word:
//! the action whose verb sits nearer the AI wins. If this model moves with the data mix as the
//! network does, the network's move needs no more than co-occurrence to explain it.
//!
//! Every operation is + − × ÷, √ or the lab's own logarithm, in an order fixed by the source,
//! so the browser computes the same bits as a native build.

use crate::lab::elementary::ln64;
use crate::ordering::ascending;
use crate::rng::Rng;

/// The dimensions kept.
pub const DIMENSIONS: usize = 12;
/// Extra directions carried through the subspace iteration, to converge the kept ones.
const OVERSAMPLING: usize = 8;
/// Subspace iterations (each multiplies by the matrix twice).
pub const ITERATIONS: usize = 60;

/// Word vectors from document co-occurrence.
#[derive(Clone, Debug, PartialEq)]
pub struct Cooccurrence {
    /// One row of [`DIMENSIONS`] numbers per word of the vocabulary.
    vectors: Vec<Vec<f64>>,
}

/// `a · b`.
fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// The PPMI matrix (row-major, `vocab` × `vocab`) of `documents`' co-occurrence.
pub fn ppmi<'a>(documents: impl IntoIterator<Item = &'a [usize]>, vocab: usize) -> Vec<f64> {
    let mut joint = vec![0f64; vocab * vocab];
    let mut present = vec![false; vocab];
    let mut words = Vec::new();
    for tokens in documents {
        words.clear();
        for &t in tokens {
            if !present[t] {
                present[t] = true;
                words.push(t);
            }
        }
        for &w in &words {
            present[w] = false;
            for &v in &words {
                if v != w {
                    joint[w * vocab + v] += 1.0;
                }
            }
        }
    }
    let margin: Vec<f64> = joint.chunks(vocab).map(|row| row.iter().sum()).collect();
    let total: f64 = margin.iter().sum();
    let mut out = vec![0f64; vocab * vocab];
    for w in 0..vocab {
        for v in 0..vocab {
            let n = joint[w * vocab + v];
            if n > 0.0 {
                out[w * vocab + v] = ln64(n * total / (margin[w] * margin[v])).max(0.0);
            }
        }
    }
    out
}

/// Orthonormalises `columns` in place by modified Gram–Schmidt, in order, each column's
/// projections removed twice (once loses orthogonality when a column is nearly in the span of
/// the ones before it).
fn orthonormalise(columns: &mut [Vec<f64>]) {
    for i in 0..columns.len() {
        let (done, rest) = columns.split_at_mut(i);
        let column = &mut rest[0];
        for _pass in 0..2 {
            for q in done.iter() {
                let along = dot(column, q);
                for (c, x) in column.iter_mut().zip(q) {
                    *c -= along * x;
                }
            }
        }
        let norm = dot(column, column).sqrt();
        if norm > 0.0 {
            column.iter_mut().for_each(|c| *c /= norm);
        }
    }
}

/// `matrix` (n × n, row-major) times `column`.
fn times(matrix: &[f64], column: &[f64]) -> Vec<f64> {
    matrix
        .chunks(column.len())
        .map(|row| dot(row, column))
        .collect()
}

/// The eigenvalues and eigenvectors (as columns of the returned rows) of a small symmetric
/// matrix, by cyclic Jacobi rotations: A ← Jᵀ A J zeroes one off-diagonal pair at a time.
fn jacobi(mut a: Vec<Vec<f64>>) -> (Vec<f64>, Vec<Vec<f64>>) {
    let n = a.len();
    let mut v: Vec<Vec<f64>> = (0..n)
        .map(|i| (0..n).map(|j| if i == j { 1.0 } else { 0.0 }).collect())
        .collect();
    for _sweep in 0..50 {
        let off: f64 = (0..n)
            .flat_map(|i| (0..n).filter(move |&j| j != i).map(move |j| (i, j)))
            .map(|(i, j)| a[i][j] * a[i][j])
            .sum();
        if off < 1e-22 {
            break;
        }
        for p in 0..n {
            for q in p + 1..n {
                if a[p][q] == 0.0 {
                    continue;
                }
                let theta = (a[q][q] - a[p][p]) / (2.0 * a[p][q]);
                // signum(0) is 1: a rotation by π/4 when the diagonal is equal.
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for row in a.iter_mut() {
                    let (akp, akq) = (row[p], row[q]);
                    row[p] = c * akp - s * akq;
                    row[q] = s * akp + c * akq;
                }
                let (upper, lower) = a.split_at_mut(q);
                for (apk, aqk) in upper[p].iter_mut().zip(lower[0].iter_mut()) {
                    let (x, y) = (*apk, *aqk);
                    *apk = c * x - s * y;
                    *aqk = s * x + c * y;
                }
                for row in v.iter_mut() {
                    let (vkp, vkq) = (row[p], row[q]);
                    row[p] = c * vkp - s * vkq;
                    row[q] = s * vkp + c * vkq;
                }
            }
        }
    }
    ((0..n).map(|i| a[i][i]).collect(), v)
}

/// A [`Cooccurrence`] being built, one piece at a time (so a worker can read its messages
/// between pieces): the PPMI matrix and the subspace iteration's basis so far.
pub struct Building {
    matrix: Vec<f64>,
    basis: Vec<Vec<f64>>,
    iterations_done: usize,
}

impl Building {
    /// The PPMI matrix of `documents` (token ids) over `vocab` words, and [`DIMENSIONS`] +
    /// oversampling seeded directions, orthonormalised.
    pub fn start<'a>(documents: impl IntoIterator<Item = &'a [usize]>, vocab: usize) -> Self {
        let matrix = ppmi(documents, vocab);
        let width = (DIMENSIONS + OVERSAMPLING).min(vocab);
        let mut rng = Rng::new(0x00c0_0cc0);
        let mut basis: Vec<Vec<f64>> = (0..width)
            .map(|_| (0..vocab).map(|_| rng.next_f64() - 0.5).collect())
            .collect();
        orthonormalise(&mut basis);
        Self {
            matrix,
            basis,
            iterations_done: 0,
        }
    }

    /// Up to `count` more subspace iterations, Q ← orth(M² Q), of the [`ITERATIONS`] in all.
    pub fn iterate(&mut self, count: usize) {
        let count = count.min(ITERATIONS - self.iterations_done);
        for _ in 0..count {
            self.basis = self
                .basis
                .iter()
                .map(|column| times(&self.matrix, &times(&self.matrix, column)))
                .collect();
            orthonormalise(&mut self.basis);
        }
        self.iterations_done += count;
    }

    /// The iterations still to do.
    pub fn iterations_left(&self) -> usize {
        ITERATIONS - self.iterations_done
    }

    /// The word vectors: the Rayleigh–Ritz step (the eigenpairs of Qᵀ M Q rotate the basis onto
    /// M's eigenvectors), the [`DIMENSIONS`] eigenvalues largest in size kept, each eigenvector
    /// scaled by √|λ|.
    pub fn finish(self) -> Cooccurrence {
        let Self { matrix, basis, .. } = self;
        let width = basis.len();
        let vocab = basis.first().map_or(0, Vec::len);
        let applied: Vec<Vec<f64>> = basis.iter().map(|q| times(&matrix, q)).collect();
        let small: Vec<Vec<f64>> = basis
            .iter()
            .map(|qi| applied.iter().map(|mq| dot(qi, mq)).collect())
            .collect();
        let (values, rotation) = jacobi(small);
        // The largest |λ| first.
        let mut order = ascending(&values.iter().map(|v| -v.abs()).collect::<Vec<f64>>());
        order.truncate(DIMENSIONS.min(width));
        let vectors = (0..vocab)
            .map(|w| {
                order
                    .iter()
                    .map(|&e| {
                        let along: f64 = (0..width).map(|i| basis[i][w] * rotation[i][e]).sum();
                        along * values[e].abs().sqrt()
                    })
                    .collect()
            })
            .collect();
        Cooccurrence { vectors }
    }
}

impl Cooccurrence {
    /// The word vectors of `documents` (token ids) over `vocab` words, in one piece: the PPMI
    /// matrix's [`DIMENSIONS`] eigenvalues largest in size, found by [`ITERATIONS`] subspace
    /// iterations on its square from seeded directions and a Rayleigh–Ritz step ([`Building`]).
    pub fn new<'a>(documents: impl IntoIterator<Item = &'a [usize]>, vocab: usize) -> Self {
        let mut building = Building::start(documents, vocab);
        building.iterate(ITERATIONS);
        building.finish()
    }

    /// The cosine of words `a` and `b`: vec(a) · vec(b) / (|vec(a)| |vec(b)|), 0 for a word with
    /// no vector.
    pub fn cosine(&self, a: usize, b: usize) -> f64 {
        let (u, v) = (&self.vectors[a], &self.vectors[b]);
        let norms = (dot(u, u) * dot(v, v)).sqrt();
        if norms > 0.0 {
            dot(u, v) / norms
        } else {
            0.0
        }
    }
}
