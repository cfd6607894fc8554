package org.darkflav.histfactory.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.histfactory.spec.MeasurementSpec;
import org.darkflav.histfactory.spec.ModifierSpec;
import org.darkflav.histfactory.spec.SampleSpec;

/** Compiles channels and a measurement into a {@link CompiledModel}, following pyhf's ordering. */
public final class ModelCompiler {

    private static final Comparator<ModifierSpec> MODIFIER_ORDER =
            Comparator.comparing(ModifierSpec::name).thenComparing(ModifierSpec::type);

    private ModelCompiler() {}

    public static CompiledModel compile(List<ChannelSpec> channels, MeasurementSpec measurement,
            InterpolationSettings interpolation) {
        List<ChannelSpec> sorted = new ArrayList<>(channels);
        sorted.sort(Comparator.comparing(ChannelSpec::name));
        ParameterLayout layout = ParameterLayoutBuilder.build(sorted, measurement);
        return new Assembly(sorted, layout, interpolation).compile();
    }

    static List<SampleSpec> sortedSamples(ChannelSpec c) {
        List<SampleSpec> s = new ArrayList<>(c.samples());
        s.sort(Comparator.comparing(SampleSpec::name));
        return s;
    }

    static List<ModifierSpec> sortedModifiers(SampleSpec s) {
        List<ModifierSpec> m = new ArrayList<>(s.modifiers());
        m.sort(MODIFIER_ORDER);
        return m;
    }

    /** Collects the flat arrays of every kernel in one walk over blocks. */
    private static final class Assembly {
        private final List<ChannelSpec> channels;
        private final ParameterLayout layout;
        private final InterpolationSettings interpolation;

        private final DoubleList nominal = new DoubleList();
        private final IntList cellBin = new IntList();
        private final IntList blockCellStart = new IntList();
        private final List<ModelStructure.Block> blocks = new ArrayList<>();
        // scalar factors
        private final IntList scalarBlockStart = new IntList();
        private final IntList scalarParam = new IntList();
        private final List<Boolean> scalarIsNormsys = new ArrayList<>();
        private final DoubleList scalarHi = new DoubleList();
        private final DoubleList scalarLo = new DoubleList();
        // per-bin factors, collected per cell
        private final List<IntList> cellFactors = new ArrayList<>();
        // histosys
        private final IntList slotParam = new IntList();
        private final IntList entrySlot = new IntList();
        private final IntList entryCell = new IntList();
        private final IntList entryData = new IntList();
        private final IntList entryLength = new IntList();
        private final DoubleList deltaUp = new DoubleList();
        private final DoubleList deltaDown = new DoubleList();

        Assembly(List<ChannelSpec> channels, ParameterLayout layout, InterpolationSettings interpolation) {
            this.channels = channels;
            this.layout = layout;
            this.interpolation = interpolation;
        }

        CompiledModel compile() {
            List<String> channelNames = new ArrayList<>();
            int[] offsets = new int[channels.size() + 1];
            TreeSet<String> sampleNames = new TreeSet<>();
            int bin = 0;
            for (int ci = 0; ci < channels.size(); ci++) {
                ChannelSpec c = channels.get(ci);
                channelNames.add(c.name());
                offsets[ci] = bin;
                for (SampleSpec s : sortedSamples(c)) {
                    sampleNames.add(s.name());
                    addBlock(c, s, bin);
                }
                bin += c.bins();
            }
            offsets[channels.size()] = bin;
            blockCellStart.add(nominal.size());
            scalarBlockStart.add(scalarParam.size());
            ModelStructure structure =
                    new ModelStructure(List.copyOf(channelNames), offsets, List.copyOf(sampleNames), List.copyOf(blocks));
            return new CompiledModel(structure, layout, interpolation, nominal.toArray(), blockCellStart.toArray(),
                    cellBin.toArray(), scalarKernel(), binKernel(), histoKernel());
        }

        private void addBlock(ChannelSpec c, SampleSpec s, int firstBin) {
            int firstCell = nominal.size();
            int n = c.bins();
            blocks.add(new ModelStructure.Block(c.name(), s.name(), firstBin, n));
            blockCellStart.add(firstCell);
            scalarBlockStart.add(scalarParam.size());
            for (int i = 0; i < n; i++) {
                nominal.add(s.data()[i]);
                cellBin.add(firstBin + i);
                cellFactors.add(new IntList());
            }
            for (ModifierSpec m : sortedModifiers(s)) {
                int p = layout.set(m.name()).offset();
                // Java 17 has no pattern switch over the sealed type; the final else catches a new type
                if (m instanceof ModifierSpec.NormFactor || m instanceof ModifierSpec.Lumi) {
                    addScalar(p, false, 1, 1);
                } else if (m instanceof ModifierSpec.NormSys ns) {
                    addScalar(p, true, ns.hi(), ns.lo());
                } else if (m instanceof ModifierSpec.HistoSys hs) {
                    addHistoSys(p, firstCell, s.data(), hs);
                } else if (m instanceof ModifierSpec.StatError || m instanceof ModifierSpec.ShapeSys
                        || m instanceof ModifierSpec.ShapeFactor) {
                    addBinFactors(p, firstCell, n);
                } else {
                    throw new IllegalStateException("modifier type not compiled: " + m.type());
                }
            }
        }

        private void addScalar(int param, boolean normsys, double hi, double lo) {
            scalarParam.add(param);
            scalarIsNormsys.add(normsys);
            scalarHi.add(hi);
            scalarLo.add(lo);
        }

        private void addBinFactors(int firstParam, int firstCell, int n) {
            for (int i = 0; i < n; i++) {
                cellFactors.get(firstCell + i).add(firstParam + i);
            }
        }

        private void addHistoSys(int param, int firstCell, double[] nom, ModifierSpec.HistoSys hs) {
            int slot = slotParam.indexOf(param);
            if (slot < 0) {
                slot = slotParam.size();
                slotParam.add(param);
            }
            entrySlot.add(slot);
            entryCell.add(firstCell);
            entryData.add(deltaUp.size());
            entryLength.add(nom.length);
            for (int i = 0; i < nom.length; i++) {
                deltaUp.add(hs.hiData()[i] - nom[i]);
                deltaDown.add(nom[i] - hs.loData()[i]);
            }
        }

        private ScalarFactorKernel scalarKernel() {
            boolean[] ns = new boolean[scalarIsNormsys.size()];
            for (int i = 0; i < ns.length; i++) {
                ns[i] = scalarIsNormsys.get(i);
            }
            return new ScalarFactorKernel(scalarBlockStart.toArray(), scalarParam.toArray(), ns, scalarHi.toArray(),
                    scalarLo.toArray(), interpolation.normsys());
        }

        private BinFactorKernel binKernel() {
            IntList start = new IntList();
            IntList params = new IntList();
            for (IntList f : cellFactors) {
                start.add(params.size());
                for (int i = 0; i < f.size(); i++) {
                    params.add(f.get(i));
                }
            }
            start.add(params.size());
            return new BinFactorKernel(start.toArray(), params.toArray());
        }

        private HistoSysKernel histoKernel() {
            return new HistoSysKernel(slotParam.toArray(), entrySlot.toArray(), entryCell.toArray(),
                    entryData.toArray(), entryLength.toArray(), deltaUp.toArray(), deltaDown.toArray(),
                    interpolation.histosys());
        }
    }
}
