package org.darkflav.recast.projection;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.Provenance;

/**
 * The integrated luminosity of the dataset a workspace describes, with where the number comes from.
 *
 * @param inverseAttobarns integrated luminosity in ab⁻¹
 * @param provenance the bundle file that states it
 */
public record DatasetLuminosity(double inverseAttobarns, Provenance provenance) {

    /** The README title's "(362 fb^-1)": the luminosity stated where the published likelihood is described. */
    private static final Pattern TITLE_LUMINOSITY = Pattern.compile("\\(([0-9]+(?:\\.[0-9]+)?) fb\\^-1\\)");

    public DatasetLuminosity {
        if (!(inverseAttobarns > 0) || Double.isInfinite(inverseAttobarns)) {
            throw new IllegalArgumentException("integrated luminosity must be positive, got " + inverseAttobarns);
        }
    }

    /**
     * Belle II's 2023 B⁺ → K⁺νν̄ dataset, read from the first line of the published likelihood's bundle
     * README ("Belle II B+ -> K+ nu nubar (362 fb^-1): ..."), the sample all three Belle II analyses
     * (paper method, published likelihood) are built on.
     */
    public static DatasetLuminosity belle2Bknunu2023(AnalysisBundles bundles) {
        String readme = bundles.readme(AnalysisBundles.LIKELIHOOD);
        String title = readme.lines().findFirst().orElse("");
        Matcher m = TITLE_LUMINOSITY.matcher(title);
        if (!m.find()) {
            throw new IllegalStateException("the README of bundle " + AnalysisBundles.LIKELIHOOD + " no longer states the"
                    + " luminosity as '(N fb^-1)' in its title line: '" + title + "'");
        }
        double fb = Double.parseDouble(m.group(1));
        return new DatasetLuminosity(fb / 1000.0, new Provenance(AnalysisBundles.LIKELIHOOD, "README.md",
                String.format(Locale.ROOT, "Belle II on-resonance sample, %s fb^-1 (PRD 109, 112006): README title",
                        m.group(1)), false));
    }

    /** s = L / L0 for a projected luminosity in ab⁻¹; fails for L ≤ 0 or not finite. */
    public double scaleFactor(double projectedInverseAttobarns) {
        if (!(projectedInverseAttobarns > 0) || Double.isInfinite(projectedInverseAttobarns)) {
            throw new IllegalArgumentException("projected luminosity must be a positive number of ab^-1, got "
                    + projectedInverseAttobarns);
        }
        return projectedInverseAttobarns / inverseAttobarns;
    }
}
