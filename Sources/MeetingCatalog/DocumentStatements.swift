import Foundation
import MeetingCore

/// What a version's pipeline document (PipelineDocument) changes, in the commit's own transaction: so the rows
/// derived from a file are always those of its visible version. None of these statements can fail on a document
/// `PipelineDocument.read` accepted (labels unique, numbers finite, the artifact's bytes stored as bytes), since a
/// failure would fail the commit.
enum DocumentStatements {
    /// The file's note: why its contents were not used, NULL when they were (or are not read).
    static func note(of document: PipelineDocument?) -> String? {
        if case .invalid(let reason) = document { return "invalid: \(reason)" }
        return nil
    }

    static func effects(ofFile fileId: Int64, _ document: PipelineDocument?, cacheTTL: TimeInterval) -> [Statement] {
        let file = String(fileId)
        switch document {
        case .speakers(let clusters):
            return [
                ("DELETE FROM speakers WHERE meeting_id = (SELECT meeting_id FROM files WHERE id = $1)", [file]),
                ("""
                 INSERT INTO speakers (meeting_id, cluster_label, segments, seconds, embedding)
                 SELECT f.meeting_id, s.label, s.segments, s.seconds, s.embedding
                 FROM files f, jsonb_to_recordset($2::jsonb) AS s (label text, segments integer, seconds real, embedding real[])
                 WHERE f.id = $1 AND f.meeting_id IS NOT NULL
                 """, [file, speakerRecords(clusters)]),
            ]
        case .voiceProfile(let model, let embedding):
            // Another user's profile of the same model with another length makes this one invalid: similarity
            // across lengths means nothing.
            return [("""
                WITH f AS (SELECT id, user_id FROM files WHERE id = $1 AND user_id IS NOT NULL),
                     clash AS (SELECT cardinality(p.embedding) AS length FROM user_profiles p, f
                               WHERE p.model = $2 AND p.user_id <> f.user_id
                                 AND cardinality(p.embedding) <> cardinality($3::real[]) LIMIT 1),
                     kept AS (INSERT INTO user_profiles (user_id, embedding, model, file_id)
                              SELECT f.user_id, $3::real[], $2, f.id FROM f WHERE NOT EXISTS (SELECT 1 FROM clash)
                              ON CONFLICT (user_id, model) DO UPDATE
                                  SET embedding = EXCLUDED.embedding, file_id = EXCLUDED.file_id, created_at = now())
                UPDATE files SET status_note = format('invalid: %s values where other profiles of model %s have %s',
                                                      cardinality($3::real[]), $2, (SELECT length FROM clash))
                WHERE id = $1 AND EXISTS (SELECT 1 FROM clash)
                """, [file, model, realArray(embedding)])]
        case .cachedArtifact(let kind, let bytes):
            return [("""
                INSERT INTO cache (key, meeting_id, data, file_id, expires_at)
                SELECT 'artifact:' || m.public_id || ':' || $2, f.meeting_id, decode($3, 'hex'), f.id,
                       now() + make_interval(secs => $4)
                FROM files f JOIN meetings m ON m.id = f.meeting_id WHERE f.id = $1
                ON CONFLICT (key) DO UPDATE SET meeting_id = EXCLUDED.meeting_id, data = EXCLUDED.data, value = NULL,
                    file_id = EXCLUDED.file_id, expires_at = EXCLUDED.expires_at, created_at = now()
                """, [file, kind, Hex.encode(bytes), String(cacheTTL)])]
        case .invalid, nil:
            return []
        }
    }

    static func speakerRecords(_ clusters: [SpeakerCluster]) -> String {
        let records: [[String: Any]] = clusters.map { cluster in
            var record: [String: Any] = ["label": cluster.label, "segments": cluster.segments, "seconds": cluster.seconds]
            if let embedding = cluster.embedding { record["embedding"] = embedding.map(Double.init) }
            return record
        }
        return String(decoding: try! JSONSerialization.data(withJSONObject: records), as: UTF8.self)
    }

    static func realArray(_ values: [Float]) -> String { "{" + values.map { "\($0)" }.joined(separator: ",") + "}" }
}
