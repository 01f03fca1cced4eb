import DescentCore
import Foundation

/// What sets the lr, as `s` steps through it: the closed-form schedules, each set up to show
/// its shape over the run, then the controllers with their catalog defaults.
enum StepSizeCycle {
    static let schedules = ["constant", "step", "cosine", "one_cycle", "exponential"]
    static let controllers = ["plateau", "backtracking", "polyak", "bold_driver"]

    /// Gives `run` the schedule or controller after its current one (one outside the cycle is
    /// followed by constant). A warmup is dropped: the cycle shows each rule's own shape.
    /// Polyak's step needs f*, so it is skipped on a landscape without a known minimum.
    static func advance(_ run: inout RunSpec, steps: Int, knownMinimum: Bool) {
        let names = schedules + controllers.filter { knownMinimum || $0 != "polyak" }
        let current = run.controller?.name ?? run.schedule.schedule.name
        let next = names[((names.firstIndex(of: current) ?? -1) + 1) % names.count]
        if let entry = ControllerCatalog.entry(named: next) {
            run.controller = entry.make(runLength: steps)
            run.schedule = LearningRateSchedule(.constant)
        } else {
            run.controller = nil
            run.schedule = LearningRateSchedule(schedule(named: next, steps: steps))
        }
    }

    private static func schedule(named name: String, steps: Int) -> Schedule {
        switch name {
        case "step": return .step(stepSize: max(1, steps / 4), gamma: 0.3)
        case "cosine": return .cosine(tMax: steps, etaMin: 0)
        case "one_cycle": return ScheduleCatalog.entry(named: "one_cycle")!.make(runLength: steps)
        // lr falls a hundredfold over the run.
        case "exponential": return .exponential(gamma: pow(0.01, 1 / Double(steps)))
        default: return .constant
        }
    }
}
