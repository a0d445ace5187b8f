import Foundation
import FieldService
import Schedule

/// The route map: an inline SVG of jobs, technicians' starts, the depot and each
/// technician-day's route as a coloured polyline, with an HTML legend below it.
enum RouteMap {
    static let width = 720.0
    static let height = 480.0
    static let margin = 24.0

    /// A point in projected (not yet scaled) coordinates; y grows northwards.
    private struct Planar {
        var x: Double
        var y: Double
    }

    /// Projects a location: equirectangular with cos(latitude) scaling for the haversine
    /// model, raw plane coordinates (`lon` = x, `lat` = y) otherwise.
    private static func planar(_ location: Location, model: TravelModel, cosLatitude: Double) -> Planar? {
        guard location.latitude.isFinite, location.longitude.isFinite else { return nil }
        if case .haversine = model {
            return Planar(x: location.longitude * cosLatitude, y: location.latitude)
        }
        return Planar(x: location.longitude, y: location.latitude)
    }

    static func html(_ index: PlanIndex) -> String {
        let problem = index.problem
        let schedule = index.schedule
        // Every place shown, to fit the box.
        var places: [Location] = problem.jobs.map(\.location)
        for t in problem.technicians {
            places.append(t.start)
            if let end = t.end { places.append(end) }
        }
        if let depot = problem.depot.location { places.append(depot) }
        let finite = places.filter { $0.latitude.isFinite && $0.longitude.isFinite }
        let meanLatitude = finite.isEmpty ? 0 : finite.map(\.latitude).reduce(0, +) / Double(finite.count)
        let cosLatitude = max(0.01, cos(meanLatitude * Double.pi / 180))
        let model = problem.travel
        let points = finite.compactMap { planar($0, model: model, cosLatitude: cosLatitude) }

        let minX = points.map(\.x).min() ?? 0, maxX = points.map(\.x).max() ?? 1
        let minY = points.map(\.y).min() ?? 0, maxY = points.map(\.y).max() ?? 1
        let spanX = max(maxX - minX, 1e-9), spanY = max(maxY - minY, 1e-9)
        let scale = min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY)
        // Centre the drawing (a single place, or places on a line, sit in the middle).
        let offsetX = (width - (maxX - minX) * scale) / 2, offsetY = (height - (maxY - minY) * scale) / 2
        func project(_ location: Location) -> (Double, Double)? {
            guard let p = planar(location, model: model, cosLatitude: cosLatitude) else { return nil }
            return (offsetX + (p.x - minX) * scale, height - (offsetY + (p.y - minY) * scale))
        }
        func xy(_ point: (Double, Double)) -> String {
            "\(Markup.coordinate(point.0)),\(Markup.coordinate(point.1))"
        }

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
            + "viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Route map\">\n"
        svg += "<rect x=\"0\" y=\"0\" width=\"\(Int(width))\" height=\"\(Int(height))\" fill=\"#fbfbf8\" stroke=\"#ccc\"/>\n"
        if points.isEmpty {
            svg += "<text x=\"\(Int(width / 2))\" y=\"\(Int(height / 2))\" text-anchor=\"middle\">No locations</text>\n"
        }

        // Routes.
        var routeColour: [String: String] = [:]  // job id -> colour of the route visiting it
        var startColour: [String: String] = [:]  // technician id -> colour of their first route
        var crews: [String: [String]] = [:]  // crew job id -> the crew (lead first); its members' routes all pass it
        for (i, route) in index.routesWithVisits.enumerated() {
            let colour = PlanIndex.colour(i)
            let technician = index.technicians[route.technician]
            var stops: [Location] = []
            if let start = technician?.start { stops.append(start) }
            for visit in route.visits {
                if visit.isPickup {
                    // The route runs through the depot on a pick-up.
                    if let depot = visit.location ?? problem.depot.location { stops.append(depot) }
                } else if let job = index.jobs[visit.job] {
                    stops.append(job.location)
                    if routeColour[visit.job] == nil || route.leads(visit) { routeColour[visit.job] = colour }
                    if visit.crew.count > 1 { crews[visit.job] = visit.crew }
                }
            }
            if let end = technician?.endLocation { stops.append(end) }
            if startColour[route.technician] == nil { startColour[route.technician] = colour }
            let coordinates = stops.compactMap(project).map(xy).joined(separator: " ")
            svg += "<polyline class=\"route\" points=\"\(coordinates)\" fill=\"none\" stroke=\"\(colour)\" "
                + "stroke-width=\"2.5\" stroke-linejoin=\"round\" stroke-opacity=\"0.85\">"
                + "<title>\(Markup.escape(index.routeLabel(route)))</title></polyline>\n"
        }

        // The depot.
        if let depot = problem.depot.location, let p = project(depot) {
            svg += "<rect class=\"depot\" x=\"\(Markup.coordinate(p.0 - 7))\" y=\"\(Markup.coordinate(p.1 - 7))\" "
                + "width=\"14\" height=\"14\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"2\">"
                + "<title>Depot\(depot.address.map { ": " + Markup.escape($0) } ?? "")</title></rect>\n"
        }

        // Technicians' starts.
        for technician in problem.technicians {
            guard let p = project(technician.start) else { continue }
            let fill = startColour[technician.id] ?? "#555"
            let triangle = [(p.0, p.1 - 8), (p.0 - 7, p.1 + 5), (p.0 + 7, p.1 + 5)].map(xy).joined(separator: " ")
            svg += "<polygon class=\"start\" points=\"\(triangle)\" fill=\"\(fill)\" stroke=\"#000\" stroke-width=\"1\">"
                + "<title>\(Markup.escape(technician.name)) (start)</title></polygon>\n"
        }

        // Jobs.
        let unplaced = Set(schedule.unassigned.map(\.job))
        let referred = Set(schedule.referrals.map(\.job))
        let labelled = problem.jobs.count <= 60
        for job in problem.jobs {
            guard let p = project(job.location) else { continue }
            let title = "<title>\(Markup.escape(job.id)): \(Markup.escape(job.customer.name))</title>"
            let x = Markup.coordinate(p.0), y = Markup.coordinate(p.1)
            if referred.contains(job.id) {
                svg += "<rect class=\"referred\" x=\"\(Markup.coordinate(p.0 - 5))\" y=\"\(Markup.coordinate(p.1 - 5))\" "
                    + "width=\"10\" height=\"10\" fill=\"#999\" stroke=\"#666\">\(title)</rect>\n"
            } else if unplaced.contains(job.id) {
                svg += "<circle class=\"unplaced\" cx=\"\(x)\" cy=\"\(y)\" r=\"6\" fill=\"none\" stroke=\"#d62728\" "
                    + "stroke-width=\"2\">\(title)</circle>\n"
            } else if let crew = crews[job.id] {
                // A crew job: the lead's colour, a dark ring, the crew in the tooltip.
                let fill = routeColour[job.id] ?? "#444"
                let names = crew.enumerated().map { (index.technicians[$0.element]?.name ?? $0.element) + ($0.offset == 0 ? " (lead)" : "") }
                let crewTitle = "<title>\(Markup.escape(job.id)): \(Markup.escape(job.customer.name)); crew: "
                    + "\(Markup.escape(names.joined(separator: ", ")))</title>"
                svg += "<circle class=\"job crew\" cx=\"\(x)\" cy=\"\(y)\" r=\"5.5\" fill=\"\(fill)\" stroke=\"#000\" "
                    + "stroke-width=\"2\">\(crewTitle)</circle>\n"
            } else {
                let fill = routeColour[job.id] ?? "#444"
                svg += "<circle class=\"job\" cx=\"\(x)\" cy=\"\(y)\" r=\"4.5\" fill=\"\(fill)\" stroke=\"#fff\" "
                    + "stroke-width=\"1\">\(title)</circle>\n"
            }
            if labelled {
                svg += "<text class=\"label\" x=\"\(Markup.coordinate(p.0 + 7))\" y=\"\(Markup.coordinate(p.1 - 6))\">"
                    + "\(Markup.escape(job.id))</text>\n"
            }
        }
        svg += "</svg>\n"

        var legend = "<ul class=\"legend\">\n"
        for (i, route) in index.routesWithVisits.enumerated() {
            legend += "<li><span class=\"swatch\" style=\"background:\(PlanIndex.colour(i))\"></span>"
                + "\(Markup.escape(index.routeLabel(route)))</li>\n"
        }
        legend += "<li class=\"symbols\">● job (route colour) · ○ unplaced (red) · ■ referred (grey) · "
            + "▲ technician start · □ depot\(crews.isEmpty ? "" : " · ◉ crew job (lead's colour)")</li>\n</ul>\n"
        return "<figure class=\"map\">\n" + svg + legend + "</figure>\n"
    }
}
