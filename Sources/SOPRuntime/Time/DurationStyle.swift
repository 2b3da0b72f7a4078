/// How a computed duration is written: in the words of SOP documents or in the short form
/// scripts use.
public enum DurationStyle: Hashable, Sendable {
    /// `1 jam 30 menit`, `2 hari`; `dayWord` is "hari" or "hari kerja", as the document writes it.
    case indonesian(dayWord: String)
    /// `1h30m`, `2d`.
    case short

    public static let indonesian = DurationStyle.indonesian(dayWord: "hari")
}

extension WorkDuration {
    /// The duration written in `style`: whole units only, largest first, with a decimal
    /// only where a unit does not divide (`1,5 hari` in words, `1.5d` short).
    public func formatted(_ style: DurationStyle = .indonesian) -> String {
        var parts: [String] = []
        let wholeMinutes = minutes.rounded()
        let clockIsWhole = abs(minutes - wholeMinutes) < 1e-9
        if days != 0 { parts.append(Self.number(days, style) + unitWord(.day, style)) }
        if clockIsWhole {
            let hours = Int(wholeMinutes) / 60
            let rest = Int(wholeMinutes) % 60
            if hours != 0 { parts.append(String(hours) + unitWord(.hour, style)) }
            if rest != 0 { parts.append(String(rest) + unitWord(.minute, style)) }
        } else {
            parts.append(Self.number(minutes, style) + unitWord(.minute, style))
        }
        if parts.isEmpty { parts.append("0" + unitWord(.minute, style)) }
        return parts.joined(separator: style == .short ? "" : " ")
    }

    private func unitWord(_ unit: DurationUnit, _ style: DurationStyle) -> String {
        switch (style, unit) {
        case (.short, .day): "d"
        case (.short, .hour): "h"
        case (.short, _): "m"
        case (.indonesian(let dayWord), .day): " " + dayWord
        case (.indonesian, .hour): " jam"
        case (.indonesian, _): " menit"
        }
    }

    private static func number(_ value: Double, _ style: DurationStyle) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return style == .short ? text : text.replacingOccurrences(of: ".", with: ",")
    }
}
