import Foundation

/// Which snapshots a backup keeps, restic's way: the newest `last`, and the newest snapshot of each of the newest
/// `daily` days, `weekly` ISO weeks and `monthly` months that have one (UTC). A snapshot kept by any rule stays.
public struct BackupRetention: Sendable, Equatable {
    public var last = 0
    public var daily = 0
    public var weekly = 0
    public var monthly = 0

    public init(last: Int = 0, daily: Int = 0, weekly: Int = 0, monthly: Int = 0) {
        (self.last, self.daily, self.weekly, self.monthly) = (last, daily, weekly, monthly)
    }

    /// What `backup prune` keeps when neither flags nor the config file say: a week of days, a month of weeks, a
    /// year of months.
    public static let standard = BackupRetention(daily: 7, weekly: 4, monthly: 12)

    /// As config file settings (backup.keep_*), for `meetingfs config show`.
    public var settings: [String: String] {
        ["backup.keep_last": "\(last)", "backup.keep_daily": "\(daily)", "backup.keep_weekly": "\(weekly)", "backup.keep_monthly": "\(monthly)"]
    }

    /// A policy that keeps nothing would remove every snapshot: it is refused rather than applied.
    public var keepsSomething: Bool { last + daily + weekly + monthly > 0 }

    /// The ids to keep among `snapshots` (id and time).
    public func kept(_ snapshots: [(id: String, created: Date)]) -> Set<String> {
        let newestFirst = snapshots.sorted { ($0.created, $0.id) > ($1.created, $1.id) }
        var kept = Set(newestFirst.prefix(last).map(\.id))
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let periods: [(Int, (Date) -> [Int])] = [
            (daily, { calendar.dateComponents([.year, .month, .day], from: $0).numbers }),
            (weekly, { calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: $0).numbers }),
            (monthly, { calendar.dateComponents([.year, .month], from: $0).numbers }),
        ]
        for (count, period) in periods where count > 0 {
            var seen: [Int]? = nil
            var taken = 0
            for snapshot in newestFirst where taken < count {
                let key = period(snapshot.created)
                if key != seen {
                    kept.insert(snapshot.id)
                    seen = key
                    taken += 1
                }
            }
        }
        return kept
    }
}

private extension DateComponents {
    var numbers: [Int] { [year, yearForWeekOfYear, month, weekOfYear, day].map { $0 ?? -1 } }
}
