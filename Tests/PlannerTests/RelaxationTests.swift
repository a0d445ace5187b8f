import FieldService
@testable import Planner
import Testing

/// The relaxation that the bound search prices on.
@Suite("Bound relaxation")
struct RelaxationTests {
    @Test("technicians who start at the same place with the same day form one class")
    func identicalVehiclesShareAClass() throws {
        // Every Solomon vehicle starts at the depot, each at its own depot node.
        let problem = try Problem.loadSolomon(text: SolomonSample.c101, customers: 25)
        let data = EngineData(instance: Instance(problem: problem))
        let relaxation = try #require(BoundSearch(data: data).relaxation())
        #expect(relaxation.network.classes.count == 1)
        #expect(relaxation.network.classes.first?.count == problem.technicians.count)
        #expect(relaxation.members == [Array(0..<problem.technicians.count)])
        #expect(relaxation.isExact)
        #expect(relaxation.granularity == nil)
        #expect(BoundSearch(data: EngineData(instance: Instance(problem: problem.applying(.truncate1)))).relaxation()?.granularity == 0.1)
    }

    @Test("technicians at different places or with different skills keep their own classes")
    func differentVehiclesDoNot() throws {
        var problem = try Problem.loadSolomon(text: SolomonSample.c101, customers: 10)
        problem.technicians = Array(problem.technicians.prefix(3))
        var moved = problem.technicians[2]
        moved.start = Location(latitude: 10, longitude: 10)
        moved.end = moved.start
        problem.technicians[2] = moved
        let relaxation = try #require(BoundSearch(data: EngineData(instance: Instance(problem: problem))).relaxation())
        #expect(relaxation.network.classes.count == 2)
        #expect(relaxation.members == [[0, 1], [2]])
    }
}
