package io.selfhealing.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.corpus.CaseRunner.Verdict;
import io.selfhealing.corpus.Corpus.Case;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every case of the labelled corpus through the real error-detector engine and root-cause-analyst
 * (see {@link CaseRunner}). Prints the confusion matrix (rows: label, columns: verdict), the
 * calibration table (per confidence band: cases and share correct) and the held-out figure, then
 * asserts the goals of issue 8: at least 95 % correct, and no wrong diagnosis at or above the
 * auto-fix threshold (a wrong confident diagnosis is the failure users never forgive).
 */
class DiagnosisCorpusTest {

    private static final List<Result> RESULTS = new ArrayList<>();

    record Result(Case c, Verdict verdict) {

        boolean correct() {
            return c.label().equals(verdict.issueType());
        }

        boolean wrongAndConfident() {
            return !correct() && verdict.confidence() >= CaseRunner.THRESHOLD;
        }

        /** A diagnosis at or above the threshold, published before the evidence settled, of another type. */
        boolean earlyConfidentContradicted() {
            return verdict.firstConfident() != null && !verdict.firstConfident().issueType().equals(c.label());
        }
    }

    @BeforeAll
    static void runEveryCase() {
        CaseRunner runner = new CaseRunner();
        for (Case c : Corpus.load().cases()) {
            RESULTS.add(new Result(c, runner.run(c)));
        }
        System.out.println(report(RESULTS));
    }

    @Test
    void theCorpusIsLargeAndCoversEveryVerdict() {
        assertTrue(RESULTS.size() >= 300, "cases: " + RESULTS.size());
        TreeSet<String> labels = RESULTS.stream().map(r -> r.c().label()).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(labels.containsAll(List.of("api_timeout", "configuration_error", "db_pool_exhausted",
                "dependency_down", "overload", "rate_limiting", "unknown", "none")), labels.toString());
    }

    @Test
    void atLeast95PercentOfTheCasesGetTheRightVerdict() {
        long correct = RESULTS.stream().filter(Result::correct).count();
        assertTrue(correct >= Math.ceil(0.95 * RESULTS.size()), correct + " of " + RESULTS.size() + " correct; wrong: "
                + wrong(RESULTS));
    }

    @Test
    void noWrongDiagnosisReachesTheAutoFixThreshold() {
        List<Result> confidentWrong = RESULTS.stream().filter(Result::wrongAndConfident).toList();
        assertTrue(confidentWrong.isEmpty(), "wrong at >= 85: " + wrong(confidentWrong));
    }

    static String wrong(List<Result> results) {
        return results.stream().filter(r -> !r.correct()).map(r -> r.c().id() + " (" + r.c().label() + " -> "
                + r.verdict().issueType() + " " + r.verdict().confidence() + ")").toList().toString();
    }

    static String report(List<Result> results) {
        StringBuilder out = new StringBuilder("\n== diagnosis corpus: " + results.size() + " cases ==\n");
        TreeSet<String> names = new TreeSet<>();
        results.forEach(r -> {
            names.add(r.c().label());
            names.add(r.verdict().issueType());
        });
        out.append(String.format("%-22s", "label \\ verdict"));
        names.forEach(n -> out.append(String.format("%10s", abbreviate(n))));
        out.append('\n');
        for (String label : names) {
            out.append(String.format("%-22s", label));
            for (String verdict : names) {
                long n = results.stream().filter(r -> r.c().label().equals(label)
                        && r.verdict().issueType().equals(verdict)).count();
                out.append(String.format("%10s", n == 0 ? "." : n));
            }
            out.append('\n');
        }
        out.append("\ncalibration (confidence of the verdict acted upon):\n");
        Map<String, List<Result>> bands = new TreeMap<>();
        results.forEach(r -> bands.computeIfAbsent(band(r.verdict().confidence()), b -> new ArrayList<>()).add(r));
        bands.forEach((band, rs) -> out.append(String.format("  %-16s %4d cases  %5.1f %% correct%n", band, rs.size(),
                100.0 * rs.stream().filter(Result::correct).count() / rs.size())));
        out.append(line("all", results)).append(line("written first", results.stream()
                .filter(r -> !r.c().situation().heldOut()).toList())).append(line("held out", results.stream()
                .filter(r -> r.c().situation().heldOut()).toList()));
        out.append("wrong: ").append(wrong(results)).append('\n');
        out.append("early confident diagnosis of another type (before all evidence was in): ").append(results
                .stream().filter(Result::earlyConfidentContradicted).map(r -> r.c().id() + " (" + r.c().label() + ", first "
                + r.verdict().firstConfident().issueType() + " " + r.verdict().firstConfident().confidence() + ")")
                .toList()).append('\n');
        return out.toString();
    }

    private static String line(String name, List<Result> rs) {
        long correct = rs.stream().filter(Result::correct).count();
        return String.format("%-14s %4d cases, %4d correct (%.1f %%), wrong at >= 85: %d%n", name, rs.size(), correct,
                rs.isEmpty() ? 0.0 : 100.0 * correct / rs.size(), rs.stream().filter(Result::wrongAndConfident).count());
    }

    private static String band(int confidence) {
        if (confidence < 0) {
            return "0 no diagnosis";
        }
        if (confidence < 50) {
            return "1 [0, 50)";
        }
        if (confidence < 70) {
            return "2 [50, 70)";
        }
        return confidence < 85 ? "3 [70, 85)" : "4 [85, 100]";
    }

    private static String abbreviate(String name) {
        return name.length() <= 9 ? name : name.substring(0, 9);
    }
}
