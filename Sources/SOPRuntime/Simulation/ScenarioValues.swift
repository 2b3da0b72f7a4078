import Foundation

/// How a scenario's values are written, the same in a scenario file (`ScenarioFile`) and in
/// `simulate`'s flags: distribution names, probabilities and arrival rates.
public enum ScenarioValues {
    /// The Indonesian names of the distributions; the English ones are their raw values.
    public static let distributionNames: [String: DurationModel.Distribution] = [
        "tetap": .fixed, "seragam": .uniform, "segitiga": .triangular, "eksponensial": .exponential,
        "lognormal": .lognormal, "normal": .normal,
    ]

    /// The words a rate's period is written with, Indonesian or English.
    public static let periodNames: [String: RatePeriod] = [
        "jam": .hour, "hari": .day, "minggu": .week, "bulan": .month,
        "hour": .hour, "day": .day, "week": .week, "month": .month,
    ]

    /// `eksponensial` or `exponential`, in any case; nil for another word.
    public static func distribution(named text: String) -> DurationModel.Distribution? {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        return distributionNames[word] ?? DurationModel.Distribution(rawValue: word)
    }

    /// `0.3` or `30%` (a decimal comma reads as a point): a probability or a share from 0 to
    /// 1; nil for anything else.
    public static func probability(_ text: String) -> Double? {
        var text = text.trimmingCharacters(in: .whitespaces)
        var scale = 1.0
        if text.hasSuffix("%") {
            text = String(text.dropLast()).trimmingCharacters(in: .whitespaces)
            scale = 100
        }
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite, value >= 0,
              value / scale <= 1 else { return nil }
        return value / scale
    }

    /// A number of cases per period, `20 per bulan`, `2,4 per jam` or `20/month`: the mean
    /// interval it means (working time: a day is a working day, a month 21 of them); nil
    /// unless the number is above zero and the period one of `periodNames`.
    public static func rateInterval(_ text: String) -> WorkDuration? {
        let lowered = text.lowercased().trimmingCharacters(in: .whitespaces)
        let words: [String]
        if let slash = lowered.firstIndex(of: "/") {
            words = [String(lowered[..<slash]), "per", String(lowered[lowered.index(after: slash)...])]
                .map { $0.trimmingCharacters(in: .whitespaces) }
        } else {
            words = lowered.split(separator: " ").map(String.init)
        }
        guard words.count == 3, words[1] == "per", let count = Double(words[0].replacingOccurrences(of: ",", with: ".")),
              count > 0, count.isFinite, let period = periodNames[words[2]] else { return nil }
        return period.duration * (1 / count)
    }
}
