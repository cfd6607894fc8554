package org.darkflav.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The iteration loop must not allocate: the bytes a fit allocates may not grow with the number of
 * iterations. Measured with the HotSpot per-thread allocation counter (skipped where unavailable).
 */
class AllocationTest {

    @Test
    void bytesAllocatedDoNotGrowWithIterations() {
        com.sun.management.ThreadMXBean bean = threadBean();
        long thread = Thread.currentThread().getId();
        Objective f = TestObjectives.rosenbrock(30);
        FitProblem problem = TestObjectives.unbounded(f, TestObjectives.filled(30, -1));
        FitOptions base = FitOptions.builder().strategy(0).computeHessian(false).tolerance(1e-10).build();
        Minimizer few = new QuasiNewtonMinimizer(base.toBuilder().maxIterations(5).build());
        Minimizer many = new QuasiNewtonMinimizer(base);
        for (int warm = 0; warm < 3; warm++) {
            few.minimize(problem);
            many.minimize(problem);
        }
        long b0 = bean.getThreadAllocatedBytes(thread);
        FitResult short_ = few.minimize(problem);
        long b1 = bean.getThreadAllocatedBytes(thread);
        FitResult long_ = many.minimize(problem);
        long b2 = bean.getThreadAllocatedBytes(thread);

        int extraIterations = long_.iterations() - short_.iterations();
        int extraEvaluations = long_.evaluations() - short_.evaluations();
        assertThat(extraIterations).isGreaterThan(50);
        // the set-up (work arrays, starting Hessian) and the log lines are the same in both fits;
        // one 30-double array per evaluation would already add > 250 bytes each
        assertThat((b2 - b1) - (b1 - b0)).as("extra bytes over %d extra evaluations", extraEvaluations)
                .isLessThan(4096);
    }

    private static com.sun.management.ThreadMXBean threadBean() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no HotSpot allocation counter");
        com.sun.management.ThreadMXBean hotspot = (com.sun.management.ThreadMXBean) bean;
        Assumptions.assumeTrue(hotspot.isThreadAllocatedMemorySupported(), "allocation counter unsupported");
        hotspot.setThreadAllocatedMemoryEnabled(true);
        return hotspot;
    }
}
