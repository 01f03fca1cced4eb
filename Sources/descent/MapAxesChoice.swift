import ArgumentParser

/// `--over`: what a map varies.
enum MapAxesChoice: String, CaseIterable, ExpressibleByArgument {
    case parameters = "lr,momentum"
    case start
}
