package org.darkflav.recast.data;

/**
 * The number of Υ(4S) → B B̄ events of a data set.
 *
 * @param bbbarPairs N_BB̄
 * @param uncertainty its 1σ uncertainty
 * @param citation where the number is published
 */
public record SampleSize(double bbbarPairs, double uncertainty, String citation, Provenance provenance) {

    public SampleSize {
        if (!(bbbarPairs > 0) || !(uncertainty >= 0)) {
            throw new BundleException("a sample size needs N_BBbar > 0 and an uncertainty >= 0, got " + bbbarPairs
                    + " +- " + uncertainty);
        }
    }

    /** Every B meson of the sample, charged and neutral: 2 N_BB̄. */
    public double allBMesons() {
        return 2 * bbbarPairs;
    }
}
