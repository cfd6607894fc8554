package org.darkflav.histfactory.parametrised;

import org.darkflav.histfactory.TestWorkspaces;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.InterpolationSettings;

/** The pyhf validation workspaces the tests reparametrise (test resources, workspaces/pyhf_validation). */
final class Models {

    private Models() {}

    /** Parameters [mu, bkg_norm]: normfactor POI mu on the signal, normsys bkg_norm on the background. */
    static HistFactoryModel normsys() {
        return TestWorkspaces.model("pyhf_validation/1bin_normsys.json", InterpolationSettings.PYHF_DEFAULT);
    }

    /**
     * Parameters [mu, coupled_shapefactor[0], coupled_shapefactor[1]]: normfactor POI mu on the signal and a
     * two-bin shapefactor shared by the backgrounds of a signal and a control channel.
     */
    static HistFactoryModel shapefactor() {
        return TestWorkspaces.model("pyhf_validation/2bin_2channel_coupledshapefactor.json",
                InterpolationSettings.PYHF_DEFAULT);
    }
}
