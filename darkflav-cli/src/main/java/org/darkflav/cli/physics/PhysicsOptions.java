package org.darkflav.cli.physics;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.darkflav.cli.UserException;
import org.darkflav.physics.formfactors.Bsz2015;
import org.darkflav.physics.formfactors.Hpqcd2022;
import org.darkflav.physics.param.ParameterSet;
import org.darkflav.physics.rates.FormulaVariant;
import org.darkflav.physics.rates.PhysicsInputs;
import picocli.CommandLine.Option;

/** Options shared by the physics commands: inputs, overrides, formula variant, output format. */
public final class PhysicsOptions {

    @Option(names = "--json", description = "Print one JSON object on stdout instead of a table.")
    boolean json;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Override a PDG parameter, e.g. --set m_B+=5.2794 (repeatable). Names: m_B+, m_B0, m_K+, m_K0,"
                    + " m_K*+, m_K*0, tau_B+, tau_B0, hbar.")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--bk-ff", paramLabel = "FILE",
            description = "B -> K form factors from FILE (layout of the bundled HPQCD 2022 file) instead of HPQCD 2022.")
    Path bkFile;

    @Option(names = "--bkstar-ff", paramLabel = "FILE",
            description = "B -> K* form factors from FILE (layout of the bundled BSZ 2015 files) instead of BSZ 2015.")
    Path bkstarFile;

    @Option(names = "--bsz-fit", paramLabel = "FIT", defaultValue = "combined",
            description = "Bundled BSZ 2015 fit: combined (LCSR+lattice, default) or lcsr.")
    String bszFit;

    @Option(names = "--formulas", paramLabel = "VARIANT", defaultValue = "corrected",
            description = "corrected (default) or as-printed (the paper's equations exactly as printed, for comparison).")
    String formulas;

    /** The inputs with all files and overrides applied. */
    PhysicsInputs inputs() {
        Map<String, Double> values = new LinkedHashMap<>();
        overrides.forEach((k, v) -> values.put(k, parseNumber("--set " + k, v)));
        Hpqcd2022 bk = bkFile == null ? Hpqcd2022.bundled() : Hpqcd2022.fromFile(bkFile);
        Bsz2015 bkstar = bkstarFile == null ? Bsz2015.bundled(fit()) : Bsz2015.fromFile(bkstarFile);
        return new PhysicsInputs(ParameterSet.pdg2024().with(values), bk, bkstar);
    }

    private Bsz2015.Fit fit() {
        return switch (bszFit.toLowerCase(Locale.ROOT)) {
            case "combined", "lcsr-lattice" -> Bsz2015.Fit.LCSR_LATTICE;
            case "lcsr" -> Bsz2015.Fit.LCSR;
            default -> throw new UserException("unknown --bsz-fit '" + bszFit + "'; use combined or lcsr");
        };
    }

    /** The formula variant. */
    FormulaVariant variant() {
        return switch (formulas.toLowerCase(Locale.ROOT)) {
            case "corrected" -> FormulaVariant.CORRECTED;
            case "as-printed", "printed", "paper" -> FormulaVariant.AS_PRINTED;
            default -> throw new UserException("unknown --formulas '" + formulas + "'; use corrected or as-printed");
        };
    }

    static double parseNumber(String option, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new UserException(option + ": '" + text + "' is not a number", e);
        }
    }
}
