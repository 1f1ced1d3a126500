package io.selfhealing.coordinator.domain;

import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which lines are the incident's: the templates that caused the diagnosis
 * ({@code DiagnosisMade.templateIds}), every line of their categories (a template that generalises
 * gets a new id but keeps its category), the categories and templates the diagnosis' evidence names
 * (for diagnoses without template ids), and the categories configured for the issue type. Never
 * only the configured list: the lines that caused the diagnosis always count.
 */
public record WatchedLines(Set<String> templateIds, Set<String> categories, List<String> templates) {

    /** The analyst's "log" evidence: "{count} {category} lines in window, template '{text}'". */
    private static final Pattern LOG_EVIDENCE = Pattern.compile("^\\d+ (\\S+) lines in window, template '(.*)'$",
            Pattern.DOTALL);
    private static final String TRUNCATED = " [truncated]";

    public static WatchedLines of(DiagnosisMade diagnosis, Set<String> configuredCategories,
            List<LineInterval> reported) {
        Set<String> ids = new TreeSet<>(diagnosis == null ? List.of() : diagnosis.templateIds());
        Set<String> categories = new TreeSet<>(configuredCategories);
        List<String> templates = new ArrayList<>();
        for (Evidence e : diagnosis == null ? List.<Evidence>of() : diagnosis.evidence()) {
            Matcher m = e.description() == null ? null : LOG_EVIDENCE.matcher(e.description());
            if ("log".equals(e.kind()) && m != null && m.matches()) {
                categories.add(m.group(1));
                templates.add(m.group(2).endsWith(TRUNCATED)
                        ? m.group(2).substring(0, m.group(2).length() - TRUNCATED.length()) : m.group(2));
            }
        }
        reported.stream().filter(l -> ids.contains(l.templateId())).map(LineInterval::category)
                .forEach(categories::add);
        return new WatchedLines(Set.copyOf(ids), Set.copyOf(categories), List.copyOf(templates));
    }

    public boolean matches(LineInterval line) {
        return templateIds.contains(line.templateId()) || categories.contains(line.category())
                || (line.template() != null && templates.stream().anyMatch(line.template()::startsWith));
    }

    public List<LineInterval> select(List<LineInterval> reported) {
        return reported.stream().filter(this::matches).toList();
    }

    public boolean isEmpty() {
        return templateIds.isEmpty() && categories.isEmpty() && templates.isEmpty();
    }

    public String describe() {
        return "templates " + templateIds + ", categories " + categories
                + (templates.isEmpty() ? "" : ", " + templates.size() + " evidence template(s)");
    }
}
