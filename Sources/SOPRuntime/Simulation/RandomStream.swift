import Foundation

/// The simulator's random numbers: xoshiro256** (Blackman and Vigna, 2018), a generator with
/// a period of 2^256 − 1 that passes BigCrush and costs a few instructions a number.
///
/// Every replication has its own stream, seeded from the scenario's seed and the
/// replication's index through SplitMix64. A replication therefore draws the same numbers
/// whichever thread runs it and whatever ran before it, which is what makes results identical
/// for the same seed on any number of threads.
struct RandomStream {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// The stream of replication `index` under `seed`: the seed and the index are each mixed
    /// through SplitMix64 before they are combined, so that neighbouring seeds and indices
    /// give unrelated streams; four further SplitMix64 outputs fill the state (never all zero).
    init(seed: UInt64, stream index: UInt64) {
        var mixer = SplitMix64(state: SplitMix64.mix(seed) ^ SplitMix64.mix(index &+ 0x632B_E59B_D9B4_E019))
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
    }

    @inline(__always)
    mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// Uniform in [0, 1), with 53 random bits.
    @inline(__always)
    mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Uniform in (0, 1]: safe to take the logarithm of.
    @inline(__always)
    mutating func uniformPositive() -> Double {
        Double((next() >> 11) + 1) * 0x1.0p-53
    }

    /// Exponential with mean 1.
    @inline(__always)
    mutating func exponential() -> Double {
        -log(uniformPositive())
    }

    /// Standard normal, by the Box–Muller transform (one pair of uniforms a number: simple,
    /// and the state stays four words).
    @inline(__always)
    mutating func normal() -> Double {
        let radius = (-2 * log(uniformPositive())).squareRoot()
        return radius * cos(2 * Double.pi * uniform())
    }

    @inline(__always)
    private func rotateLeft(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }
}

/// SplitMix64 (Steele, Lea and Flood): the recommended way to seed xoshiro from one number.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
