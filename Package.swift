// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "charts",
    products: [
        .executable(name: "charts", targets: ["charts"]),
        .library(name: "ChartKit", targets: ["ChartKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev", "libfontconfig-dev"])]
        ),
        .target(
            name: "CPNGWriter",
            linkerSettings: [.linkedLibrary("png16")]
        ),
        .target(
            name: "Dataset",
            dependencies: [.product(name: "CSV", package: "CSV.swift")]
        ),
        .target(name: "ChartCore", dependencies: ["Dataset"]),
        .target(name: "ChartCairo", dependencies: ["ChartCore", "CPangoCairo", "CPNGWriter"]),
        .target(
            name: "ChartKit",
            dependencies: ["Dataset", "ChartCore", "ChartCairo", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .executableTarget(
            name: "charts",
            dependencies: [
                "Dataset", "ChartCore", "ChartCairo", "ChartKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["CPangoCairo", "ChartCore", "Dataset"], path: "Tests/TestSupport"),
        .testTarget(name: "DatasetTests", dependencies: ["Dataset"]),
        .testTarget(name: "ChartCoreTests", dependencies: ["ChartCore", "TestSupport"]),
        .testTarget(name: "ChartCairoTests", dependencies: ["ChartCairo", "Dataset", "TestSupport"], exclude: ["Goldens"]),
        .testTarget(name: "ChartKitTests", dependencies: ["ChartKit", "ChartCore", "ChartCairo", "Dataset"]),
        .testTarget(name: "chartsTests", dependencies: ["charts", "ChartKit", "ChartCore", "CPangoCairo", "TestSupport", .product(name: "TOMLKit", package: "TOMLKit")],
                    exclude: ["Goldens"]),
    ],
    swiftLanguageModes: [.v6]
)
