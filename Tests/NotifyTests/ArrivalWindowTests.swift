import FieldService
import Notify
import Testing

/// The window customers are told, and when they must hear again.
@Suite("Arrival windows")
struct ArrivalWindowTests {
    @Test("the window is centred on the start of work and begins on a quarter hour")
    func centred() {
        #expect(ArrivalWindow.around(600, width: 120) == (540, 660))
        #expect(ArrivalWindow.around(607, width: 120) == (540, 660))
        #expect(ArrivalWindow.around(620, width: 60) == (585, 645))
    }

    @Test("it never begins before the customer's hours that hold the start")
    func withinHours() {
        // Home from 8:00, work starts at 8:00: told 8:00-10:00, not 7:00-9:00.
        let hours = [TimeWindow(start: 480, end: 720), TimeWindow(start: 900, end: 1020)]
        #expect(ArrivalWindow.around(480, width: 120, within: hours) == (480, 600))
        #expect(ArrivalWindow.around(530, width: 120, within: hours) == (480, 600))
        // Well inside the hours: unchanged.
        #expect(ArrivalWindow.around(600, width: 120, within: hours) == (540, 660))
        // The second block of hours holds the start.
        #expect(ArrivalWindow.around(905, width: 120, within: hours) == (900, 1020))
        // Hours that do not hold the start change nothing.
        #expect(ArrivalWindow.around(800, width: 120, within: hours) == (735, 855))
    }

    @Test("a notice is needed for another technician or day, or a start outside the told window")
    func notice() {
        let hours = [TimeWindow(start: 480, end: 720)]
        #expect(!ArrivalWindow.needsNotice(from: ("a", 1, 480), to: ("a", 1, 590), width: 120, within: hours))
        #expect(ArrivalWindow.needsNotice(from: ("a", 1, 480), to: ("a", 1, 610), width: 120, within: hours))
        // Without the hours the told window was 7:00-9:00, so 9:50 is a change either way.
        #expect(ArrivalWindow.needsNotice(from: ("a", 1, 480), to: ("a", 1, 590), width: 120))
        #expect(ArrivalWindow.needsNotice(from: ("a", 1, 480), to: ("b", 1, 480), width: 120, within: hours))
        #expect(ArrivalWindow.needsNotice(from: ("a", 1, 480), to: ("a", 2, 1920), width: 120, within: hours))
    }
}
