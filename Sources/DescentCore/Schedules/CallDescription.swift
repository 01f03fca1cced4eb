/// `name(a=1, b=2)`, or just `name` without arguments: how schedules and warmups describe
/// themselves, in the words a scenario file uses.
func callDescription(_ name: String, _ arguments: [(name: String, value: ParameterValue)]) -> String {
    if arguments.isEmpty { return name }
    return name + "(" + arguments.map { "\($0.name)=\($0.value)" }.joined(separator: ", ") + ")"
}
