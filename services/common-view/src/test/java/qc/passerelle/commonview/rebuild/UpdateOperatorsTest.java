package qc.passerelle.commonview.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strings in the store's order, their UTF-8 bytes, whatever characters they hold. */
class UpdateOperatorsTest {

    @Test
    void stringsAreOrderedByTheirUtf8Bytes() {
        List<String> strings = List.of("", "a", "ab", "b", "Z", "z", "é", "ée", "Ω", "\uFFFD", "\uFF21",
                "\uD83D\uDE00", "\uD83D\uDE00a", "a\uD83D\uDE00", "a\uFFFD", "López", "Lopez", "\u00A0", "\u07FF", "\u0800");
        for (String x : strings) {
            for (String y : strings) {
                int bytes = Integer.signum(Arrays.compareUnsigned(x.getBytes(StandardCharsets.UTF_8),
                        y.getBytes(StandardCharsets.UTF_8)));
                assertThat(Integer.signum(UpdateOperators.compare(x, y))).as("%s against %s", x, y).isEqualTo(bytes);
            }
        }
    }
}
