extension MapCSV {
    /// A map's CSV on its way to its target: the header, then each chunk's rows as they come,
    /// in order. The target holds the whole map once
    /// `finish` returns; after a failure, or dropped unfinished, it holds nothing of it (a file
    /// is replaced only at `finish`, see `AtomicFileOutput`).
    public final class Writer {
        private let output: ByteOutput
        /// Gathers the chunks' rows, a few kilobytes each, into large writes.
        private let buffer: OutputBuffer

        /// Opens `target` (throwing `.cannotCreate` before any cell runs) with the header.
        public convenience init(to target: OutputTarget) throws(OutputError) {
            try self.init(into: target.open())
        }

        init(into output: ByteOutput) throws(OutputError) {
            self.output = output
            buffer = OutputBuffer(output: output)
            try writing { () throws(OutputError) in try buffer.append(Array((header + "\n").utf8)) }
        }

        /// The next rows of the map.
        public func write(_ rows: Rows) throws(OutputError) {
            try writing { () throws(OutputError) in try buffer.append(rows.bytes) }
        }

        /// Every row is written: the map takes its place at the target.
        public func finish() throws(OutputError) {
            try writing { () throws(OutputError) in
                try buffer.flush()
                try output.finish()
            }
        }

        /// Runs a step of the writing; a failure discards what was written.
        private func writing(_ step: () throws(OutputError) -> Void) throws(OutputError) {
            do throws(OutputError) {
                try step()
            } catch {
                output.discard()
                throw error
            }
        }
    }
}
