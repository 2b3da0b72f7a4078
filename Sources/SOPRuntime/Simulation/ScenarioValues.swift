import Foundation

/// How a scenario's values are written, the same in a scenario file (`ScenarioFile`) and in
/// `simulate`'s flags: distribution names, probabilities and arrival rates.
public enum ScenarioValues {
    /// The Indonesian names of the distributions; the English ones are their raw values.
    public static let distributionNames: [String: DurationModel.Distribution] = [
        "tetap": .fixed, "seragam": .uniform, "segitiga": .triangular, "eksponensial": .exponential,
        "lognormal": .lognormal, "normal": .normal
    ]

    /// The words a rate's period is written with, Indonesian or English.
    public static let periodNames: [String: RatePeriod] = [
        "jam": .hour, "hari": .day, "minggu": .week, "bulan": .month,
        "hour": .hour, "day": .day, "week": .week, "month": .month
    ]

    /// `eksponensial` or `exponential`, in any case; nil for another word.
    public static func distribution(named text: String) -> DurationModel.Distribution? {
        let word = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return distributionNames[word] ?? DurationModel.Distribution(rawValue: word)
    }

    /// `0.3` or `30%` (a decimal comma reads as a point): a probability or a share from 0 to
    /// 1; nil for anything else.
    public static func probability(_ text: String) -> Double? {
        var text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var scale = 1.0
        if text.hasSuffix("%") {
            text = String(text.dropLast()).trimmingCharacters(in: .whitespacesAndNewlines)
            scale = 100
        }
        guard let value = decimal(text), value / scale <= 1 else { return nil }
        return value / scale
    }

    /// A number of cases per period, `20 per bulan`, `2,4 per jam` or `20/month`: the mean
    /// interval it means (working time: a day is a working day, a month 21 of them); nil
    /// unless the number is above zero and the period one of `periodNames`.
    public static func rateInterval(_ text: String) -> WorkDuration? {
        let lowered = text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        let number: Substring
        let period: Substring
        if let slash = lowered.firstIndex(of: "/") {
            (number, period) = (lowered[..<slash], lowered[lowered.index(after: slash)...])
        } else {
            let words = lowered.split(whereSeparator: \.isWhitespace)
            guard words.count == 3, words[1] == "per" else { return nil }
            (number, period) = (words[0], words[2])
        }
        guard let count = decimal(number.trimmingCharacters(in: .whitespacesAndNewlines)), count > 0,
            let period = periodNames[period.trimmingCharacters(in: .whitespacesAndNewlines)]
        else { return nil }
        return period.duration * (1 / count)
    }

    /// `20`, `2.4` or `2,4`: digits with at most one decimal point or comma between digits, as
    /// a standard time writes its numbers. `Double` alone would also take `1e3`, `.5`, `+2`,
    /// `0x10` and `inf`, which no author means and schema/scenario.schema.json does not allow.
    static func decimal(_ text: String) -> Double? {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        guard (1...2).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        return Double(parts.joined(separator: "."))
    }
}
