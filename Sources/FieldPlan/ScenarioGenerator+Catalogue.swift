/// The fixed material of generated scenarios: trades, parts, suppliers,
/// partners, job templates and names. Order matters (it is part of what a seed
/// reproduces), so append rather than insert.
enum Catalogue {
    /// The skill catalogue, in the order written to the file.
    static let skills = ["hvac", "electrical", "plumbing", "gas", "refrigeration", "appliance"]

    /// Share of incoming work per trade in late November (heating season).
    static let demandShare: [String: Double] = [
        "hvac": 0.32, "plumbing": 0.22, "electrical": 0.18, "appliance": 0.12, "refrigeration": 0.08, "gas": 0.08,
    ]

    // MARK: - Parts

    struct PartSpec: Sendable {
        let id: String
        let name: String
        let unitCost: Double
        /// The trade that uses it.
        let skill: String
        /// Small enough to be carried on every van.
        let vanStock: Bool
    }

    /// Most used first: a scenario takes the first 10 to 20.
    static let parts: [PartSpec] = [
        PartSpec(id: "cap-45-5", name: "Dual run capacitor 45/5 µF 440 V", unitCost: 18.5, skill: "hvac", vanStock: true),
        PartSpec(id: "ign-hsi", name: "Hot-surface furnace igniter", unitCost: 34.0, skill: "hvac", vanStock: true),
        PartSpec(id: "flame-sensor", name: "Furnace flame sensor", unitCost: 12.75, skill: "hvac", vanStock: true),
        PartSpec(id: "breaker-20a", name: "20 A single-pole circuit breaker", unitCost: 11.4, skill: "electrical", vanStock: true),
        PartSpec(id: "gfci-20a", name: "20 A GFCI receptacle", unitCost: 19.9, skill: "electrical", vanStock: true),
        PartSpec(id: "wh-element", name: "4500 W water-heater element", unitCost: 22.3, skill: "plumbing", vanStock: true),
        PartSpec(id: "sump-pump", name: "1/3 hp submersible sump pump", unitCost: 165.0, skill: "plumbing", vanStock: false),
        PartSpec(id: "thermocouple", name: "Universal thermocouple 24 in", unitCost: 9.5, skill: "gas", vanStock: true),
        PartSpec(id: "tstat-wifi", name: "Wi-Fi programmable thermostat", unitCost: 129.0, skill: "hvac", vanStock: false),
        PartSpec(id: "drain-pump", name: "Dishwasher drain pump", unitCost: 48.0, skill: "appliance", vanStock: true),
        PartSpec(id: "gas-valve", name: "Furnace gas control valve 24 V", unitCost: 145.0, skill: "gas", vanStock: false),
        PartSpec(id: "fill-valve", name: "Toilet fill valve and flapper kit", unitCost: 14.2, skill: "plumbing", vanStock: true),
        PartSpec(id: "dryer-element", name: "Dryer heating element 5400 W", unitCost: 39.0, skill: "appliance", vanStock: true),
        PartSpec(id: "defrost-timer", name: "Refrigeration defrost timer", unitCost: 42.0, skill: "refrigeration", vanStock: true),
        PartSpec(id: "smoke-co", name: "Hard-wired smoke and CO alarm", unitCost: 54.0, skill: "electrical", vanStock: true),
        PartSpec(id: "wh-gas-40", name: "40-gallon natural-gas water heater", unitCost: 689.0, skill: "plumbing", vanStock: false),
        PartSpec(id: "hard-start", name: "Compressor hard-start kit", unitCost: 27.5, skill: "refrigeration", vanStock: true),
        PartSpec(id: "bake-element", name: "Oven bake element", unitCost: 36.0, skill: "appliance", vanStock: true),
        PartSpec(id: "blower-cap", name: "Blower motor capacitor 10 µF 370 V", unitCost: 9.8, skill: "hvac", vanStock: true),
        PartSpec(id: "shower-cartridge", name: "Single-handle shower valve cartridge", unitCost: 31.0, skill: "plumbing", vanStock: true),
    ]

    // MARK: - Suppliers and partners

    struct SupplierSpec: Sendable {
        let id: String
        let name: String
        let skills: [String]
        let leadTimeDays: Int
        let orderCutoff: Double
        let phone: String
        let email: String
    }

    static let suppliers: [SupplierSpec] = [
        SupplierSpec(id: "great-lakes-hvac", name: "Great Lakes HVAC Supply", skills: ["hvac", "gas", "refrigeration"],
                     leadTimeDays: 1, orderCutoff: 15 * 60, phone: "(616) 555-0180",
                     email: "orders@greatlakes-hvac.example.com"),
        SupplierSpec(id: "wm-wholesale", name: "West Michigan Electrical & Plumbing Wholesale",
                     skills: ["electrical", "plumbing", "gas"], leadTimeDays: 2, orderCutoff: 12 * 60,
                     phone: "(616) 555-0181", email: "counter@wm-wholesale.example.com"),
        SupplierSpec(id: "lakeshore-parts", name: "Lakeshore Appliance Parts", skills: ["appliance", "refrigeration"],
                     leadTimeDays: 2, orderCutoff: 14 * 60, phone: "(616) 555-0182",
                     email: "parts@lakeshore-appliance.example.com"),
    ]

    struct ProviderSpec: Sendable {
        let id: String
        let name: String
        let skills: [(String, Int)]
        let costPerJob: Double
        let rating: Double
        let phone: String
        let email: String
    }

    static let providers: [ProviderSpec] = [
        ProviderSpec(id: "river-city-plumbing", name: "River City Plumbing & Drain", skills: [("plumbing", 3), ("gas", 2)],
                     costPerJob: 185, rating: 4.6, phone: "(616) 555-0190", email: "dispatch@rivercityplumbing.example.com"),
        ProviderSpec(id: "kent-county-electric", name: "Kent County Electric", skills: [("electrical", 3)],
                     costPerJob: 160, rating: 4.3, phone: "(616) 555-0191", email: "jobs@kentcountyelectric.example.com"),
        ProviderSpec(id: "lakeshore-appliance-repair", name: "Lakeshore Appliance Repair",
                     skills: [("appliance", 3), ("refrigeration", 2)], costPerJob: 145, rating: 4.4,
                     phone: "(616) 555-0192", email: "service@lakeshore-appliance.example.com"),
        ProviderSpec(id: "heartland-heating", name: "Heartland Heating & Cooling", skills: [("hvac", 3), ("gas", 2)],
                     costPerJob: 210, rating: 4.1, phone: "(616) 555-0193", email: "office@heartland-heating.example.com"),
    ]

    // MARK: - Jobs

    /// What kind of visit a template describes; it decides which urgencies it can carry.
    enum Kind: Sendable { case emergency, repair, maintenance, install }

    struct JobTemplate: Sendable {
        let skill: String
        let kind: Kind
        let text: String
        /// Required skills with minimum levels, the trade's own skill first.
        let needs: [(String, Int)]
        /// Typical durations in minutes (one is drawn).
        let minutes: [Int]
        /// Parts the visit usually needs, with quantity.
        var parts: [(String, Int)] = []
        /// Probability that the parts are needed (otherwise a repair without them).
        var partChance = 0.0
        /// Probability that the customer is a business rather than a household.
        var business = 0.06
        /// Cubic feet of van cargo space the visit takes (equipment delivered).
        var bulk = 0.0
    }

    static let templates: [JobTemplate] = [
        // Heating, ventilation, air conditioning.
        JobTemplate(skill: "hvac", kind: .emergency,
                    text: "No heat: furnace runs but blows cold air. Check the igniter and flame sensor.",
                    needs: [("hvac", 2), ("gas", 1)], minutes: [60, 75, 90], parts: [("ign-hsi", 1)], partChance: 0.6),
        JobTemplate(skill: "hvac", kind: .emergency,
                    text: "Carbon monoxide alarm went off near the furnace. Inspect the heat exchanger and venting before restart.",
                    needs: [("hvac", 3), ("gas", 2)], minutes: [60, 90]),
        JobTemplate(skill: "hvac", kind: .repair,
                    text: "Furnace short-cycles every few minutes. Clean or replace the flame sensor.",
                    needs: [("hvac", 2)], minutes: [45, 60], parts: [("flame-sensor", 1)], partChance: 0.7),
        JobTemplate(skill: "hvac", kind: .repair,
                    text: "Furnace blower squeals at start-up. Check the motor bearings and the run capacitor.",
                    needs: [("hvac", 2)], minutes: [60, 90], parts: [("blower-cap", 1)], partChance: 0.6),
        JobTemplate(skill: "hvac", kind: .repair,
                    text: "Condensate line frozen; furnace shuts down with a pressure-switch code.",
                    needs: [("hvac", 2)], minutes: [45, 60]),
        JobTemplate(skill: "hvac", kind: .repair,
                    text: "Heat pump outdoor unit iced over and not defrosting. Check the defrost board and sensor.",
                    needs: [("hvac", 3), ("electrical", 1)], minutes: [90, 120], parts: [("cap-45-5", 1)], partChance: 0.3),
        JobTemplate(skill: "hvac", kind: .repair,
                    text: "Ductless mini-split not heating the upstairs bedroom. Check the charge and line set.",
                    needs: [("hvac", 2), ("refrigeration", 1)], minutes: [90, 120]),
        JobTemplate(skill: "hvac", kind: .repair,
                    text: "Upstairs rooms cold, downstairs too warm. Balance the dampers and check the return.",
                    needs: [("hvac", 1)], minutes: [45, 60]),
        JobTemplate(skill: "hvac", kind: .repair,
                    text: "Furnace makes a loud bang on ignition. Check the burners and gas pressure.",
                    needs: [("hvac", 2), ("gas", 1)], minutes: [60, 75]),
        JobTemplate(skill: "hvac", kind: .repair,
                    text: "Thermostat screen blank and the furnace will not start. Check the 24 V transformer.",
                    needs: [("hvac", 1), ("electrical", 1)], minutes: [45, 60]),
        JobTemplate(skill: "hvac", kind: .maintenance,
                    text: "Replace the humidifier water panel and set the damper for winter.",
                    needs: [("hvac", 1)], minutes: [30, 45]),
        JobTemplate(skill: "hvac", kind: .maintenance,
                    text: "Annual furnace tune-up and filter change.",
                    needs: [("hvac", 1)], minutes: [45, 60]),
        JobTemplate(skill: "hvac", kind: .maintenance,
                    text: "Boiler tune-up: bleed the radiators, check the expansion tank and relief valve.",
                    needs: [("hvac", 2), ("gas", 1)], minutes: [60, 90]),
        JobTemplate(skill: "hvac", kind: .install,
                    text: "Install a Wi-Fi thermostat and set up the app with the customer.",
                    needs: [("hvac", 1), ("electrical", 1)], minutes: [45, 60], parts: [("tstat-wifi", 1)], partChance: 1),
        JobTemplate(skill: "hvac", kind: .install,
                    text: "Replace the furnace filter rack and add a return-air grille in the finished basement.",
                    needs: [("hvac", 2)], minutes: [120, 150]),

        // Gas.
        JobTemplate(skill: "gas", kind: .emergency,
                    text: "Smell of gas near the water heater. Leak-test all fittings and shut off if needed.",
                    needs: [("gas", 2)], minutes: [45, 60]),
        JobTemplate(skill: "gas", kind: .emergency,
                    text: "Furnace pilot out and the house is getting cold; thermocouple suspected.",
                    needs: [("gas", 1), ("hvac", 1)], minutes: [45, 60], parts: [("thermocouple", 1)], partChance: 0.8),
        JobTemplate(skill: "gas", kind: .repair,
                    text: "Gas fireplace will not light. Check the pilot assembly and thermocouple.",
                    needs: [("gas", 2)], minutes: [60, 90], parts: [("thermocouple", 1)], partChance: 0.6),
        JobTemplate(skill: "gas", kind: .repair,
                    text: "Garage unit heater does not fire. Inspect the burner and gas valve.",
                    needs: [("gas", 2), ("hvac", 1)], minutes: [60, 90], parts: [("gas-valve", 1)], partChance: 0.5),
        JobTemplate(skill: "gas", kind: .repair,
                    text: "Gas water heater pilot keeps going out. Replace the thermocouple.",
                    needs: [("gas", 1), ("plumbing", 1)], minutes: [45, 60], parts: [("thermocouple", 1)], partChance: 0.8),
        JobTemplate(skill: "gas", kind: .repair,
                    text: "Gas range burner clicks but will not light. Clean the igniter and check the orifice.",
                    needs: [("gas", 1), ("appliance", 1)], minutes: [45]),
        JobTemplate(skill: "gas", kind: .maintenance,
                    text: "Annual gas appliance safety inspection for the landlord's certificate.",
                    needs: [("gas", 1)], minutes: [45, 60], business: 0.3),
        JobTemplate(skill: "gas", kind: .install,
                    text: "Run a gas line to the new kitchen range, connect and leak-test.",
                    needs: [("gas", 2), ("plumbing", 2)], minutes: [120, 150, 180]),
        JobTemplate(skill: "gas", kind: .install,
                    text: "Connect a gas dryer and check the vent run.",
                    needs: [("gas", 1), ("appliance", 1)], minutes: [45, 60]),

        // Plumbing.
        JobTemplate(skill: "plumbing", kind: .emergency,
                    text: "Sump pump dead and water coming into the basement. Replace the pump and check the check valve.",
                    needs: [("plumbing", 2)], minutes: [90, 120], parts: [("sump-pump", 1)], partChance: 0.9, bulk: 1.5),
        JobTemplate(skill: "plumbing", kind: .emergency,
                    text: "Burst pipe in an unheated crawl space; water shut off at the meter.",
                    needs: [("plumbing", 2)], minutes: [90, 120, 150]),
        JobTemplate(skill: "plumbing", kind: .emergency,
                    text: "Water heater leaking from the bottom of the tank; water off, basement floor wet.",
                    needs: [("plumbing", 2), ("gas", 1)], minutes: [60, 90]),
        JobTemplate(skill: "plumbing", kind: .repair,
                    text: "Electric water heater gives lukewarm water only. Replace the lower element and test the thermostats.",
                    needs: [("plumbing", 2), ("electrical", 1)], minutes: [60, 75, 90], parts: [("wh-element", 1)], partChance: 0.8),
        JobTemplate(skill: "plumbing", kind: .repair,
                    text: "Main drain slow and the basement floor drain backs up. Snake the line.",
                    needs: [("plumbing", 2)], minutes: [60, 90, 120]),
        JobTemplate(skill: "plumbing", kind: .repair,
                    text: "Kitchen faucet drips and the shut-off valve under the sink will not close fully.",
                    needs: [("plumbing", 1)], minutes: [45, 60]),
        JobTemplate(skill: "plumbing", kind: .repair,
                    text: "Toilet runs constantly. Replace the fill valve and flapper.",
                    needs: [("plumbing", 1)], minutes: [30, 45], parts: [("fill-valve", 1)], partChance: 0.9),
        JobTemplate(skill: "plumbing", kind: .repair,
                    text: "Shower valve leaks behind the tile. Replace the cartridge.",
                    needs: [("plumbing", 2)], minutes: [60, 90], parts: [("shower-cartridge", 1)], partChance: 0.8),
        JobTemplate(skill: "plumbing", kind: .repair,
                    text: "Low water pressure in the whole house. Check the pressure-reducing valve.",
                    needs: [("plumbing", 2)], minutes: [60, 90]),
        JobTemplate(skill: "plumbing", kind: .repair,
                    text: "Garbage disposal jammed and humming. Free the flywheel or replace the unit.",
                    needs: [("plumbing", 1)], minutes: [45, 60]),
        JobTemplate(skill: "plumbing", kind: .repair,
                    text: "Leak at the P-trap under the kitchen sink; cabinet floor soaked.",
                    needs: [("plumbing", 1)], minutes: [30, 45]),
        JobTemplate(skill: "plumbing", kind: .repair,
                    text: "Washing machine supply valves drip. Replace both valves.",
                    needs: [("plumbing", 2)], minutes: [60]),
        JobTemplate(skill: "plumbing", kind: .maintenance,
                    text: "Water softener inspection and resin check.",
                    needs: [("plumbing", 1)], minutes: [45]),
        JobTemplate(skill: "plumbing", kind: .maintenance,
                    text: "Winterize the outdoor faucets and replace one leaking frost-free sillcock.",
                    needs: [("plumbing", 1)], minutes: [45, 60]),
        JobTemplate(skill: "plumbing", kind: .install,
                    text: "Replace the 40-gallon gas water heater and haul away the old tank.",
                    needs: [("plumbing", 3), ("gas", 2)], minutes: [150, 180], parts: [("wh-gas-40", 1)], partChance: 1,
                    bulk: 16),
        JobTemplate(skill: "plumbing", kind: .install,
                    text: "Install a sump pump alarm and battery backup.",
                    needs: [("plumbing", 2), ("electrical", 1)], minutes: [90, 120], bulk: 3),

        // Electrical.
        JobTemplate(skill: "electrical", kind: .emergency,
                    text: "Half the house lost power and there is a burning smell at the panel.",
                    needs: [("electrical", 3)], minutes: [90, 120]),
        JobTemplate(skill: "electrical", kind: .emergency,
                    text: "Outdoor outlet sparks when used. Make safe and replace with a weatherproof GFCI.",
                    needs: [("electrical", 2)], minutes: [45, 60], parts: [("gfci-20a", 1)], partChance: 0.9),
        JobTemplate(skill: "electrical", kind: .repair,
                    text: "Kitchen breaker trips when the microwave and kettle run together. Check the load; replace the breaker if weak.",
                    needs: [("electrical", 2)], minutes: [60], parts: [("breaker-20a", 1)], partChance: 0.7),
        JobTemplate(skill: "electrical", kind: .repair,
                    text: "Lights flicker across the kitchen and dining room. Check connections and the neutral.",
                    needs: [("electrical", 2)], minutes: [60, 90]),
        JobTemplate(skill: "electrical", kind: .repair,
                    text: "Bathroom outlets dead after a reset. Trace the GFCI circuit.",
                    needs: [("electrical", 1)], minutes: [45, 60], parts: [("gfci-20a", 1)], partChance: 0.5),
        JobTemplate(skill: "electrical", kind: .repair,
                    text: "Garage door opener circuit dead. Check the breaker and wiring.",
                    needs: [("electrical", 1)], minutes: [45]),
        JobTemplate(skill: "electrical", kind: .repair,
                    text: "Several living-room outlets dead. Trace the open connection.",
                    needs: [("electrical", 2)], minutes: [60, 90]),
        JobTemplate(skill: "electrical", kind: .repair,
                    text: "Outdoor security lights stay on all day. Replace the photocell.",
                    needs: [("electrical", 1)], minutes: [30, 45]),
        JobTemplate(skill: "electrical", kind: .maintenance,
                    text: "Replace the hard-wired smoke and CO alarms and test the interconnect.",
                    needs: [("electrical", 1)], minutes: [45, 60, 90], parts: [("smoke-co", 2)], partChance: 1),
        JobTemplate(skill: "electrical", kind: .maintenance,
                    text: "Standby generator transfer switch inspection before winter.",
                    needs: [("electrical", 2)], minutes: [60]),
        JobTemplate(skill: "electrical", kind: .maintenance,
                    text: "Panel inspection and estimate for a 200 A service upgrade.",
                    needs: [("electrical", 3)], minutes: [45, 60]),
        JobTemplate(skill: "electrical", kind: .install,
                    text: "Replace two bathroom outlets with GFCI receptacles.",
                    needs: [("electrical", 1)], minutes: [60, 90], parts: [("gfci-20a", 2)], partChance: 1),
        JobTemplate(skill: "electrical", kind: .install,
                    text: "Install a whole-house surge protector at the panel.",
                    needs: [("electrical", 2)], minutes: [45, 60]),
        JobTemplate(skill: "electrical", kind: .install,
                    text: "Install a ceiling fan with light; the fan-rated box is already in place.",
                    needs: [("electrical", 1)], minutes: [60, 75, 90]),
        JobTemplate(skill: "electrical", kind: .install,
                    text: "Install a 50 A circuit for an EV charger in the garage.",
                    needs: [("electrical", 3)], minutes: [150, 180], bulk: 2),

        // Commercial refrigeration.
        JobTemplate(skill: "refrigeration", kind: .emergency,
                    text: "Walk-in cooler running warm (8 °C). Condenser fan motor or capacitor suspected.",
                    needs: [("refrigeration", 2)], minutes: [90, 120], parts: [("cap-45-5", 1)], partChance: 0.6,
                    business: 1),
        JobTemplate(skill: "refrigeration", kind: .repair,
                    text: "Reach-in freezer at the bar iced over. Check the defrost timer and heater.",
                    needs: [("refrigeration", 2)], minutes: [60, 90], parts: [("defrost-timer", 1)], partChance: 0.7,
                    business: 1),
        JobTemplate(skill: "refrigeration", kind: .repair,
                    text: "Display case compressor hard-starts and trips. Fit a hard-start kit.",
                    needs: [("refrigeration", 3), ("electrical", 1)], minutes: [90], parts: [("hard-start", 1)],
                    partChance: 0.8, business: 1),
        JobTemplate(skill: "refrigeration", kind: .repair,
                    text: "Ice machine makes no ice. Clean, descale and check the water inlet valve.",
                    needs: [("refrigeration", 1)], minutes: [60, 90], business: 1),
        JobTemplate(skill: "refrigeration", kind: .repair,
                    text: "Walk-in freezer door gasket torn, frost building up. Replace the gasket and adjust the closer.",
                    needs: [("refrigeration", 1)], minutes: [60], business: 1),
        JobTemplate(skill: "refrigeration", kind: .repair,
                    text: "Refrigerant leak search on the rooftop condensing unit for the cold room.",
                    needs: [("refrigeration", 3)], minutes: [120, 150, 180], business: 1),
        JobTemplate(skill: "refrigeration", kind: .maintenance,
                    text: "Preventive maintenance on the kitchen refrigeration: coils, gaskets, temperatures.",
                    needs: [("refrigeration", 1)], minutes: [90, 120], business: 1),

        // Household appliances.
        JobTemplate(skill: "appliance", kind: .repair,
                    text: "Refrigerator not cooling, freezer fine. Check the evaporator fan and defrost system.",
                    needs: [("appliance", 2)], minutes: [60, 90], parts: [("defrost-timer", 1)], partChance: 0.3),
        JobTemplate(skill: "appliance", kind: .repair,
                    text: "Chest freezer in the garage stopped; food at risk.",
                    needs: [("appliance", 2), ("refrigeration", 1)], minutes: [60, 90]),
        JobTemplate(skill: "appliance", kind: .repair,
                    text: "Dishwasher does not drain. Clear the sump; replace the drain pump if needed.",
                    needs: [("appliance", 1)], minutes: [45, 60], parts: [("drain-pump", 1)], partChance: 0.6),
        JobTemplate(skill: "appliance", kind: .repair,
                    text: "Washer stops mid-cycle with an error code. Diagnose the control board and lid switch.",
                    needs: [("appliance", 2)], minutes: [60]),
        JobTemplate(skill: "appliance", kind: .repair,
                    text: "Dryer runs but does not heat. Test and replace the heating element or thermal fuse.",
                    needs: [("appliance", 1)], minutes: [45, 60], parts: [("dryer-element", 1)], partChance: 0.7),
        JobTemplate(skill: "appliance", kind: .repair,
                    text: "Oven does not reach temperature. Replace the bake element.",
                    needs: [("appliance", 1)], minutes: [45], parts: [("bake-element", 1)], partChance: 0.8),
        JobTemplate(skill: "appliance", kind: .repair,
                    text: "Refrigerator ice maker stopped; the fill line is probably frozen.",
                    needs: [("appliance", 1)], minutes: [45, 60]),
        JobTemplate(skill: "appliance", kind: .repair,
                    text: "Over-the-range microwave runs but does not heat.",
                    needs: [("appliance", 2)], minutes: [45, 60]),
        JobTemplate(skill: "appliance", kind: .maintenance,
                    text: "Dryer vent cleaning and airflow check (lint build-up reported).",
                    needs: [("appliance", 1)], minutes: [45, 60]),
        JobTemplate(skill: "appliance", kind: .install,
                    text: "Install the new dishwasher: connect water, drain and power; haul away the old one.",
                    needs: [("appliance", 1), ("plumbing", 1)], minutes: [90, 120], bulk: 12),
        JobTemplate(skill: "appliance", kind: .install,
                    text: "Install a range hood with ducting through the outside wall.",
                    needs: [("appliance", 2), ("electrical", 1)], minutes: [120, 150, 180], bulk: 5),
    ]

    /// Extra sentences a dispatcher adds to a job sheet.
    static let notes = [
        "Call 30 minutes before arrival.",
        "Dog in the back yard; use the front door.",
        "Park in the driveway; side door.",
        "Tenant will let you in; bill the landlord.",
        "Gate code {code}.",
        "Please wear shoe covers.",
        "Second attempt: nobody was home last time.",
        "Key in the lockbox; code given by phone.",
        "Customer is hard of hearing; knock loudly.",
        "Narrow basement stairs.",
    ]

    static let emergencyNotes = [
        "Elderly resident living alone.",
        "Infant in the home.",
        "Customer is waiting at home.",
        "Second call today; customer is worried.",
    ]

    // MARK: - People and businesses

    static let firstNames = [
        "Patricia", "Gary", "Angela", "Mike", "Susan", "Karen", "Tom", "Linda", "Robert", "Jennifer", "Dale", "Maria",
        "Paul", "James", "Mary", "John", "Elizabeth", "David", "Barbara", "Richard", "Jessica", "Joseph", "Sarah",
        "Charles", "Nancy", "Daniel", "Lisa", "Matthew", "Betty", "Anthony", "Sandra", "Mark", "Ashley", "Steven",
        "Kimberly", "Andrew", "Emily", "Kevin", "Donna", "Brian", "Michelle", "George", "Carol", "Edward", "Amanda",
        "Ronald", "Melissa", "Timothy", "Deborah", "Jason", "Stephanie", "Jeffrey", "Rebecca", "Ryan", "Laura",
        "Jacob", "Sharon", "Nicholas", "Cynthia", "Eric", "Kathleen", "Jonathan", "Amy", "Larry", "Shirley", "Justin",
        "Anna", "Scott", "Brenda", "Brandon", "Pamela", "Benjamin", "Nicole", "Samuel", "Emma", "Gregory", "Helen",
        "Alexander", "Samantha", "Frank", "Katherine", "Raymond", "Christine", "Jack", "Debra", "Dennis", "Rachel",
        "Jerry", "Carolyn", "Tyler", "Janet", "Aaron", "Catherine", "Jose", "Ruth", "Adam", "Olivia", "Nathan",
        "Rosa", "Luis", "Hannah", "Ben", "DeShawn", "Tamika", "Andre", "Jamal", "Keisha", "Minh", "Thanh", "Ahmed",
        "Fatima", "Priya", "Raj", "Mei", "Wei", "Carlos", "Lucia", "Miguel", "Sofia", "Emir", "Amra",
    ]

    static let lastNames = [
        "Nguyen", "Thompson", "Brooks", "DeVries", "Meijer", "Wolters", "Bakker", "Jansen", "Schultz", "Ruiz",
        "Vander Molen", "Castillo", "Heerema", "Kowalski", "Porter", "Ortega", "Visser", "Okafor", "Martinez", "Brink",
        "Huizenga", "Hoekstra", "Van Dyke", "DeYoung", "Kuipers", "Postma", "Schuitema", "Vander Laan", "Bos", "Dykstra",
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore",
        "Jackson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
        "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips",
        "Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan",
        "Cooper", "Peterson", "Reed", "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood",
        "Watson", "Garcia", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres", "Tran", "Le",
        "Pham", "Kim", "Patel", "Chen", "Nowak", "Wisniewski", "Hadzic", "Begic", "O'Brien", "Sullivan",
    ]

    /// Restaurants, shops and bars: the customers of commercial refrigeration.
    static let foodBusinesses = [
        "Bridge Street Deli", "Eastown Coffee Co.", "Wealthy Street Bakery", "Creston Brewing", "Alger Heights Market",
        "Lakeshore Pizza", "Northview Diner", "Riverside Grocery", "Burton Street Tacos", "Plainfield Family Restaurant",
        "Blue Heron Cafe", "Harbor Fish Market", "Tulip Time Ice Cream", "Old Mill Tavern", "Rogue River Pub",
        "Fruit Ridge Orchard Store", "Fulton Street Market Cafe", "Knapp Corner Bagels", "Cascade Village Grill",
        "Leonard Street Butcher Shop",
    ]

    /// Offices, landlords and other small businesses.
    static let businesses = [
        "Fulton Street Pharmacy", "Cascade Animal Clinic", "Kent Family Dental", "Meadowbrook Apartments",
        "Leonard Street Laundromat", "Heritage Hill Bed & Breakfast", "Westside Hardware", "Maple Leaf Daycare",
        "St. Thomas Parish Hall", "Division Avenue Barbershop", "Greenridge Fitness", "Thornapple Floral",
        "Chicago Drive Car Wash", "Standale Dental Care", "Ridgewood Manor Condominiums", "Northland Insurance Agency",
        "Breton Village Hair Studio", "Wyoming Tire & Auto", "Eastbrook Montessori", "Plaster Creek Self Storage",
    ]
}
