/// Writes an event log as CSV: one row per step of a case, with a header, comma-separated and
/// quoted as RFC 4180 says (lines end with CRLF, as it also says), so that spreadsheets and
/// process-mining tools (case id, activity, resource, start and end timestamps) read it.
public enum EventLogCSVWriter {
    public static let columns = ["case", "step", "activity", "role", "start", "end", "answer"]

    public static func write(_ log: EventLog) -> String {
        header + log.traces.map { rows(of: $0, in: log) }.joined()
    }

    /// The first line.
    public static var header: String { columns.joined(separator: ",") + "\r\n" }

    /// The lines of one case, each ending in CRLF: what a streamed log appends.
    public static func rows(of trace: EventLog.Trace, in log: EventLog) -> String {
        var out = ""
        for event in trace.events {
            let fields = [
                trace.name, event.step, event.activity, event.roles.joined(separator: " + "),
                log.timestamp(event.start), log.timestamp(event.end), event.answer ?? ""
            ]
            out += fields.map(ExportEscaping.csv).joined(separator: ",") + "\r\n"
        }
        return out
    }
}

/// Writes an event log as XES (IEEE 1849-2016), which ProM, pm4py, Disco and other
/// process-mining tools read: a trace per case, and for each step a `start` and a `complete`
/// event (and a `schedule` event when the case waited for it), with the step's title as
/// `concept:name`, its roles as `org:resource`, and `time:timestamp`. Elements are in no
/// namespace, as the standard's schema declares them.
public enum XESWriter {
    public static func write(_ log: EventLog) -> String {
        prologue(log) + log.traces.map { trace($0, in: log) }.joined() + epilogue
    }

    /// Everything before the first trace: the extensions, globals and the log's name.
    public static func prologue(_ log: EventLog) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<log xes.version=\"1849.2016\">\n"
        for (name, prefix) in [("Concept", "concept"), ("Time", "time"), ("Organizational", "org"), ("Lifecycle", "lifecycle")] {
            out += "  <extension name=\"\(name)\" prefix=\"\(prefix)\" uri=\"http://www.xes-standard.org/\(prefix).xesext\"/>\n"
        }
        out += "  <global scope=\"trace\">\n    <string key=\"concept:name\" value=\"\"/>\n  </global>\n"
        out += "  <global scope=\"event\">\n"
        out += "    <string key=\"concept:name\" value=\"\"/>\n"
        out += "    <string key=\"lifecycle:transition\" value=\"complete\"/>\n"
        out += "    <string key=\"org:resource\" value=\"\"/>\n"
        out += "    <date key=\"time:timestamp\" value=\"1970-01-01T00:00:00\"/>\n"
        out += "  </global>\n"
        out += "  <classifier name=\"Activity\" keys=\"concept:name\"/>\n"
        out += "  <classifier name=\"Activity_and_transition\" keys=\"concept:name lifecycle:transition\"/>\n"
        out += "  <string key=\"concept:name\" value=\"\(ExportEscaping.xml(log.name))\"/>\n"
        out += "  <string key=\"lifecycle:model\" value=\"standard\"/>\n"
        return out
    }

    /// One case: what a streamed log appends when the case has finished.
    public static func trace(_ trace: EventLog.Trace, in log: EventLog) -> String {
        let x = ExportEscaping.xml
        var out = "  <trace>\n"
        out += "    <string key=\"concept:name\" value=\"\(x(trace.name))\"/>\n"
        for attribute in trace.attributes where attribute.key != "concept:name" {
            out += "    <string key=\"\(x(attributeKey(attribute.key)))\" value=\"\(x(attribute.value))\"/>\n"
        }
        for (number, event) in trace.events.enumerated() {
            if let ready = event.ready, ready < event.start {
                out += self.event(event, transition: "schedule", at: ready, instance: number + 1, in: log)
            }
            out += self.event(event, transition: "start", at: event.start, instance: number + 1, in: log)
            out += self.event(event, transition: "complete", at: event.end, instance: number + 1, in: log)
        }
        return out + "  </trace>\n"
    }

    public static let epilogue = "</log>\n"

    private static func event(_ event: EventLog.Event, transition: String, at moment: CivilDateTime, instance: Int, in log: EventLog)
        -> String
    {
        let x = ExportEscaping.xml
        let roles = event.roles.joined(separator: " + ")
        var out = "    <event>\n"
        out += "      <string key=\"concept:name\" value=\"\(x(event.step + ". " + event.activity))\"/>\n"
        out += "      <string key=\"concept:instance\" value=\"\(instance)\"/>\n"
        out += "      <string key=\"lifecycle:transition\" value=\"\(transition)\"/>\n"
        out += "      <string key=\"org:resource\" value=\"\(x(roles))\"/>\n"
        out += "      <string key=\"org:role\" value=\"\(x(roles))\"/>\n"
        out += "      <date key=\"time:timestamp\" value=\"\(log.timestamp(moment))\"/>\n"
        out += "      <string key=\"step\" value=\"\(x(event.step))\"/>\n"
        if transition == "complete", let answer = event.answer {
            out += "      <string key=\"answer\" value=\"\(x(answer))\"/>\n"
        }
        out += "    </event>\n"
        return out
    }

    /// An attribute key as XML's Name type allows it: letters, digits, `_ - . :`, not
    /// starting with a digit; anything else becomes `_`.
    static func attributeKey(_ key: String) -> String {
        var out = ""
        for character in key {
            let allowed =
                character.isLetter || character == "_" || character == ":"
                || (!out.isEmpty && (character.isNumber || character == "-" || character == "."))
            out.append(allowed ? character : "_")
        }
        return out.isEmpty ? "_" : out
    }
}
