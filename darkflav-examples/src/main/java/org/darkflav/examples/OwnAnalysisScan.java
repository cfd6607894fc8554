package org.darkflav.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.darkflav.infer.LocalTaskRunner;
import org.darkflav.infer.ProgressListener;
import org.darkflav.recast.analysis.BinnedSearchMethod;
import org.darkflav.recast.data.BinnedSearchData;
import org.darkflav.recast.data.BinnedSearchReader;
import org.darkflav.recast.scan.MassGrid;
import org.darkflav.recast.scan.MassPoint;
import org.darkflav.recast.scan.MassScan;
import org.darkflav.recast.scan.ScanResult;
import org.darkflav.recast.scan.WorkspaceAnalysis;
import org.darkflav.recast.templates.BinnedSignal;

/**
 * A mass scan of a light X in one's own binned search: a bundle file in the binned-search format (here an
 * invented one shipped with the examples, or the file given as the first argument) becomes a workspace per
 * mass by the paper's method, and the scan gives Br, its interval, Z and CLs limits per mass.
 */
public final class OwnAnalysisScan {

    private OwnAnalysisScan() {}

    public static void main(String[] args) {
        BinnedSearchData data = args.length > 0 ? read(Path.of(args[0])) : bundled();
        // Br(B -> K X) per unit of the POI mu_x, and mu_x in [0, 10]
        BinnedSearchMethod method = new BinnedSearchMethod(data, BinnedSignal.PAPER, 1e-5, 10);
        WorkspaceAnalysis analysis = new WorkspaceAnalysis("own-analysis", false, data.reference(), 0.5, 4.0,
                method::withX, true);
        ScanResult scan = new MassScan(LocalTaskRunner.allProcessors()).scan(analysis, new MassGrid(0.5, 4.0, 0.5),
                ProgressListener.NONE);
        for (MassPoint p : scan.points()) {
            System.out.printf(Locale.ROOT, "m_X = %.2f GeV: Br = %.3e (-%.1e +%.1e), Z = %.2f, UL95 = %.3e%n",
                    p.mass(), p.br(), p.errLo(), p.errHi(), p.zLocal(), p.ul95());
        }
        System.out.printf(Locale.ROOT, "best mass %.2f GeV, local Z %.2f%n", scan.bestPoint().mass(),
                scan.bestPoint().zLocal());
    }

    private static BinnedSearchData read(Path file) {
        try {
            return new BinnedSearchReader().read(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static BinnedSearchData bundled() {
        String name = "toy_binned_search.json";
        try (InputStream in = OwnAnalysisScan.class.getResourceAsStream(name)) {
            return new BinnedSearchReader().read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + name, e);
        }
    }
}
