package org.darkflav.recast.couplings;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.physics.models.Couplings;
import org.darkflav.physics.models.Direction;

/**
 * The line Br(B → K* X) = ratio × Br(B → K X) traced by one operator and one direction of the
 * couplings as their size varies (the coloured lines of the paper's Fig. 2 left). g_L-only and
 * g_R-only give the same line (rates depend on |g_V|² and |g_A|² only).
 *
 * @param label legend text
 * @param ratio Br(B → K* X)/Br(B → K X) along the line
 */
public record OperatorLine(String label, CouplingModelKind kind, Direction direction, double ratio) {

    /** The lines of the paper's Fig. 2 left for the given rates per operator kind (dim 4, 5, 6). */
    public static List<OperatorLine> of(java.util.Map<CouplingModelKind, QuadraticRate[]> ratesByKind) {
        List<OperatorLine> lines = new ArrayList<>();
        ratesByKind.forEach((kind, rates) -> {
            for (Direction d : List.of(Direction.LEFT, Direction.VECTOR)) {
                Couplings c = d.unit();
                double ratio = rates[1].br(c.gV(), c.gA()) / rates[0].br(c.gV(), c.gA());
                String which = d == Direction.LEFT ? "g_L or g_R only" : "vector (g_L = g_R)";
                // dimension 6 rates are dimension 4 times m^4: the same line, drawn once with both names
                int same = indexOfRatio(lines, d, ratio);
                if (same >= 0) {
                    OperatorLine o = lines.get(same);
                    lines.set(same, new OperatorLine(o.label().replace(", " + which, "") + " and " + kind.label()
                            + ", " + which, o.kind(), d, o.ratio()));
                } else {
                    lines.add(new OperatorLine(kind.label() + ", " + which, kind, d, ratio));
                }
            }
        });
        return lines;
    }

    private static int indexOfRatio(List<OperatorLine> lines, Direction d, double ratio) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).direction() == d && Math.abs(lines.get(i).ratio() - ratio) <= 1e-9 * ratio) {
                return i;
            }
        }
        return -1;
    }
}
