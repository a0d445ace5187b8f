import FieldService

/// A town or a city district around Grand Rapids, MI, where customers live and
/// technicians have their homes.
struct Place: Sendable {
    /// City name used in addresses.
    let city: String
    /// Postal codes used in addresses.
    let zips: [String]
    /// Telephone area code.
    let areaCode: String
    /// Centre of the settled area.
    let latitude: Double
    let longitude: Double
    /// Radius of the settled area in km.
    let spreadKm: Double
    /// Relative number of households (jobs and homes are drawn in proportion).
    let weight: Double
    /// Real street names of the place.
    let streets: [String]
}

/// Map arithmetic without trigonometry (so the numbers are the same on every
/// platform): an equirectangular projection around Grand Rapids is accurate to
/// well under 1 % within 100 km.
enum Geography {
    /// Downtown Grand Rapids: the centre of the service region.
    static let centerLatitude = 42.9634
    static let centerLongitude = -85.6681
    /// Kilometres per degree of latitude and of longitude at 43° N.
    static let kmPerDegreeLatitude = 111.2
    static let kmPerDegreeLongitude = 81.4
    /// Lake Michigan: everything west of this longitude is treated as water
    /// (the shore runs at about -86.21 to -86.35 between Holland and Muskegon).
    static let lakeShoreLongitude = -86.20

    /// The company's depot and warehouse.
    static let depot = Location(latitude: 42.9005, longitude: -85.6860,
                                address: "3030 Clay Ave SW, Wyoming, MI 49548")

    /// Straight-line distance in km.
    static func km(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let dy = (lat2 - lat1) * kmPerDegreeLatitude
        let dx = (lon2 - lon1) * kmPerDegreeLongitude
        return (dx * dx + dy * dy).squareRoot()
    }

    static func km(_ a: Location, _ b: Location) -> Double {
        km(a.latitude, a.longitude, b.latitude, b.longitude)
    }

    static func kmFromCenter(_ place: Place) -> Double {
        km(centerLatitude, centerLongitude, place.latitude, place.longitude)
    }

    /// A point uniformly inside the place's settled area, on land, rounded to 4 decimals (about 10 m).
    static func point(in place: Place, using rng: inout ScenarioRandom) -> (latitude: Double, longitude: Double) {
        for _ in 0..<64 {
            let x = rng.double(-1, 1)
            let y = rng.double(-1, 1)
            guard x * x + y * y <= 1 else { continue }
            let lat = place.latitude + y * place.spreadKm / kmPerDegreeLatitude
            let lon = place.longitude + x * place.spreadKm / kmPerDegreeLongitude
            guard lon > lakeShoreLongitude else { continue }
            return (round4(lat), round4(lon))
        }
        return (round4(place.latitude), round4(place.longitude))
    }

    static func round4(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }

    /// The places within `radiusKm` of downtown (always at least the city districts).
    static func places(within radiusKm: Double) -> [Place] {
        let inside = all.filter { kmFromCenter($0) <= radiusKm }
        return inside.isEmpty ? Array(all.prefix(5)) : inside
    }

    /// Grand Rapids districts first, then suburbs and towns by distance.
    static let all: [Place] = [
        Place(city: "Grand Rapids", zips: ["49503", "49506"], areaCode: "616", latitude: 42.9560, longitude: -85.6500,
              spreadKm: 2.0, weight: 10,
              streets: ["Cherry St SE", "Wealthy St SE", "Lake Dr SE", "Fulton St E", "Lafayette Ave SE",
                        "Madison Ave SE", "Diamond Ave SE", "Fountain St NE"]),
        Place(city: "Grand Rapids", zips: ["49505", "49525"], areaCode: "616", latitude: 43.0000, longitude: -85.6400,
              spreadKm: 2.5, weight: 10,
              streets: ["Plainfield Ave NE", "Knapp St NE", "Leonard St NE", "Fuller Ave NE", "Coit Ave NE",
                        "Ball Ave NE", "Sweet St NE", "College Ave NE"]),
        Place(city: "Grand Rapids", zips: ["49504"], areaCode: "616", latitude: 42.9800, longitude: -85.7000,
              spreadKm: 2.0, weight: 8,
              streets: ["Bridge St NW", "Leonard St NW", "Alpine Ave NW", "Stocking Ave NW", "Richmond St NW",
                        "Walker Ave NW", "Covell Ave NW", "Seward Ave NW"]),
        Place(city: "Grand Rapids", zips: ["49507", "49506", "49508"], areaCode: "616", latitude: 42.9200,
              longitude: -85.6450, spreadKm: 2.2, weight: 9,
              streets: ["Kalamazoo Ave SE", "Eastern Ave SE", "Burton St SE", "Alger St SE", "Boston St SE",
                        "Breton Rd SE", "Plymouth Ave SE", "Giddings Ave SE"]),
        Place(city: "Grand Rapids", zips: ["49503", "49507", "49509"], areaCode: "616", latitude: 42.9350,
              longitude: -85.6850, spreadKm: 1.5, weight: 5,
              streets: ["Grandville Ave SW", "Clyde Park Ave SW", "Burton St SW", "Hall St SW", "Godfrey Ave SW",
                        "Franklin St SW"]),
        Place(city: "East Grand Rapids", zips: ["49506"], areaCode: "616", latitude: 42.9414, longitude: -85.6100,
              spreadKm: 1.3, weight: 3,
              streets: ["Lovett Ave SE", "Lake Dr SE", "Gladstone Dr SE", "Hall St SE", "Croswell Ave SE",
                        "Bonita Dr SE"]),
        Place(city: "Wyoming", zips: ["49509", "49519", "49548"], areaCode: "616", latitude: 42.8950, longitude: -85.7100,
              spreadKm: 3.0, weight: 12,
              streets: ["Burlingame Ave SW", "Clyde Park Ave SW", "28th St SW", "36th St SW", "44th St SW",
                        "Byron Center Ave SW", "Michael Ave SW", "Porter St SW"]),
        Place(city: "Kentwood", zips: ["49508", "49512"], areaCode: "616", latitude: 42.8750, longitude: -85.6100,
              spreadKm: 3.0, weight: 9,
              streets: ["Breton Rd SE", "Kalamazoo Ave SE", "44th St SE", "52nd St SE", "Eastern Ave SE",
                        "Shaffer Ave SE", "Forest Hill Ave SE", "Kentwood Dr SE"]),
        Place(city: "Walker", zips: ["49534", "49544"], areaCode: "616", latitude: 43.0014, longitude: -85.7681,
              spreadKm: 2.5, weight: 5,
              streets: ["Remembrance Rd NW", "Lake Michigan Dr NW", "Wilson Ave NW", "Kinney Ave NW",
                        "Fruit Ridge Ave NW", "Three Mile Rd NW"]),
        Place(city: "Grandville", zips: ["49418"], areaCode: "616", latitude: 42.9097, longitude: -85.7631,
              spreadKm: 2.0, weight: 4,
              streets: ["Wilson Ave SW", "Chicago Dr SW", "Ivanrest Ave SW", "Canal Ave SW", "30th St SW",
                        "Prairie St SW"]),
        Place(city: "Cutlerville", zips: ["49548"], areaCode: "616", latitude: 42.8400, longitude: -85.6600,
              spreadKm: 2.5, weight: 3,
              streets: ["68th St SE", "Kalamazoo Ave SE", "60th St SE", "Eastern Ave SE", "Division Ave S"]),
        Place(city: "Comstock Park", zips: ["49321"], areaCode: "616", latitude: 43.0386, longitude: -85.6703,
              spreadKm: 2.0, weight: 3,
              streets: ["West River Dr NE", "Lamoreaux Dr NW", "Alpine Ave NW", "Pine Island Dr NE",
                        "Four Mile Rd NW"]),
        Place(city: "Jenison", zips: ["49428"], areaCode: "616", latitude: 42.9072, longitude: -85.7920,
              spreadKm: 2.0, weight: 4,
              streets: ["Baldwin St", "Cottonwood Dr", "Port Sheldon St", "Main St", "Rosewood Ave", "Chicago Dr"]),
        Place(city: "Grand Rapids", zips: ["49525"], areaCode: "616", latitude: 43.0500, longitude: -85.6000,
              spreadKm: 2.5, weight: 4,
              streets: ["Plainfield Ave NE", "Packer Dr NE", "Northland Dr NE", "Coit Ave NE", "Four Mile Rd NE",
                        "Kuttshill Dr NE"]),
        Place(city: "Cascade Township", zips: ["49546"], areaCode: "616", latitude: 42.9100, longitude: -85.5200,
              spreadKm: 3.0, weight: 4,
              streets: ["Cascade Rd SE", "28th St SE", "Thornapple River Dr SE", "Burton St SE", "Kraft Ave SE",
                        "Spaulding Ave SE"]),
        Place(city: "Ada", zips: ["49301"], areaCode: "616", latitude: 42.9548, longitude: -85.4889,
              spreadKm: 3.0, weight: 3,
              streets: ["Fulton St E", "Grand River Dr NE", "Honey Creek Ave NE", "Ada Dr SE", "Buttrick Ave SE",
                        "Bradfield St SE"]),
        Place(city: "Byron Center", zips: ["49315"], areaCode: "616", latitude: 42.8122, longitude: -85.7228,
              spreadKm: 3.0, weight: 3,
              streets: ["84th St SW", "Byron Center Ave SW", "76th St SW", "Burlingame Ave SW", "Ivanrest Ave SW"]),
        Place(city: "Rockford", zips: ["49341"], areaCode: "616", latitude: 43.1200, longitude: -85.5600,
              spreadKm: 2.5, weight: 3,
              streets: ["Courtland St", "Main St NE", "Northland Dr NE", "Ten Mile Rd NE", "Summit Ave NE",
                        "Bridge St"]),
        Place(city: "Caledonia", zips: ["49316"], areaCode: "616", latitude: 42.7892, longitude: -85.5167,
              spreadKm: 3.5, weight: 3,
              streets: ["Cherry Valley Ave SE", "Kraft Ave SE", "100th St SE", "84th St SE", "Whitneyville Ave SE",
                        "Broadmoor Ave SE"]),
        Place(city: "Hudsonville", zips: ["49426"], areaCode: "616", latitude: 42.8708, longitude: -85.8650,
              spreadKm: 2.5, weight: 3,
              streets: ["Balsam Dr", "Chicago Dr", "32nd Ave", "Port Sheldon St", "New Holland St", "Van Buren St"]),
        Place(city: "Sparta", zips: ["49345"], areaCode: "616", latitude: 43.1609, longitude: -85.7100,
              spreadKm: 2.5, weight: 2,
              streets: ["Division St", "Ten Mile Rd NW", "Alpine Ave NW", "Sparta Ave NW", "Centennial St"]),
        Place(city: "Allendale", zips: ["49401"], areaCode: "616", latitude: 42.9723, longitude: -85.9537,
              spreadKm: 2.5, weight: 2,
              streets: ["Lake Michigan Dr", "Pierce St", "48th Ave", "52nd Ave", "Warner St"]),
        Place(city: "Alto", zips: ["49302"], areaCode: "616", latitude: 42.8520, longitude: -85.3800,
              spreadKm: 2.5, weight: 1,
              streets: ["Alden Nash Ave SE", "Bancroft Ave SE", "68th St SE", "Main St"]),
        Place(city: "Dorr", zips: ["49323"], areaCode: "269", latitude: 42.7259, longitude: -85.7217,
              spreadKm: 2.5, weight: 1,
              streets: ["142nd Ave", "18th St", "Sycamore Dr", "144th Ave"]),
        Place(city: "Lowell", zips: ["49331"], areaCode: "616", latitude: 42.9336, longitude: -85.3419,
              spreadKm: 2.5, weight: 2,
              streets: ["Main St", "Monroe St", "Vergennes St", "Bowes Rd", "Alden Nash Ave SE"]),
        Place(city: "Zeeland", zips: ["49464"], areaCode: "616", latitude: 42.8125, longitude: -86.0187,
              spreadKm: 2.5, weight: 2,
              streets: ["Main Ave", "Washington Ave", "Byron Rd", "Chicago Dr", "State St"]),
        Place(city: "Coopersville", zips: ["49404"], areaCode: "616", latitude: 43.0639, longitude: -85.9348,
              spreadKm: 2.5, weight: 1.5,
              streets: ["Main St", "Randall St", "48th Ave", "Eastmanville St"]),
        Place(city: "Cedar Springs", zips: ["49319"], areaCode: "616", latitude: 43.2233, longitude: -85.5514,
              spreadKm: 2.5, weight: 1.5,
              streets: ["Main St", "17 Mile Rd NE", "Northland Dr NE", "Muskegon St"]),
        Place(city: "Middleville", zips: ["49333"], areaCode: "269", latitude: 42.7131, longitude: -85.4622,
              spreadKm: 2.0, weight: 1,
              streets: ["Main St", "Arlington St", "Crane Rd", "Grand Rapids St"]),
        Place(city: "Wayland", zips: ["49348"], areaCode: "269", latitude: 42.6739, longitude: -85.6447,
              spreadKm: 2.0, weight: 1,
              streets: ["Main St", "Superior St", "129th Ave", "Church St"]),
        Place(city: "Kent City", zips: ["49330"], areaCode: "616", latitude: 43.2203, longitude: -85.7509,
              spreadKm: 2.0, weight: 0.6,
              streets: ["Main St", "Kenowa Ave NW", "18 Mile Rd NW"]),
        Place(city: "Saranac", zips: ["48881"], areaCode: "616", latitude: 42.9295, longitude: -85.2128,
              spreadKm: 2.0, weight: 0.6,
              streets: ["Bridge St", "Vosper St", "Parsonage St"]),
        Place(city: "Holland", zips: ["49423", "49424"], areaCode: "616", latitude: 42.7875, longitude: -86.1089,
              spreadKm: 3.5, weight: 5,
              streets: ["8th St", "16th St", "River Ave", "Washington Blvd", "Lakewood Blvd", "Graafschap Rd"]),
        Place(city: "Hamilton", zips: ["49419"], areaCode: "269", latitude: 42.6787, longitude: -86.0014,
              spreadKm: 2.0, weight: 0.6,
              streets: ["136th Ave", "Lincoln Rd", "M-40 Hwy"]),
        Place(city: "Belding", zips: ["48809"], areaCode: "616", latitude: 43.0978, longitude: -85.2289,
              spreadKm: 2.0, weight: 1,
              streets: ["Bridge St", "Main St", "State St", "Ellis Ave"]),
        Place(city: "Greenville", zips: ["48838"], areaCode: "616", latitude: 43.1775, longitude: -85.2528,
              spreadKm: 2.5, weight: 2,
              streets: ["Lafayette St", "Washington St", "Cass St", "Grove St"]),
        Place(city: "Spring Lake", zips: ["49456"], areaCode: "616", latitude: 43.0770, longitude: -86.1800,
              spreadKm: 1.5, weight: 1.5,
              streets: ["Savidge St", "Fruitport Rd", "Lake Ave", "Cutler St"]),
        Place(city: "Grand Haven", zips: ["49417"], areaCode: "616", latitude: 43.0480, longitude: -86.1900,
              spreadKm: 1.8, weight: 2,
              streets: ["Washington Ave", "Beacon Blvd", "Robbins Rd", "Fulton Ave", "Sheldon Rd"]),
        Place(city: "Hastings", zips: ["49058"], areaCode: "269", latitude: 42.6459, longitude: -85.2908,
              spreadKm: 2.5, weight: 1.5,
              streets: ["State St", "Broadway St", "Green St", "Michigan Ave"]),
        Place(city: "Ionia", zips: ["48846"], areaCode: "616", latitude: 42.9873, longitude: -85.0711,
              spreadKm: 2.5, weight: 1.5,
              streets: ["Main St", "Dexter St", "Lafayette St", "Washington St"]),
        Place(city: "Muskegon", zips: ["49442"], areaCode: "231", latitude: 43.2290, longitude: -86.1750,
              spreadKm: 3.0, weight: 3,
              streets: ["Apple Ave", "Getty St", "Marquette Ave", "Laketon Ave", "Evanston Ave"]),
        Place(city: "Allegan", zips: ["49010"], areaCode: "269", latitude: 42.5292, longitude: -85.8553,
              spreadKm: 2.5, weight: 1.2,
              streets: ["Trowbridge St", "Marshall St", "Hubbard St", "Cutler St"]),
        Place(city: "Newaygo", zips: ["49337"], areaCode: "231", latitude: 43.4197, longitude: -85.8000,
              spreadKm: 2.5, weight: 0.8,
              streets: ["State Rd", "Main St", "Quarterline Rd"]),
        Place(city: "Plainwell", zips: ["49080"], areaCode: "269", latitude: 42.4400, longitude: -85.6489,
              spreadKm: 2.0, weight: 1,
              streets: ["Bridge St", "Main St", "Sherwood Ave"]),
        Place(city: "Fremont", zips: ["49412"], areaCode: "231", latitude: 43.4675, longitude: -85.9420,
              spreadKm: 2.5, weight: 1,
              streets: ["Main St", "Stewart Ave", "Maple St", "Oak St"]),
        Place(city: "Portland", zips: ["48875"], areaCode: "517", latitude: 42.8692, longitude: -84.9030,
              spreadKm: 2.0, weight: 0.8,
              streets: ["Kent St", "Grand River Ave", "Bridge St"]),
    ]
}
