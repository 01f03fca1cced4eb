import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG file parsed as XML, with what the tests look at: the root's attributes, every
/// element's name and attributes in document order, and the text of each `<text>`.
public struct SVGStructure {
    public struct Element {
        public let name: String
        public let attributes: [String: String]
    }

    public private(set) var elements: [Element] = []
    public private(set) var texts: [String] = []

    public var root: Element { elements[0] }

    /// Nil when the text is not well-formed XML.
    public init?(_ text: String) {
        let delegate = Collector()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = delegate
        guard parser.parse(), !delegate.elements.isEmpty else { return nil }
        elements = delegate.elements
        texts = delegate.texts
    }

    public func elements(named name: String) -> [Element] { elements.filter { $0.name == name } }

    /// A polyline's `points`, as pairs of numbers.
    public static func points(_ element: Element) -> [(x: Double, y: Double)] {
        (element.attributes["points"] ?? "").split(separator: " ").map { pair in
            let xy = pair.split(separator: ",").map { Double($0)! }
            return (xy[0], xy[1])
        }
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var texts: [String] = []
        private var text: String?

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements.append(Element(name: name, attributes: attributes))
            if name == "text" { text = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text", let text {
                texts.append(text)
                self.text = nil
            }
        }
    }
}
