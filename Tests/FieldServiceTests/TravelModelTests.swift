import Foundation
import Testing
import FieldService

@Suite("Travel models")
struct TravelModelTests {
    let paris = Location(latitude: 48.8566, longitude: 2.3522)
    let london = Location(latitude: 51.5074, longitude: -0.1278)

    @Test("The great-circle distance from Paris to London is about 343.5 km")
    func parisLondon() {
        let km = TravelModel.greatCircleKm(paris, london)
        #expect(abs(km - 343.5) < 0.5)
        #expect(abs(TravelModel.greatCircleKm(london, paris) - km) < 1e-9)
        #expect(TravelModel.greatCircleKm(paris, paris) == 0)
    }

    @Test("Haversine travel multiplies by the road factor and drives at the given speed")
    func haversine() {
        let model = TravelModel.haversine(roadFactor: 1.3, speedKmh: 40)
        let km = TravelModel.greatCircleKm(paris, london)
        #expect(abs(model.distance(from: paris, to: london) - km * 1.3) < 1e-9)
        #expect(abs(model.duration(from: paris, to: london) - km * 1.3 / 40 * 60) < 1e-9)
    }

    @Test("Antipodal points are half the Earth's circumference apart")
    func antipodes() {
        let km = TravelModel.greatCircleKm(Location(latitude: 0, longitude: 0), Location(latitude: 0, longitude: 180))
        #expect(abs(km - Double.pi * TravelModel.earthRadiusKm) < 1e-6)
    }

    @Test("Euclidean travel uses plane coordinates and a speed per minute")
    func euclidean() {
        let model = TravelModel.euclidean(speed: 2)
        let a = Location(latitude: 0, longitude: 0)
        let b = Location(latitude: 4, longitude: 3)
        #expect(model.distance(from: a, to: b) == 5)
        #expect(model.duration(from: a, to: b) == 2.5)
    }

    @Test("Matrix travel looks up the locations' rows and columns")
    func matrix() {
        let model = TravelModel.matrix(TravelMatrix(durations: [[0, 7], [9, 0]], distances: [[0, 3], [4, 0]]))
        let a = Location(latitude: 0, longitude: 0, matrixIndex: 0)
        let b = Location(latitude: 0, longitude: 0, matrixIndex: 1)
        #expect(model.duration(from: a, to: b) == 7)
        #expect(model.duration(from: b, to: a) == 9)
        #expect(model.distance(from: b, to: a) == 4)
        let withoutDistances = TravelModel.matrix(TravelMatrix(durations: [[0, 7], [9, 0]]))
        #expect(withoutDistances.distance(from: a, to: b) == 0)
    }

    @Test("The travel model is read from JSON, with a matrix recognised by its durations")
    func decoding() throws {
        func decode(_ json: String) throws -> TravelModel {
            try JSONDecoder().decode(TravelModel.self, from: Data(json.utf8))
        }
        #expect(try decode("{}") == .standard)
        #expect(try decode(#"{"speedKmh": 30}"#) == .haversine(roadFactor: 1.3, speedKmh: 30))
        #expect(try decode(#"{"model": "euclidean"}"#) == .euclidean(speed: 1))
        #expect(try decode(#"{"durations": [[0]]}"#) == .matrix(TravelMatrix(durations: [[0]])))
        #expect(TravelModel.standard == .haversine(roadFactor: 1.3, speedKmh: 45))
    }

    @Test("Under the euclidean model coordinates need not be latitudes and longitudes")
    func euclideanCoordinates() throws {
        let json = document(travel: #"{"model": "euclidean", "speed": 1}"#)
            .replacingOccurrences(of: #""lat": 42.97, "lon": -85.66"#, with: #""lat": 135, "lon": 250"#)
        let problem = try load(json)
        #expect(problem.jobs[0].location.longitude == 250)
    }
}
