package org.darkflav.infer;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Random generators for pseudo-experiments, derived only from (master seed, toy index) with SplitMix64
 * mixing, so that a toy's data do not depend on which thread generates it or in which order.
 */
public final class ToySeeds {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private ToySeeds() { }

    /** The generator of pseudo-experiment {@code index} under {@code masterSeed}; a fresh one each call. */
    public static UniformRandomProvider generator(long masterSeed, long index) {
        long a = mix(masterSeed + GOLDEN_GAMMA * (2 * index + 1));
        long b = mix(a + GOLDEN_GAMMA);
        if (a == 0 && b == 0) {
            b = GOLDEN_GAMMA;
        }
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {a, b});
    }

    /** The SplitMix64 finaliser (Steele, Lea, Flood 2014). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
