//! One stable ordering for the core: by a small rank, with a counting sort. Linear in the
//! number of items, and in the wasm far smaller than the standard library's stable sort, which
//! is compiled once for every element type and key (six copies cost about 25 KB before
//! wasm-opt).

/// `items` ordered by `rank` (0 first), keeping their order within a rank. Ranks should be
/// small: one bucket per rank up to the largest.
pub fn by_rank<T>(items: Vec<T>, rank: impl Fn(&T) -> usize) -> Vec<T> {
    let ranks: Vec<usize> = items.iter().map(rank).collect();
    let mut buckets: Vec<Vec<T>> = Vec::new();
    buckets.resize_with(ranks.iter().copied().max().map_or(0, |m| m + 1), Vec::new);
    for (item, r) in items.into_iter().zip(ranks) {
        buckets[r].push(item);
    }
    buckets.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::by_rank;

    #[test]
    fn stable_by_rank() {
        let items = vec![(2, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (2, 'e')];
        assert_eq!(by_rank(items, |(r, _)| *r), vec![(0, 'b'), (0, 'd'), (1, 'c'), (2, 'a'), (2, 'e')]);
        assert!(by_rank(Vec::<u8>::new(), |_| 0).is_empty());
    }
}
