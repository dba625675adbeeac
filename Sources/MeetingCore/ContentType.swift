import Foundation

/// The Content-Type an object is stored with, by its name's extension.
package enum ContentType {
    package static func of(_ name: String) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "wav": return "audio/wav"
        case "mp3": return "audio/mpeg"
        case "m4a": return "audio/mp4"
        case "ogg", "opus": return "audio/ogg"
        case "flac": return "audio/flac"
        case "mp4": return "video/mp4"
        case "webm": return "video/webm"
        case "md": return "text/markdown"
        case "txt": return "text/plain"
        case "vtt": return "text/vtt"
        case "srt": return "application/x-subrip"
        case "json": return "application/json"
        default: return "application/octet-stream"
        }
    }
}
