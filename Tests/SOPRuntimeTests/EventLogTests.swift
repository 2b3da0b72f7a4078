import Foundation
import SOPRuntime
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Event logs of runs as CSV and XES, read back by Python's csv module and by pm4py, a
/// process-mining library, and checked against the XES standard's structure.
@Suite struct EventLogExports {
    /// The seed walked from Monday 2026-03-02 07:30: step 3 sends the draft back once.
    static func seedRun() throws -> TrainingRun {
        var run = try TrainingRun(sop: try Examples.load(Examples.seed).sop)
        let monday = try #require(CivilDateTime("2026-03-02T07:30"))
        try run.start(name: "kasus1", at: monday, now: monday)
        try run.perform(in: "kasus1", as: "kepala")
        try run.perform(in: "kasus1", as: "tim")
        try run.decide(in: "kasus1", answer: "perlu perbaikan", as: "kepala")
        try run.perform(in: "kasus1", as: "tim")
        try run.decide(in: "kasus1", answer: "menyetujui", as: "kepala")
        try run.start(name: "kasus2", at: monday, now: monday)
        return run
    }

    /// A log made by hand, as a simulation would make one, with text that CSV and XML must escape.
    static func nastyLog() throws -> EventLog {
        let start = try #require(CivilDateTime("2026-03-02T07:30"))
        let end = try #require(CivilDateTime("2026-03-02T08:30"))
        let ready = try #require(CivilDateTime("2026-03-02T07:00"))
        return EventLog(
            name: #"Cuti "tahunan" <2026> & lain-lain"#,
            traces: [
                .init(
                    name: "r1, kasus \"1\"", attributes: [.init(key: "replikasi", value: "1"), .init(key: "jenis kasus", value: "biasa")],
                    events: [
                        .init(
                            step: "1", activity: "Mengisi formulir,\nlalu menyerahkan “berkas” 📄",
                            roles: ["Pegawai <ASN>", "Atasan & Wakil"],
                            ready: ready, start: start, end: end, answer: "ya, \"lengkap\"")
                    ])
            ], utcOffsetMinutes: 480)
    }

    static let csvReader = """
        import csv, json, sys
        with open(sys.argv[1], newline="", encoding="utf-8") as f:
            print(json.dumps(list(csv.reader(f, strict=True))))
        """

    static let xesReader = """
        import contextlib, io, json, sys, warnings
        warnings.simplefilter("ignore")
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            import pm4py
            log = pm4py.read_xes(sys.argv[1], return_legacy_log_object=True)
        print(json.dumps([{"name": t.attributes.get("concept:name"), "attributes": {k: str(v) for k, v in t.attributes.items()},
            "events": [{"activity": e["concept:name"], "transition": e["lifecycle:transition"], "resource": e["org:resource"],
                        "time": e["time:timestamp"].isoformat(), "answer": e.get("answer")} for e in t]} for t in log]))
        """

    @Test func aRunsLogHasATracePerCaseAndAnEventPerStepItWentThrough() throws {
        let run = try Self.seedRun()
        let log = EventLog(run: run)
        #expect(log.traces.map(\.name) == ["kasus1", "kasus2"])
        let steps = log.traces[0].events
        #expect(steps.map(\.step) == ["1", "2", "3", "2", "3"])
        #expect(steps.map(\.answer) == [nil, nil, "perlu perbaikan", nil, "menyetujui"])
        #expect(steps[1].roles == ["Tim Pelaksana Fungsi UKPBJ"])
        #expect(steps.map(\.start) == run.case(named: "kasus1")!.steps.map(\.start))
        #expect(log.traces[1].events.isEmpty)
    }

    @Test func pythonsCSVReaderReadsEveryFieldBackAsWritten() throws {
        let run = try Self.seedRun()
        let log = EventLog(run: run, utcOffsetMinutes: 420)
        let rows = try #require(try Consumer.python(Self.csvReader, reading: EventLogCSVWriter.write(log), extension: "csv") as? [[String]])
        #expect(rows.first == EventLogCSVWriter.columns)
        let completed = run.case(named: "kasus1")!.steps
        #expect(rows.count == 1 + completed.count)
        #expect(
            rows[3] == [
                "kasus1", "3", "menyetujui / perlu perbaikan?", "Kepala UKPBJ",
                log.timestamp(completed[2].start), log.timestamp(completed[2].end), "perlu perbaikan"
            ])
        #expect(log.timestamp(completed[0].start) == "2026-03-02T07:30:00+07:00")

        let nasty = try Self.nastyLog()
        let read = try #require(
            try Consumer.python(Self.csvReader, reading: EventLogCSVWriter.write(nasty), extension: "csv") as? [[String]])
        let event = nasty.traces[0].events[0]
        #expect(
            read.last == [
                nasty.traces[0].name, "1", event.activity, "Pegawai <ASN> + Atasan & Wakil",
                "2026-03-02T07:30:00+08:00", "2026-03-02T08:30:00+08:00", event.answer!
            ])
    }

    @Test func pm4pyReadsTheXESWithStartAndCompleteEventsResourcesAndTimes() throws {
        let run = try Self.seedRun()
        let log = EventLog(run: run, utcOffsetMinutes: 420)
        let xes = XESWriter.write(log)
        let traces = try #require(try Consumer.python(Self.xesReader, reading: xes, extension: "xes") as? [[String: Any]])
        #expect(traces.compactMap { $0["name"] as? String } == ["kasus1", "kasus2"])
        let events = try #require(traces[0]["events"] as? [[String: Any]])
        let completed = run.case(named: "kasus1")!.steps
        #expect(events.count == 2 * completed.count)
        #expect(
            events.compactMap { $0["transition"] as? String }
                == Array(repeating: ["start", "complete"], count: completed.count).flatMap { $0 })
        // pm4py gives times in UTC: seven hours before the office clock (WIB).
        func utc(_ moment: CivilDateTime) -> String { CivilDateTime(minutes: moment.minutes - 420).description + ":00+00:00" }
        #expect(events.compactMap { $0["time"] as? String } == completed.flatMap { [utc($0.start), utc($0.end)] })
        #expect(events[4]["resource"] as? String == "Kepala UKPBJ" && events[5]["answer"] as? String == "perlu perbaikan")

        let nasty = try Self.nastyLog()
        let read = try #require(try Consumer.python(Self.xesReader, reading: XESWriter.write(nasty), extension: "xes") as? [[String: Any]])
        #expect(read[0]["name"] as? String == nasty.traces[0].name)
        #expect((read[0]["attributes"] as? [String: String])?["jenis_kasus"] == "biasa", "a key with a space becomes a name XML allows")
        let nastyEvents = try #require(read[0]["events"] as? [[String: Any]])
        #expect(
            nastyEvents.compactMap { $0["transition"] as? String } == ["schedule", "start", "complete"], "waiting shows as a schedule event"
        )
        #expect(nastyEvents[1]["activity"] as? String == "1. " + nasty.traces[0].events[0].activity)
        #expect(nastyEvents[2]["answer"] as? String == nasty.traces[0].events[0].answer)
    }

    /// The standard's schema (IEEE 1849-2016) is not to be had from Debian or PyPI, so its
    /// rules that a writer can break are checked here: elements in no namespace and in the
    /// schema's order, a decimal version, attribute keys that are XML names, dates that are
    /// xs:dateTime values.
    @Test func theXESFollowsTheStandardsSchema() throws {
        for log in [EventLog(run: try Self.seedRun()), try Self.nastyLog()] {
            let xes = XESWriter.write(log)
            #expect(try Consumer.xmllint(xes).status == 0)
            let root = try #require(try Consumer.xml(xes).rootElement())
            #expect(root.name == "log" && root.uri == nil)
            #expect(Double(root.value("xes.version") ?? "") != nil)
            let order = ["extension", "global", "classifier", "string", "date", "int", "float", "boolean", "id", "list", "trace", "event"]
            let ranks = (root.children ?? []).compactMap { ($0 as? XMLElement)?.name }.map { name in
                ["string", "date", "int", "float", "boolean", "id", "list"].contains(name) ? 3 : order.firstIndex(of: name) ?? -1
            }
            #expect(!ranks.contains(-1) && ranks == ranks.sorted(), "the log's children are in the schema's order")
            let dateTime = try Regex(#"^-?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$"#)
            for attribute in ["string", "date"].flatMap({ root.elements(named: $0) }) {
                let key = try #require(attribute.value("key"))
                #expect(key.first.map { $0.isLetter || $0 == "_" || $0 == ":" } == true && !key.contains(" "))
                if attribute.name == "date" { #expect(attribute.value("value")?.wholeMatch(of: dateTime) != nil) }
            }
            for trace in root.elements(named: "trace") {
                let kinds = (trace.children ?? []).compactMap { ($0 as? XMLElement)?.name }
                #expect(kinds.drop { $0 != "event" }.allSatisfy { $0 == "event" }, "a trace's attributes come before its events")
            }
        }
    }

    @Test func aUTCOffsetIsReadInTheUsualWaysAndWrittenWithEveryTime() throws {
        #expect(["+07:00", "+0700", "+7", "-03:30", "Z"].map(EventLog.utcOffset) == [420, 420, 420, -210, 0])
        #expect(["07:00", "+25:00", "+07:75", "WIB", ""].map(EventLog.utcOffset).allSatisfy { $0 == nil })
        let moment = try #require(CivilDateTime("2026-03-02T07:30"))
        #expect(EventLog(name: "", traces: []).timestamp(moment) == "2026-03-02T07:30:00")
        #expect(EventLog(name: "", traces: [], utcOffsetMinutes: -210).timestamp(moment) == "2026-03-02T07:30:00-03:30")
    }

    @Test func theSameRunAlwaysExportsToTheSameBytes() throws {
        let first = try Self.seedRun()
        let second = try Self.seedRun()
        #expect(XESWriter.write(EventLog(run: first)) == XESWriter.write(EventLog(run: second)))
        #expect(EventLogCSVWriter.write(EventLog(run: first)) == EventLogCSVWriter.write(EventLog(run: second)))
    }
}
