/// A quantile estimator of fixed size: a histogram of logarithmic buckets, read straight off
/// the bits of a Double (the idea of HdrHistogram).
///
/// Each power of two from 2^-8 to 2^40 is cut into 128 equal buckets, so a bucket is at most
/// 1/128 of its lower edge wide, and a quantile reported as its bucket's midpoint is within
/// 1/256 (0.39 %) of the true value. Values below 2^-8 (about a quarter of a second, when the
/// unit is the minute) fall in one bucket reported as 0; values of 2^40 and more (two million
/// years of minutes) in the last. Quantiles and the mean are clamped to the exact minimum and
/// maximum, which are kept as well.
///
/// The storage is 6,146 counters whatever the number of values: ten times more cases use the
/// same memory. Histograms add exactly (counts are integers), so merging replications does
/// not depend on the order they finished in.
public struct LogHistogram: Hashable, Sendable {
    static let subBucketBits = 7
    static let subBuckets = 1 << subBucketBits
    static let lowestExponent = -8
    static let highestExponent = 40
    /// Bucket 0 holds values below 2^lowestExponent (and zero); the last, values above range.
    static let bucketCount = (highestExponent - lowestExponent) * subBuckets + 2

    private var counts: [UInt64]
    public private(set) var count: UInt64 = 0
    public private(set) var minimum: Double = .infinity
    public private(set) var maximum: Double = -.infinity

    public init() {
        counts = [UInt64](repeating: 0, count: Self.bucketCount)
    }

    /// How many buckets the histogram keeps: the same for ten values or ten billion.
    public var storageSize: Int { counts.count }

    /// The largest relative error of a reported quantile, inside the range.
    public static let relativeError = 1.0 / Double(2 * subBuckets)

    /// Adds a value (negative values count as zero).
    @inline(__always)
    public mutating func record(_ value: Double) {
        record(value, inBucket: Self.bucket(of: value))
    }

    /// Adds a value whose bucket the caller has found already (`QuantileSketch`).
    @inline(__always)
    mutating func record(_ value: Double, inBucket bucket: Int) {
        counts[bucket] &+= 1
        count &+= 1
        if value < minimum { minimum = value }
        if value > maximum { maximum = value }
    }

    public mutating func merge(_ other: LogHistogram) {
        for index in counts.indices { counts[index] &+= other.counts[index] }
        count &+= other.count
        minimum = Swift.min(minimum, other.minimum)
        maximum = Swift.max(maximum, other.maximum)
    }

    /// The value below which a fraction `q` (0…1) of the values lie (nearest rank: the
    /// ⌈q·n⌉-th smallest), within `relativeError`; nil when empty.
    public func quantile(_ q: Double) -> Double? {
        locate(q).map { Swift.min(Swift.max(Self.midpoint(of: $0.bucket), minimum), maximum) }
    }

    /// The bucket of the ⌈q·n⌉-th smallest value, that value's rank among the bucket's own
    /// (from 1) and how many the bucket holds; nil when empty.
    func locate(_ q: Double) -> (bucket: Int, rank: UInt64, count: UInt64)? {
        guard count > 0 else { return nil }
        let rank = Swift.max(1, UInt64((Swift.min(Swift.max(q, 0), 1) * Double(count)).rounded(.up)))
        var seen: UInt64 = 0
        for (index, bucketCount) in counts.enumerated() where bucketCount > 0 {
            if seen + bucketCount >= rank { return (index, rank - seen, bucketCount) }
            seen += bucketCount
        }
        preconditionFailure("the buckets hold \(seen) values, the histogram counts \(count)")
    }

    /// The counts regrouped into `binCount` equal bins from 0 to `upper`, for a picture of the
    /// distribution; values above `upper` are counted in `beyond`. Each bucket goes to the bin
    /// of its midpoint, so a bin edge is blurred by at most `relativeError`.
    public func bins(_ binCount: Int, upTo upper: Double) -> (counts: [UInt64], beyond: UInt64) {
        var binned = [UInt64](repeating: 0, count: Swift.max(binCount, 1))
        var beyond: UInt64 = 0
        for (index, bucketCount) in counts.enumerated() where bucketCount > 0 {
            let value = Swift.min(Swift.max(Self.midpoint(of: index), minimum), maximum)
            guard upper > 0, value <= upper else {
                if upper > 0 { beyond += bucketCount } else { binned[0] += bucketCount }
                continue
            }
            binned[Swift.min(Int(value / upper * Double(binned.count)), binned.count - 1)] += bucketCount
        }
        return (binned, beyond)
    }

    @inline(__always)
    static func bucket(of value: Double) -> Int {
        let bits = value.bitPattern
        // The biased exponent and the top mantissa bits, straight from the IEEE 754 layout.
        let exponent = Int((bits >> 52) & 0x7FF) - 1023
        if value.sign == .minus || exponent < lowestExponent { return 0 }
        if exponent >= highestExponent { return bucketCount - 1 }
        let sub = Int((bits >> UInt64(52 - subBucketBits)) & UInt64(subBuckets - 1))
        return 1 + (exponent - lowestExponent) * subBuckets + sub
    }

    static func midpoint(of bucket: Int) -> Double {
        if bucket == 0 { return 0 }
        if bucket == bucketCount - 1 { return Double.greatestFiniteMagnitude }
        let exponent = (bucket - 1) / subBuckets + lowestExponent
        let sub = (bucket - 1) % subBuckets
        let scale = Double(sign: .plus, exponent: exponent, significand: 1)
        return scale * (1 + (Double(sub) + 0.5) / Double(subBuckets))
    }
}
