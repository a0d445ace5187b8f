// swift-tools-version: 6.1
// The engine's performance benchmarks, kept out of the main package so that
// `swift build` / `swift test` at the root (and CI) never build the benchmark
// tooling. Run with `cd Benchmarks && swift package benchmark`; see README.md.
import PackageDescription

let package = Package(
    name: "FieldPlanBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        // The root package. `name:` fixes the identity used below, whatever the
        // checkout's folder is called (a path dependency is otherwise named after it).
        .package(name: "FieldPlan", path: ".."),
        // The default traits need a package that is not mirrored here, so name
        // the one trait we use (malloc counts through the interposer).
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "EngineBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "FieldPlan", package: "FieldPlan"),
            ],
            path: "Benchmarks/EngineBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
    ]
)
