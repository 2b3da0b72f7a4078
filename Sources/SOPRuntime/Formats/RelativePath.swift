import Foundation

/// Paths that a file keeps to another file (a saved run to its SOP), written relative to the
/// folder of the file that keeps them, so that the two can move together: from a trainer's
/// laptop to the classroom PC, into another folder, onto a USB stick.
public enum RelativePath {
    /// `target` as seen from the folder of `file`: `kebijakan.yaml` beside it, `../examples/
    /// kebijakan.yaml` from a sibling folder. Both are made absolute (against the working folder)
    /// first; symbolic links are not resolved, so the path stays the one the user sees.
    public static func of(_ target: String, fromFolderOf file: String) -> String {
        let from = components(URL(fileURLWithPath: file).deletingLastPathComponent())
        let to = components(URL(fileURLWithPath: target))
        let shared = zip(from, to).prefix { $0 == $1 }.count
        return (Array(repeating: "..", count: from.count - shared) + to.dropFirst(shared)).joined(separator: "/")
    }

    /// A path that `file` keeps, as a path to open from here: a relative one is taken from
    /// `file`'s folder; an absolute one (as sopsh wrote before paths were relative) stands.
    public static func resolve(_ kept: String, fromFolderOf file: String) -> String {
        guard !kept.hasPrefix("/") else { return kept }
        let folder = (file as NSString).deletingLastPathComponent
        return tidied(folder.isEmpty ? kept : folder + "/" + kept)
    }

    /// `runs/../examples/x.yaml` as `examples/x.yaml`: `.` and `name/..` taken out by the
    /// letters, so that a relative path stays relative (and messages show what a user typed).
    static func tidied(_ path: String) -> String {
        var kept: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) where part != "." {
            if part == "..", let last = kept.last, last != ".." {
                kept.removeLast()
            } else if !(part == ".." && path.hasPrefix("/") && kept.isEmpty) {
                kept.append(part)
            }
        }
        let joined = kept.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    private static func components(_ url: URL) -> [String] {
        url.standardizedFileURL.pathComponents.filter { $0 != "/" }
    }
}
