import Foundation

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
    /// The duration written in `style`: working days, then hours and minutes, with a decimal
    /// (two places at most) only where a unit does not divide: `1,5 hari` in words, `1.5d`
    /// short. What it writes reads back through `DurationParser.parse` to the same amount.
    /// A negative duration (a difference the shell computed) carries one leading minus sign.
    public func formatted(_ style: DurationStyle = .indonesian) -> String {
        if days <= 0, minutes <= 0, days < 0 || minutes < 0 {
            return "-" + (self * -1).formatted(style)
        }
        var parts: [String] = []
        if days != 0 { parts.append(Self.number(days, style) + unitWord(.day, style)) }
        let wholeMinutes = minutes.rounded()
        if abs(minutes - wholeMinutes) < 1e-9, abs(wholeMinutes) < Self.exactLimit {
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

    /// Beyond this a Double no longer holds every whole number, and `Int(_:)` would trap.
    private static let exactLimit = 1e15

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

    /// `2`, `1.5` (short) or `1,5` (Indonesian decimal comma); amounts no document holds
    /// (`1e+300`, `inf`, `nan`) are written as Swift writes them rather than trapping.
    private static func number(_ value: Double, _ style: DurationStyle) -> String {
        guard abs(value) < exactLimit else { return String(describing: value) }
        if value == value.rounded() { return String(Int(value)) }
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return style == .short ? text : text.replacingOccurrences(of: ".", with: ",")
    }
}

extension SOP {
    /// How this SOP writes its times, for a time the shell writes into it: in words, with days
    /// as `hari kerja` when its own times write them so more often than as plain `hari`.
    public var durationStyle: DurationStyle {
        var working = 0
        var plain = 0
        for step in steps {
            let words = step.time.text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard words.contains("hari") else { continue }
            if words.contains("hari kerja") { working += 1 } else { plain += 1 }
        }
        return working > plain ? .indonesian(dayWord: "hari kerja") : .indonesian
    }
}
