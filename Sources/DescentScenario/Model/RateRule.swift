import DescentCore

/// What a run's `schedule:` names: a closed-form schedule or a step-size controller.
enum RateRule: Sendable {
    case schedule(Schedule)
    case controller(StepSizeController)

    /// Schedules first, then controllers: the names `schedule:` accepts.
    static let entries: [CatalogEntry<RateRule>] =
        ScheduleCatalog.entries.map { $0.map(RateRule.schedule) }
        + ControllerCatalog.entries.map { $0.map(RateRule.controller) }
}
