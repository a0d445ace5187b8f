import Foundation

/// How notifications are written.
public struct NotifyOptions: Sendable, Hashable {
    /// Width of the arrival window told to customers, in minutes (default 120): the
    /// window starts at the planned arrival minus half the width, rounded down to a
    /// quarter hour.
    public var arrivalWindowMinutes: Double
    /// Language of the templates: `en` or `de` ship with the package; a templates folder
    /// may add others.
    public var language: String
    /// How dates and times are written: `en-US`, `en-GB` or `de-DE`. Nil: the language's
    /// usual one (`en-US` for `en`, `de-DE` for `de`).
    public var dateLocale: DateLocale?
    /// A folder whose `<kind>.mustache` files (or `<language>/<kind>.mustache`) replace
    /// the shipped templates of the same name.
    public var templatesDirectory: URL?
    /// The company name in messages; nil: the problem's name up to the first `:` or `,`.
    public var company: String?

    public init(arrivalWindowMinutes: Double = 120, language: String = "en", dateLocale: DateLocale? = nil,
                templatesDirectory: URL? = nil, company: String? = nil) {
        self.arrivalWindowMinutes = arrivalWindowMinutes
        self.language = language
        self.dateLocale = dateLocale
        self.templatesDirectory = templatesDirectory
        self.company = company
    }

    /// The date locale in effect.
    public var effectiveDateLocale: DateLocale {
        dateLocale ?? (language.hasPrefix("de") ? .deDE : .enUS)
    }
}
