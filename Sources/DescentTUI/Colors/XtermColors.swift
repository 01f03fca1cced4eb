import DescentPlot

/// The xterm 256-colour palette's 6×6×6 cube and grey ramp, and the nearest entry to an RGB.
enum XtermColors {
    private static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The palette index (16 … 255) closest to `color` in RGB distance.
    static func nearestIndex(to color: RGB) -> Int {
        let channels = [Int(color.red), Int(color.green), Int(color.blue)]
        let cube = channels.map { c in cubeLevels.indices.min { abs(cubeLevels[$0] - c) < abs(cubeLevels[$1] - c) }! }
        let cubeColor = cube.map { cubeLevels[$0] }
        let cubeIndex = 16 + 36 * cube[0] + 6 * cube[1] + cube[2]
        let average = channels.reduce(0, +) / 3
        let greyStep = min(23, max(0, (average - 3) / 10))
        let grey = 8 + 10 * greyStep
        func distance(_ rgb: [Int]) -> Int { zip(rgb, channels).map { ($0 - $1) * ($0 - $1) }.reduce(0, +) }
        return distance([grey, grey, grey]) < distance(cubeColor) ? 232 + greyStep : cubeIndex
    }
}
