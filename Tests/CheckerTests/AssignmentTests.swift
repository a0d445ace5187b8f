import Checker
import FieldService
import Schedule
import Testing

@Suite("Who may do a job, and on which day")
struct AssignmentTests {
    @Test("a technician below the required skill level is flagged")
    func skillLevelTooLow() {
        var problem = Plane.problem
        problem.technicians[0].skills["hvac"] = 1
        let violations = Plane.check(Plane.schedule, problem: problem)
        #expect(rules(violations) == [.missingSkill])
        #expect(violations.first?.entity == "job j1")
        #expect(violations.first?.message.contains("hvac at level 1, level 2 needed") == true)
    }

    @Test("a technician without a required skill is flagged")
    func skillMissing() {
        var problem = Plane.problem
        problem.jobs[2].requiredSkills["gas"] = 1
        let violations = Plane.check(Plane.schedule, problem: problem)
        #expect(rules(violations) == [.missingSkill])
        #expect(violations.first?.message.contains("lacks gas") == true)
    }

    @Test("a technician the job excludes is flagged")
    func excludedTechnician() {
        var problem = Plane.problem
        problem.jobs[1].excludedTechnicians = ["t1"]
        let violations = Plane.check(Plane.schedule, problem: problem)
        #expect(rules(violations) == [.excludedTechnician])
        #expect(violations.first?.entity == "job j2")
    }

    @Test("a pinned job started at another time is flagged")
    func pinnedStartMoved() {
        var problem = Plane.problem
        problem.jobs[2].pinned?.start = 545
        let violations = Plane.check(Plane.schedule, problem: problem)
        #expect(rules(violations) == [.pinnedMoved])
        #expect(violations.first?.entity == "job j3")
    }

    @Test("a pinned job with another technician is flagged")
    func pinnedTechnicianChanged() {
        var problem = Plane.problem
        problem.jobs[2].pinned?.technician = "t1"
        #expect(rules(Plane.check(Plane.schedule, problem: problem)) == [.pinnedMoved])
    }

    @Test("a pinned job left unassigned for lack of room is flagged")
    func pinnedJobUnassigned() {
        var problem = Plane.problem
        problem.jobs[3].pinned = PinnedAssignment(technician: "t2", day: 1, start: 700)
        problem.jobs[3].requiredSkills = [:]
        var schedule = Plane.schedule
        schedule.unassigned[0].reason = .capacity
        let violations = Plane.check(schedule, problem: problem)
        #expect(rules(violations) == [.pinnedMoved])
        #expect(violations.first?.message.contains("is unassigned") == true)
    }

    @Test("a pinned job may be unassigned when its technician truly lacks the skill")
    func pinnedJobUnassignedForConfirmedReason() {
        var problem = Plane.problem
        problem.jobs[3].pinned = PinnedAssignment(technician: "t2", day: 1, start: 700)
        #expect(Plane.check(Plane.schedule, problem: problem).isEmpty)
    }

    @Test("a pinned job unassigned for a reason that does not hold is flagged")
    func pinnedJobUnassignedForFalseReason() {
        var problem = Plane.problem
        problem.jobs[3].pinned = PinnedAssignment(technician: "t2", day: 1, start: 700)
        problem.jobs[3].requiredSkills = ["plumbing": 1]
        let violations = Plane.check(Plane.schedule, problem: problem)
        #expect(rules(violations).contains(.pinnedMoved))
    }

    @Test("a job done after its latest day is flagged")
    func jobAfterLatestDay() {
        var problem = Plane.problem
        problem.jobs[5].latestDay = 1
        let violations = Plane.check(Plane.schedule, problem: problem)
        #expect(rules(violations) == [.jobDayOutOfRange])
        #expect(violations.first?.entity == "job j6")
    }

    @Test("a job done before its earliest day is flagged")
    func jobBeforeEarliestDay() {
        var problem = Plane.problem
        problem.jobs[0].earliestDay = 2
        let found = rules(Plane.check(Plane.schedule, problem: problem))
        #expect(found == [.jobDayOutOfRange])
    }
}
