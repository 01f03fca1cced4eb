/// An SVG 1.1 document as it is written: elements in drawing order, attributes in the order
/// given, text and attribute values escaped, so the same figure gives the same bytes.
struct SVGDocument {
    private(set) var text = ""
    private var open: [String] = []

    init(width: Int, height: Int) {
        text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="\(width)" height="\(height)" \
            viewBox="0 0 \(width) \(height)">

            """
        open = ["svg"]
    }

    /// `<name …>`, closed by `close()`.
    mutating func begin(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        text += "<\(name)\(Self.attributes(attributes))>\n"
        open.append(name)
    }

    mutating func close() {
        text += "</\(open.removeLast())>\n"
    }

    /// `<name …/>`.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        text += "<\(name)\(Self.attributes(attributes))/>\n"
    }

    /// `<text …>` with `content` as its text, escaped.
    mutating func text(_ content: String, _ attributes: KeyValuePairs<String, String>) {
        text += "<text\(Self.attributes(attributes))>\(Self.escaped(content))</text>\n"
    }

    /// `<text …>` of runs of text each with its own attributes (`<tspan>`), escaped.
    mutating func text(spans: [(String, KeyValuePairs<String, String>)], _ attributes: KeyValuePairs<String, String>) {
        let inner = spans.map { "<tspan\(Self.attributes($0.1))>\(Self.escaped($0.0))</tspan>" }.joined()
        text += "<text\(Self.attributes(attributes))>\(inner)</text>\n"
    }

    /// The document with every element closed.
    mutating func finish() -> String {
        while !open.isEmpty { close() }
        return text
    }

    private static func attributes(_ pairs: KeyValuePairs<String, String>) -> String {
        pairs.map { " \($0.key)=\"\(escaped($0.value))\"" }.joined()
    }

    /// XML's five special characters as entities; control characters, which XML 1.0 does not
    /// allow even as references, as U+FFFD. A label is the user's text and may hold any.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default: out.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0x7F ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }
}
