package io.selfhealing.detector.bench;

import io.selfhealing.detector.miner.LogTemplate;
import io.selfhealing.detector.miner.MinerSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench/grouping-accuracy --leave-out [--raw] [DIR]}: how much the figure owes to choosing the
 * miner's one tunable (similarity) on these systems. The systems are split in two halves (alternating
 * in name order); the similarity is chosen on one half (best mean over a grid) and the GA reported on
 * the other half, both ways, next to the GA the default gets on that half.
 */
final class LeaveOut {

    private static final double[] GRID = {0.5, 0.6, 0.7, 0.8, 0.9, 1.0};

    private LeaveOut() {
    }

    static void run(Path dir, boolean raw) throws IOException {
        List<String> systems = LoghubDataset.systems(dir);
        double[][] ga = new double[GRID.length][systems.size()];
        for (int s = 0; s < systems.size(); s++) {
            LoghubDataset data = LoghubDataset.load(dir, systems.get(s), raw);
            for (int g = 0; g < GRID.length; g++) {
                MinerSettings settings = MinerSettings.defaults().withSimilarity(GRID[g]);
                List<LogTemplate> assigned = raw ? GroupingBenchmark.runRaw(data, settings)
                        : GroupingBenchmark.runLiterature(data, settings);
                ga[g][s] = GroupingAccuracy.of(data.truth(), assigned.stream().map(t -> t.resolve().stableId()).toList());
            }
        }
        for (int g = 0; g < GRID.length; g++) {
            StringBuilder row = new StringBuilder();
            for (int s = 0; s < systems.size(); s++) {
                row.append(String.format(Locale.ROOT, " %s=%.3f", systems.get(s), ga[g][s]));
            }
            System.out.printf(Locale.ROOT, "similarity %.1f: mean GA=%.4f%s%n", GRID[g], mean(ga[g], all(systems.size())), row);
        }
        for (int half = 0; half < 2; half++) {
            List<Integer> tune = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int s = 0; s < systems.size(); s++) {
                (s % 2 == half ? tune : held).add(s);
            }
            int best = 0;
            for (int g = 1; g < GRID.length; g++) {
                best = mean(ga[g], tune) > mean(ga[best], tune) ? g : best;
            }
            int def = index(MinerSettings.defaults().similarity());
            System.out.printf(Locale.ROOT, "chosen on %s: similarity %.1f (mean %.4f there) -> held-out %s mean GA=%.4f "
                    + "(default %.1f: %.4f)%n", names(systems, tune), GRID[best], mean(ga[best], tune),
                    names(systems, held), mean(ga[best], held), GRID[def], mean(ga[def], held));
        }
    }

    private static int index(double similarity) {
        for (int g = 0; g < GRID.length; g++) {
            if (Math.abs(GRID[g] - similarity) < 1e-9) {
                return g;
            }
        }
        throw new IllegalStateException("default similarity " + similarity + " is not on the grid");
    }

    private static List<Integer> all(int n) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }

    private static double mean(double[] values, List<Integer> which) {
        return which.stream().mapToDouble(i -> values[i]).average().orElse(0);
    }

    private static String names(List<String> systems, List<Integer> which) {
        return String.join("+", which.stream().map(systems::get).toList());
    }
}
