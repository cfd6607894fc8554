package org.darkflav.recast.lee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** What a cluster does with a chunk task: serialise it without models, rebuild them where it runs. */
class LeeChunkTaskTest {

    @Test
    void aSerialisedTaskCarriesNoModelsAndGivesTheSameChunk() throws IOException, ClassNotFoundException {
        var source = LeeRuns.smallProblem();
        LeeSetup setup = LeeRuns.smallSetup(20, 5, 4);
        PreparedScan prepared = PreparedScan.prepare(source.build(setup.masses()));
        LeeChunkTask task = new LeeChunkTask(setup, source, new int[] {3, 1}, prepared);

        byte[] bytes = serialise(task);
        LeeChunkTask shipped = deserialise(bytes);

        // configuration only: the 12 compiled models and their fits would be far larger
        assertThat(bytes.length).isLessThan(4000);
        assertThat(shipped.apply(0)).isEqualTo(task.apply(0));
        assertThat(shipped.apply(1).chunk()).isEqualTo(1);
        assertThat(shipped.apply(1).toys()).extracting(ToyScan::toy).containsExactly(4, 5, 6, 7);
    }

    private static byte[] serialise(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    private static LeeChunkTask deserialise(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (LeeChunkTask) in.readObject();
        }
    }
}
