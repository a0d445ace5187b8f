// swift-tools-version: 6.1
// libFuzzer harnesses for FieldPlan. Build from this directory, see README.md:
//   swift build -c release --scratch-path .build-fuzz \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
import PackageDescription

let package = Package(
    name: "FieldPlanFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "FieldPlan", path: ".."),
    ],
    targets: [
        /// The check every planned schedule must pass, and libFuzzer's driver entry.
        .target(
            name: "FuzzSupport",
            dependencies: [.product(name: "FieldPlan", package: "FieldPlan")]
        ),
        /// Bytes -> Problem.load(json:); small valid problems are planned and checked.
        .executableTarget(
            name: "FuzzJSON",
            dependencies: ["FuzzSupport", .product(name: "FieldPlan", package: "FieldPlan")]
        ),
        /// Bytes -> UTF-8 -> Problem.loadSolomon(text:); small instances are planned and checked.
        .executableTarget(
            name: "FuzzSolomon",
            dependencies: ["FuzzSupport", .product(name: "FieldPlan", package: "FieldPlan")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
