import XCTest
@testable import MeetingOperations

/// `weed shell` output as SeaweedFS 4.48 prints it, read into the cluster's health.
final class SeaweedTopologyTests: XCTestCase {
    func testRaftNamesTheLeaderAndEveryPeer() {
        let raft = SeaweedTopology.parseRaft("""
            the raft cluster has 3 servers
              * 127.0.0.1:38935.55743 127.0.0.1:55743 (Leader)
              * 127.0.0.1:59371.35217 127.0.0.1:35217 (Voter)
              * 127.0.0.1:60267.58851 127.0.0.1:58851 (Voter)
            """)
        XCTAssertEqual(raft.leader, "127.0.0.1:38935.55743")
        XCTAssertEqual(raft.peers, ["127.0.0.1:38935.55743", "127.0.0.1:59371.35217", "127.0.0.1:60267.58851"])
        XCTAssertNil(SeaweedTopology.parseRaft("the raft cluster has 0 servers").leader)
    }

    func testAVolumeWithFewerCopiesThanItsPlacementIsUnderReplicated() {
        let volumes = SeaweedTopology.parseVolumes("""
            Topology volumeSizeLimit:512 MB hdd(volume:24/120 active:24 free:96 remote:0)
              DataCenter dc1 hdd(volume:24/120 active:24 free:96 remote:0)
                Rack rack1 hdd(volume:12/60 active:12 free:48 remote:0)
                  DataNode 127.0.0.1:47297 hdd(volume:8/30 active:8 free:22 remote:0)
                    Disk hdd(volume:8/30 active:8 free:22 remote:0) id:0
                      volume Id:2, Size:8, ReplicaPlacement:010, Collection:, Version:3, Ttl:, FileCount:0, ReadOnly:false
                      volume Id:3, Size:199288, ReplicaPlacement:010, Collection:, Version:3, Ttl:, FileCount:3, ReadOnly:false
                    Disk hdd {Size:197387152 FileCount:63 DeletedFileCount:0 DeletedBytes:0}
                  DataNode 127.0.0.1:47297 {Size:197387152 FileCount:63 DeletedFileCount:0 DeletedBytes:0}
                Rack rack2 hdd(volume:12/60 active:12 free:48 remote:0)
                  DataNode 127.0.0.1:54981 hdd(volume:8/30 active:8 free:22 remote:0)
                    Disk hdd(volume:8/30 active:8 free:22 remote:0) id:0
                      volume Id:2, Size:8, ReplicaPlacement:010, Collection:, Version:3, Ttl:, FileCount:0, ReadOnly:false
                      volume Id:9, Size:8, ReplicaPlacement:000, Collection:meetingfs, Version:3, Ttl:, FileCount:0, ReadOnly:false
            """)
        XCTAssertEqual(volumes.servers, ["127.0.0.1:47297", "127.0.0.1:54981"])
        XCTAssertEqual(volumes.underReplicated, [3: SeaweedTopology.Copies(present: 1, wanted: 2)],
                       "volume 2 has both copies, volume 9 wants one")
    }
}
