package qc.passerelle.commonview.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import qc.passerelle.commonview.agri.AgriReadModels;

class BucketsTest {

    @Test
    void aWholeSeasonOfOneCountryLeavesNoBucketOfNationalsLarge() {
        Buckets nationals = AgriReadModels.NATIONAL_BUCKETS;
        Map<String, Integer> perBucket = new HashMap<>();
        for (int i = 0; i < 11_000; i++) {   // a season's Mexicans
            perBucket.merge(nationals.of("MX", "wkr-" + UUID.randomUUID()), 1, Integer::sum);
        }
        assertThat(perBucket).hasSize(256);
        assertThat(perBucket.values()).allMatch(entries -> entries < 90);
    }

    @Test
    void everyDocumentAnEntryCanBeInIsRead() {
        Buckets buckets = new Buckets(256, 16);
        List<String> all = buckets.all("GT");
        assertThat(all).hasSize(1 + 16 + 256).doesNotHaveDuplicates()
                .contains("GT", "GT:00", "GT:15", "GT:000", "GT:255").doesNotContain("GT:16", "GT:256");
        for (int i = 0; i < 1000; i++) {
            assertThat(all).contains(buckets.of("GT", "wkr-" + i));
        }
        assertThat(buckets.of("GT", "wkr-1")).isEqualTo(buckets.of("GT", "wkr-1")).matches("GT:\\d{3}");
    }

    @Test
    void anEntryInSeveralDocumentsCountsOnceAtItsNewest() {
        Document earlier = new Document("_id", "GT:03").append("members", new Document("w1",
                new Document("v", 7L).append("status", "PRESENT")).append("w2", new Document("v", 2L)));
        Document bucket = new Document("_id", "GT:117").append("members", new Document("w1",
                new Document("v", 9L).append("status", "DEPARTED")));
        Document older = new Document("_id", "GT").append("members", new Document("w1", new Document("v", 8L)));

        Map<String, Document> merged = Buckets.merged(List.of(earlier, bucket, older), "members");

        assertThat(merged).containsOnlyKeys("w1", "w2");
        assertThat(merged.get("w1").getString("status")).isEqualTo("DEPARTED");
    }

    @Test
    void idsKeepTheirWidth() {
        assertThatThrownBy(() -> new Buckets(1001, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Buckets(16, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
