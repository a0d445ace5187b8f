// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "FieldPlan",
    platforms: [.macOS(.v13)],
    // MARK: - Public API
    products: [
        .library(name: "FieldPlan", targets: ["FieldPlan"]),
        .library(name: "FieldService", targets: ["FieldService"]),
        .library(name: "MIP", targets: ["MIP"]),
        .executable(name: "fieldplan", targets: ["FieldPlanCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // MARK: - Solver layers
        /// GLPK from Debian's libglpk-dev (no pkg-config file).
        .systemLibrary(name: "CGLPK", providers: [.apt(["libglpk-dev"])]),
        /// Safe Swift wrapper over the GLPK C API.
        .target(name: "GLPK", dependencies: ["CGLPK"]),
        /// Solver-agnostic modelling layer with a GLPK backend.
        .target(name: "MIP", dependencies: ["GLPK"]),
        /// Set-partitioning master over a pool of routes, and the pool.
        .target(name: "Master", dependencies: ["MIP"]),
        /// Column generation: ng-route labelling pricing, LP bounds, branch-and-price.
        .target(name: "ColumnGeneration", dependencies: ["GLPK"]),

        // MARK: - Domain and planning
        /// Domain values, JSON input format and validation.
        .target(name: "FieldService"),
        /// Schedule output values and their JSON form.
        .target(name: "Schedule", dependencies: ["FieldService"]),
        /// Independent feasibility checker: shares no code with the planner.
        .target(name: "Checker", dependencies: ["FieldService", "Schedule"]),
        /// Planning engines: the route-search engine with its GLPK master and bound, the compact MIP.
        .target(name: "Planner", dependencies: ["MIP", "Master", "ColumnGeneration", "FieldService", "Schedule"]),
        /// Messages derived from a schedule (and its difference to the last published one):
        /// Mustache templates shipped as resources, iCalendar job sheets.
        .target(
            name: "Notify",
            dependencies: ["FieldService", "Schedule", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Templates")]
        ),
        /// What-if scenarios: edits of a base problem (runs and diffs build on it).
        .target(name: "WhatIf", dependencies: ["FieldService", "Schedule", "Planner", "Notify", .product(name: "Yams", package: "Yams")]),
        /// The library facade front ends import.
        .target(name: "FieldPlan", dependencies: ["FieldService", "Schedule", "Checker", "Planner", "Notify", "WhatIf"]),
        /// A self-contained HTML report of plans: key figures, route map and Gantt chart as inline SVG.
        .target(name: "Report", dependencies: ["FieldService", "Schedule"]),

        // MARK: - HTTP service
        /// `fieldplan serve`: the planning API as JSON over HTTP (Hummingbird), with its
        /// OpenAPI document shipped as a resource.
        .target(
            name: "Service",
            dependencies: ["FieldPlan", "WhatIf", .product(name: "Hummingbird", package: "hummingbird")],
            resources: [.copy("Resources/openapi.yaml")]
        ),

        // MARK: - Records
        /// The SQLite database of published plans, the outbox and service records (GRDB;
        /// SQLite from Debian's libsqlite3-dev).
        .target(
            name: "Records",
            dependencies: ["FieldService", "Schedule", .product(name: "GRDB", package: "GRDB.swift")]
        ),

        // MARK: - Command line
        .executableTarget(
            name: "FieldPlanCLI",
            dependencies: [
                "FieldPlan",
                "Records",
                "WhatIf",
                "Report",
                "Service",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Examples
        /// A sample dispatch front end on the async API (`swift run DispatchExample`).
        .executableTarget(name: "DispatchExample", dependencies: ["FieldPlan"], path: "Examples/DispatchExample"),

        // MARK: - Tests
        .testTarget(name: "GLPKTests", dependencies: ["GLPK"]),
        .testTarget(name: "MIPTests", dependencies: ["MIP"]),
        .testTarget(name: "MasterTests", dependencies: ["Master", "MIP"]),
        .testTarget(name: "ColumnGenerationTests", dependencies: ["ColumnGeneration"]),
        .testTarget(name: "FieldServiceTests", dependencies: ["FieldService"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CheckerTests", dependencies: ["Checker", "FieldService", "Schedule"]),
        .testTarget(name: "PlannerTests", dependencies: ["Planner", "Checker", "FieldService", "Schedule"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "FieldPlanCLITests", dependencies: ["FieldPlan", "FieldPlanCLI", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "FieldPlanTests", dependencies: ["FieldPlan"], exclude: ["Fixtures"]),
        .testTarget(name: "WhatIfTests", dependencies: ["WhatIf", "FieldService", "Schedule", "Planner", "Checker", "Notify"]),
        .testTarget(name: "NotifyTests", dependencies: ["Notify", "FieldService", "Schedule"], resources: [.copy("Golden")]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "FieldService", "Schedule", "FieldPlanCLI", "TestSupport"]),
        .testTarget(name: "ServiceTests", dependencies: ["Service", "FieldPlan", "WhatIf"]),
        .testTarget(name: "RecordsTests", dependencies: ["Records", "FieldService", "Schedule", "FieldPlanCLI", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
