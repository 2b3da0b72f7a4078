/// The charts of the HTML simulation report, as inline SVG sized in millimetres so that they
/// print as they show: a histogram of lead times and horizontal bars.
enum SimulationReportCharts {
    /// Columns for the shares of `distribution`, with the hours under the axis and the share
    /// beyond the last bin said in words.
    static func histogram(_ distribution: LeadTimeDistribution) -> String {
        guard !distribution.shares.isEmpty else { return "<p>\(ExportEscaping.xmlText(localized("No case finished.")))</p>\n" }
        let n = SVGMarkup().n
        let width = 170.0
        let height = 55.0
        let left = 12.0
        let bottom = 8.0
        let top = 4.0
        let plotWidth = width - left - 2
        let plotHeight = height - bottom - top
        let highest = max(distribution.shares.max() ?? 0, 1e-9)
        let binWidth = plotWidth / Double(distribution.shares.count)
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))mm\" height=\"\(n(height))mm\" viewBox=\"0 0 \(n(width)) \(n(height))\">\n"
        out +=
            "<line x1=\"\(n(left))\" y1=\"\(n(top + plotHeight))\" x2=\"\(n(left + plotWidth))\" y2=\"\(n(top + plotHeight))\" stroke=\"#333\" stroke-width=\"0.3\"/>\n"
        for (index, share) in distribution.shares.enumerated() {
            let barHeight = share / highest * plotHeight
            let x = left + Double(index) * binWidth
            let from = Double(index) * distribution.binHours
            out +=
                "<rect x=\"\(n(x + 0.3))\" y=\"\(n(top + plotHeight - barHeight))\" width=\"\(n(binWidth - 0.6))\" height=\"\(n(barHeight))\" fill=\"#4a78a8\">"
            out += "<title>\(label(from))–\(label(from + distribution.binHours)) jam: \(percent(share))</title></rect>\n"
            if index % 4 == 0 {
                out += "<text x=\"\(n(x))\" y=\"\(n(height - 3))\" font-size=\"3\" text-anchor=\"middle\">\(label(from))</text>\n"
            }
        }
        let end = Double(distribution.shares.count) * distribution.binHours
        out += "<text x=\"\(n(left + plotWidth))\" y=\"\(n(height - 3))\" font-size=\"3\" text-anchor=\"end\">\(label(end)) jam</text>\n"
        out += "<text x=\"\(n(left - 1))\" y=\"\(n(top + 2))\" font-size=\"3\" text-anchor=\"end\">\(percent(highest))</text>\n"
        out += "</svg>\n"
        if distribution.beyond > 0 {
            out +=
                "<p class=\"note\">\(ExportEscaping.xmlText(localized("\(percent(distribution.beyond)) of cases took longer than \(label(end)) jam.")))</p>\n"
        }
        return out
    }

    /// A bar per item, `value` against `maximum`, with the item's name before it and its
    /// formatted value after it.
    static func bars(_ items: [(name: String, value: Double, text: String)], maximum: Double) -> String {
        let n = SVGMarkup().n
        let row = 6.0
        let nameWidth = 60.0
        let barWidth = 80.0
        let width = 170.0
        let height = Double(items.count) * row + 2
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))mm\" height=\"\(n(height))mm\" viewBox=\"0 0 \(n(width)) \(n(height))\">\n"
        for (index, item) in items.enumerated() {
            let y = Double(index) * row + 1
            let length = maximum > 0 ? min(max(item.value / maximum, 0), 1) * barWidth : 0
            out +=
                "<text x=\"\(n(nameWidth - 2))\" y=\"\(n(y + 4))\" font-size=\"3.2\" text-anchor=\"end\">\(ExportEscaping.xmlText(clipped(item.name)))</text>\n"
            out += "<rect x=\"\(n(nameWidth))\" y=\"\(n(y + 0.8))\" width=\"\(n(barWidth))\" height=\"4\" fill=\"#e8ecf0\"/>\n"
            out +=
                "<rect x=\"\(n(nameWidth))\" y=\"\(n(y + 0.8))\" width=\"\(n(length))\" height=\"4\" fill=\"\(item.value > 0.85 * maximum && maximum == 1 ? "#c0504d" : "#4a78a8")\"/>\n"
            out +=
                "<text x=\"\(n(nameWidth + barWidth + 2))\" y=\"\(n(y + 4))\" font-size=\"3.2\">\(ExportEscaping.xmlText(item.text))</text>\n"
        }
        return out + "</svg>\n"
    }

    /// Hours without needless decimals: "40", "2.5".
    private static func label(_ hours: Double) -> String {
        hours == hours.rounded() ? String(Int(hours)) : SVGMarkup().n(hours)
    }

    private static func percent(_ share: Double) -> String {
        if share > 0, share < 0.0005 { return "<0.1%" }
        let tenths = (share * 1000).rounded() / 10
        return (tenths == tenths.rounded() ? String(Int(tenths)) : SVGMarkup().n(tenths)) + "%"
    }

    /// Long role names are cut so they do not run into the bars.
    private static func clipped(_ name: String) -> String {
        name.count > 34 ? String(name.prefix(33)) + "…" : name
    }
}
