package org.darkflav.fit;
import org.junit.jupiter.api.Test;
class ScratchTest {
    static final class Timed implements Objective {
        final Objective in; long nanos; int calls;
        Timed(Objective in) { this.in = in; }
        public int dimension() { return in.dimension(); }
        public double value(double[] x) { long t = System.nanoTime(); double v = in.value(x); nanos += System.nanoTime() - t; calls++; return v; }
        public double valueAndGradient(double[] x, double[] g) { long t = System.nanoTime(); double v = in.valueAndGradient(x, g); nanos += System.nanoTime() - t; calls++; return v; }
    }
    @Test void show() {
        for (int rep = 0; rep < 6; rep++) {
            SyntheticHistFactory h = new SyntheticHistFactory(150, 40, 7);
            Timed t = new Timed(h);
            FitProblem p = h.problem();
            long t0 = System.nanoTime();
            FitResult r = new QuasiNewtonMinimizer().minimize(new FitProblem(t, p.start(), p.lower(), p.upper(), p.fixed()));
            long t1 = System.nanoTime();
            System.out.printf("%s it=%d ev=%d total %.1f ms, objective %.1f ms (%d calls)%n", r.status(), r.iterations(), r.evaluations(), (t1-t0)/1e6, t.nanos/1e6, t.calls);
        }
    }
}
