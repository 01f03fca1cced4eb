@testable import DescentExport

/// What `NumberText` writes for a value, as a String.
func spelling(_ value: Double) -> String {
    spelled(maxLength: NumberText.maxDoubleLength) { NumberText.write(value, to: $0) }
}

func spelling(_ value: Int) -> String {
    spelled(maxLength: NumberText.maxIntLength) { NumberText.write(value, to: $0) }
}

/// Writes into exactly `maxLength` bytes, so writing past the promised maximum is caught.
private func spelled(maxLength: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxLength) { buffer in
        let count = write(buffer.baseAddress!)
        precondition(count <= maxLength, "wrote \(count) bytes, more than \(maxLength)")
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
    }
}
