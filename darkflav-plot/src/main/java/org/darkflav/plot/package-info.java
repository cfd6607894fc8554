/**
 * Physics-style figures drawn with JFreeChart and written as PNG, SVG and PDF: {@link org.darkflav.plot.Plots}
 * makes a {@link org.darkflav.plot.Chart} from plain data ({@link org.darkflav.plot.Series},
 * {@link org.darkflav.plot.BandPoint}, {@link org.darkflav.plot.PlotSpec}); {@link org.darkflav.plot.RegionPlots}
 * draws Δχ² regions from a grid. The package knows nothing about physics or fits.
 */
package org.darkflav.plot;
