// swift-tools-version:6.0
import PackageDescription

/// Every layer of the library, for the executables and the tests, which may use them all.
let allLayers: [Target.Dependency] = [
    "MeetingCore", "MeetingCrypto", "MeetingObjects", "MeetingCache", "MeetingCatalog", "MeetingFileSystem", "MeetingOperations",
]

let package = Package(
    name: "MeetingFS",
    products: [
        .executable(name: "meetingfs", targets: ["MeetingFS"]),
        .executable(name: "meetingfs-bench", targets: ["Bench"]),
            ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.0"),
    ],
    targets: [
        .systemLibrary(name: "CFuse", pkgConfig: "fuse3", providers: [.apt(["libfuse3-dev"])]),
        .systemLibrary(name: "CPostgres", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        // The layers, lowest first: a target may import only those listed as its dependencies (docs/architecture.md).
        .target(
            name: "MeetingCore",
            dependencies: [.product(name: "Metrics", package: "swift-metrics")]
        ),
        .target(name: "MeetingCrypto", dependencies: ["MeetingCore", "CCrypto"]),
        .target(
            name: "MeetingObjects",
            dependencies: ["MeetingCore", "MeetingCrypto", "CCurl", .product(name: "Logging", package: "swift-log")]
        ),
        .target(name: "MeetingCache", dependencies: ["MeetingCore", "MeetingCrypto", "MeetingObjects"]),
        .target(
            name: "MeetingCatalog",
            dependencies: ["MeetingCore", "CPostgres", .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "MeetingFileSystem",
            dependencies: [
                "MeetingCore", "MeetingCrypto", "MeetingObjects", "MeetingCache", "MeetingCatalog",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "MeetingOperations",
            dependencies: [
                "MeetingCore", "MeetingCrypto", "MeetingObjects", "MeetingCache", "MeetingCatalog", "MeetingFileSystem",
                "CPostgres",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "MeetingFS",
            dependencies: allLayers + [
                "CFuse",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .executableTarget(
            name: "Bench",
            dependencies: allLayers + [.product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "TestSupport", dependencies: allLayers, path: "Tests/TestSupport"),
        // Needs no service: scripts/test --fast runs this target alone.
        .testTarget(name: "UnitTests", dependencies: allLayers + ["TestSupport"]),
        .testTarget(name: "IntegrationTests", dependencies: allLayers + ["TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: allLayers + ["TestSupport"]),
        .testTarget(name: "PosixTests", dependencies: allLayers + ["TestSupport"]),
        // Runs only on scripts/cluster's topology: scripts/test --cluster.
        .testTarget(name: "ClusterTests", dependencies: allLayers + ["TestSupport"]),
    ]
)
