/// The lines of an asciicast v2 file (docs.asciinema.org, "asciicast v2"): newline-delimited
/// JSON, a header object, then one `[time, code, data]` array per event. Text goes in as
/// JSON strings with every control character as `\u00XX`, so a line never breaks and any
/// byte a terminal was sent survives the round trip.
public enum AsciicastLine {
    /// The header: the terminal's size, when the recording began (Unix seconds; nil leaves it
    /// out, so that a rendered cast is the same bytes every time) and its environment.
    public static func header(width: Int, height: Int, timestamp: Int?, environment: [(name: String, value: String)])
        -> String
    {
        var fields = ["\"version\": 2", "\"width\": \(width)", "\"height\": \(height)"]
        if let timestamp { fields.append("\"timestamp\": \(timestamp)") }
        let env = environment.map { "\(jsonString($0.name)): \(jsonString($0.value))" }
        fields.append("\"env\": {\(env.joined(separator: ", "))}")
        return "{" + fields.joined(separator: ", ") + "}\n"
    }

    /// An `o` event: `text` was written to the terminal `microseconds` after the start.
    public static func output(atMicroseconds microseconds: Int, _ text: String) -> String {
        "[\(seconds(microseconds)), \"o\", \(jsonString(text))]\n"
    }

    /// An `r` event: the terminal became `width` x `height` cells.
    public static func resize(atMicroseconds microseconds: Int, width: Int, height: Int) -> String {
        "[\(seconds(microseconds)), \"r\", \"\(width)x\(height)\"]\n"
    }

    /// Seconds with six decimals, as asciinema writes them: exact, and without a Double's
    /// spelling to depend on.
    static func seconds(_ microseconds: Int) -> String {
        let fraction = String(microseconds % 1_000_000)
        return "\(microseconds / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count) + fraction
    }

    static func jsonString(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\u{0}"..."\u{1F}", "\u{7F}":
                let hex = String(scalar.value, radix: 16)
                quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
