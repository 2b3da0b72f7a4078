import Foundation
import SOPRuntime
import Testing

/// The smallest staffing that meets every target: it meets them, and one person fewer in a
/// position it added to no longer does.
@Suite struct TargetStaffingTests {
    static func office(target: WorkDuration?) -> Office {
        var office = WorkloadAnalysisTests.office()
        office.procedures[0].demand = .perYear(1500)
        office.procedures[0].target = target
        office.replications = 4
        office.horizon = .days(2 * 252)
        return office
    }

    @Test func theStaffingFoundMeetsTheTargetAndOneFewerDoesNot() throws {
        let office = Self.office(target: .hours(6))
        let found = try #require(try TargetStaffing.search(office, level: 0.9))
        #expect(found.met && found.missing.isEmpty, "\(found)")
        func within(_ headcount: [String: Int]) throws -> Double {
            var trial = office
            for index in trial.positions.indices { trial.positions[index].headcount = headcount[trial.positions[index].id]! }
            return try #require(try OfficeSimulation(office: trial).run().procedures[0].statistics.withinTarget).mean
        }
        #expect(try within(found.headcount) >= 0.9)
        let minimum = try OfficeSimulation(office: office).offeredLoad.roles
        #expect(
            minimum.contains { found.headcount[$0.id]! > max(1, $0.staffNeeded ?? 1) },
            "the target asks for more than keeping up: \(found.headcount)")
        for role in minimum where found.headcount[role.id]! > max(1, role.staffNeeded ?? 1) {
            var fewer = found.headcount
            fewer[role.id]! -= 1
            #expect(try within(fewer) < 0.9, "\(role.id) was raised for the target, so one fewer misses it")
        }
        #expect(found.headcount["arsiparis"] == 1, "a position without work keeps the one it must have")
    }

    @Test func anOfficeWithoutTargetsHasNoneToMeet() throws {
        #expect(try TargetStaffing.search(Self.office(target: nil)) == nil)
    }

    @Test func aTargetShorterThanTheWorkItselfIsReportedAsMissed() throws {
        let found = try #require(try TargetStaffing.search(Self.office(target: .hours(1)), level: 0.9))
        #expect(!found.met && found.missing.first?.procedure == "laporan.yaml", "2 jam of work cannot finish in 1 jam")
    }
}
