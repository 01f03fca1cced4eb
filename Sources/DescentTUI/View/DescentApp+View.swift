extension DescentApp {
    /// The frame for a terminal of `width` × `height`: a pure function of the state and the size.
    /// It draws from the heatmap `update` prepared for that size, and computes one itself only
    /// when asked for another size (as `descent render` does without a `.resize`).
    public func view(width: Int, height: Int, capabilities: TerminalCapabilities) -> CellGrid {
        var painter = Painter(width: max(width, 0), height: max(height, 0), capabilities: capabilities)
        let layout = ScreenLayout(width: max(width, 0), height: max(height, 0))
        guard layout.fits else {
            SizeNotice.draw(width: width, height: height, &painter)
            return painter.grid
        }
        let key = heatKey(for: layout)
        let heat = heatmap.flatMap { $0.key == key ? $0 : nil } ?? HeatField(key)
        MapView(app: self, layout: layout, heat: heat).draw(&painter)
        for y in 0..<layout.statusRow {
            painter.put(painter.glyphs.verticalRule, x: layout.separatorX, y: y, .muted)
        }
        SidePanel(app: self, rect: layout.panel).draw(&painter)
        StatusLine(app: self, row: layout.statusRow, width: width).draw(&painter)
        if helpOpen { HelpOverlay(width: width, height: layout.statusRow).draw(&painter) }
        return painter.grid
    }
}
