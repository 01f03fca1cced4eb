/// Names as a sentence lists them: "momentum", "momentum and nesterov", "momentum, nesterov and rmsprop".
enum NameList {
    static func joined(_ names: [String]) -> String {
        guard let last = names.last, names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }
}
