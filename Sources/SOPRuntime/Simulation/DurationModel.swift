import Foundation

/// How long each step takes in a simulation: the SOP's standard time, exactly or as the
/// centre of a distribution.
///
/// Every distribution is laid around the standard time `m` so that its mean stays `m`
/// (a normal truncated at zero is a little above it when the spread is large):
///
/// | distribution | a fixed standard time `m` | a range `a-b` (`1-2 jam`) |
/// |---|---|---|
/// | `fixed` | `m` exactly | `rangeDistribution` over the range |
/// | `uniform` | uniform on m·(1 ± spread) | uniform on [a, b] |
/// | `triangular` | lowest m·(1 − spread), most likely m, highest m·(1 + spread) | lowest a, most likely (a + b)/2, highest b |
/// | `exponential` | mean m (spread not used) | mean (a + b)/2 |
/// | `lognormal` | mean m, coefficient of variation `spread` | around (a + b)/2 |
/// | `normal` | mean m, standard deviation m·spread, redrawn while ≤ 0 | around (a + b)/2 |
///
/// A step "as needed" (`Sesuai kebutuhan`) or blank has no standard time: it takes the `time`
/// the scenario gives it in `steps`, or counts zero and is reported (`SimulationResult.warnings`,
/// `StepStatistics.timeUnknown`), never silently.
public struct DurationModel: Hashable, Sendable {
    public enum Distribution: String, Hashable, Sendable, CaseIterable, Codable {
        case fixed, uniform, triangular, exponential, lognormal, normal
    }

    /// The distribution of every step not named in `steps`.
    public var distribution: Distribution
    /// The width around the standard time: the relative half-width for uniform and
    /// triangular (0.5: from half to one and a half times the standard), the coefficient of
    /// variation for lognormal and normal. Uniform and triangular clip it to 1 (never below zero).
    public var spread: Double
    /// How a range is drawn while `distribution` is `fixed`: uniform (the default) or triangular.
    public var rangeDistribution: Distribution
    /// Per step (by its number): another distribution, spread or time.
    public var steps: [StepNumber: StepDuration]

    public init(
        distribution: Distribution = .fixed, spread: Double = 0.5, rangeDistribution: Distribution = .uniform,
        steps: [StepNumber: StepDuration] = [:]
    ) {
        self.distribution = distribution
        self.spread = spread
        self.rangeDistribution = rangeDistribution
        self.steps = steps
    }
}

/// The duration settings of one step; nil fields fall back to the scenario's defaults.
public struct StepDuration: Hashable, Sendable {
    public var distribution: DurationModel.Distribution?
    public var spread: Double?
    /// A time that replaces the standard time: required for a step "as needed" or blank,
    /// and a what-if for any other ("what if step 5 took 4 jam?"). The standard time used
    /// for "finished within the standard" stays the SOP's.
    public var time: WorkDuration?

    public init(distribution: DurationModel.Distribution? = nil, spread: Double? = nil, time: WorkDuration? = nil) {
        self.distribution = distribution
        self.spread = spread
        self.time = time
    }
}

/// One drawn duration, in working minutes: the distribution's kind and its parameters, set
/// up once per step so that a draw is a switch and a few arithmetic operations.
struct DurationSampler: Hashable, Sendable {
    enum Kind: UInt8, Sendable {
        /// `a`.
        case fixed
        /// Uniform on [a, b).
        case uniform
        /// Lowest a, most likely c, highest b.
        case triangular
        /// Mean a.
        case exponential
        /// exp(a + b·Z): a = μ, b = σ of the logarithm.
        case lognormal
        /// a + b·Z, redrawn while ≤ 0.
        case truncatedNormal
    }

    var kind: Kind
    var a: Double
    var b: Double
    var c: Double

    static let zero = DurationSampler(kind: .fixed, a: 0, b: 0, c: 0)

    /// The sampler for a standard time (`low` = `high` for a fixed time; both in working minutes).
    init(
        low: Double, high: Double, distribution: DurationModel.Distribution, spread: Double,
        rangeDistribution: DurationModel.Distribution
    ) {
        let mean = (low + high) / 2
        let isRange = high > low
        let width = min(max(spread, 0), 1)
        switch distribution {
        case .fixed where isRange:
            self =
                rangeDistribution == .triangular
                ? DurationSampler(kind: .triangular, a: low, b: high, c: mean)
                : DurationSampler(kind: .uniform, a: low, b: high, c: 0)
        case .fixed:
            self = DurationSampler(kind: .fixed, a: mean, b: 0, c: 0)
        case .uniform:
            self =
                isRange
                ? DurationSampler(kind: .uniform, a: low, b: high, c: 0)
                : DurationSampler(kind: .uniform, a: mean * (1 - width), b: mean * (1 + width), c: 0)
        case .triangular:
            self =
                isRange
                ? DurationSampler(kind: .triangular, a: low, b: high, c: mean)
                : DurationSampler(kind: .triangular, a: mean * (1 - width), b: mean * (1 + width), c: mean)
        case .exponential:
            self = DurationSampler(kind: .exponential, a: mean, b: 0, c: 0)
        case .lognormal:
            let variance = log(1 + max(spread, 0) * max(spread, 0))
            self =
                mean > 0
                ? DurationSampler(kind: .lognormal, a: log(mean) - variance / 2, b: variance.squareRoot(), c: 0)
                : .zero
        case .normal:
            self =
                mean > 0 && spread > 0
                ? DurationSampler(kind: .truncatedNormal, a: mean, b: mean * spread, c: 0)
                : DurationSampler(kind: .fixed, a: mean, b: 0, c: 0)
        }
        // A degenerate triangle or interval is a fixed time (and draws no number).
        if kind == .uniform || kind == .triangular, b <= a { self = DurationSampler(kind: .fixed, a: a, b: 0, c: 0) }
    }

    init(kind: Kind, a: Double, b: Double, c: Double) {
        self.kind = kind
        self.a = a
        self.b = b
        self.c = c
    }

    @inline(__always)
    func draw(_ random: inout RandomStream) -> Double {
        switch kind {
        case .fixed:
            return a
        case .uniform:
            return a + (b - a) * random.uniform()
        case .triangular:
            let u = random.uniform()
            let split = (c - a) / (b - a)
            return u < split
                ? a + ((b - a) * (c - a) * u).squareRoot()
                : b - ((b - a) * (b - c) * (1 - u)).squareRoot()
        case .exponential:
            return a * random.exponential()
        case .lognormal:
            return exp(a + b * random.normal())
        case .truncatedNormal:
            while true {
                let value = a + b * random.normal()
                if value > 0 { return value }
            }
        }
    }
}
