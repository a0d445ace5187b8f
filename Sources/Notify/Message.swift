import Schedule

/// The schedule's notification type under a name that Foundation's `Notification`
/// does not shadow.
public typealias Message = Notification
