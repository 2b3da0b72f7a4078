import SOPRuntime

/// What a `simulate` run assumed because neither its flags nor its scenario file said: the
/// arrivals, the decisions' odds, the durations' spread and the staff. The report lists them,
/// so that a first `simulate --cases 100000` cannot pass off the defaults as findings.
enum SimulationAssumptions {
    /// The defaults `simulate` used for scenario `index` of `file` (nil: flags only).
    static func of(_ invocation: Invocation, sop: SOP, file: ScenarioFile?, index: Int) -> [String] {
        func given(_ flags: [Command.Flag], _ key: String) -> Bool {
            flags.contains(where: invocation.has) || file?.sets(key, inScenario: index) == true
        }
        var assumed: [String] = []
        if file == nil, !ScenarioOverrides.arrivalFlags.contains(where: invocation.has) {
            assumed.append(
                localized("arrivals: at random (Poisson), one a working day on average (--every, --rate, --interval, --at or --batch)"))
        }
        if let decision = sop.steps.first(where: { $0.decision != nil }), !given([.decide], "keputusan") {
            assumed.append(
                localized(
                    "decisions: no odds, so every decision takes its forward answer and no case is reworked (--decide \(decision.label):2=30%)"
                ))
        }
        if !given([.distribution, .spread], "durasi") {
            assumed.append(localized("durations: every step takes exactly its standard time, without spread (--distribution exponential)"))
        }
        if !given([.staff], "pegawai") {
            assumed.append(localized("staff: as many as each role's `jumlah` in the SOP (--staff ROLE=N)"))
        }
        return assumed
    }

    /// The lines the report shows them in; none when nothing was assumed.
    static func lines(_ assumed: [String]) -> [String] {
        assumed.isEmpty ? [] : [localized("Assumed, since not given:")] + assumed.map { "  " + $0 }
    }
}
