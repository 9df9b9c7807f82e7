package qc.passerelle.commonview.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bar chart drawn on the server as SVG: one bar per category (a week), its series (countries, regions) either
 * stacked or side by side. No script and nothing fetched: the page stays light and the chart prints. The same
 * figures go in a table beside it for those who read rather than look.
 */
public record BarChart(int width, int height, int max, List<String> categories, List<Series> series, List<Bar> bars,
                       List<Tick> ticks, List<List<Integer>> rows) {

    /** Dark enough on white for the 3:1 that WCAG 2.1 asks of graphics, and told apart by more than hue alone. */
    static final List<String> COLOURS = List.of("#0b5cad", "#b3421a", "#1b7a3e", "#7a3e9d", "#8a6d00", "#006f7a",
            "#a3214d", "#4b5563");
    static final int LEFT = 44;
    static final int BOTTOM = 46;
    static final int TOP = 10;

    public record Series(String name, String colour) {
    }

    public record Bar(String category, String series, int value, int x, int y, int width, int height, String colour) {
    }

    public record Tick(int value, int y) {
    }

    public static BarChart stacked(Map<String, Map<String, Integer>> values) {
        return of(values, true);
    }

    public static BarChart grouped(Map<String, Map<String, Integer>> values) {
        return of(values, false);
    }

    private static BarChart of(Map<String, Map<String, Integer>> values, boolean stacked) {
        List<String> categories = new ArrayList<>(values.keySet());
        Set<String> names = new LinkedHashSet<>();
        values.values().forEach(v -> names.addAll(v.keySet()));
        List<Series> series = new ArrayList<>();
        for (String name : names) {
            series.add(new Series(name, COLOURS.get(series.size() % COLOURS.size())));
        }
        int max = 1;
        for (Map<String, Integer> v : values.values()) {
            int sum = v.values().stream().mapToInt(Integer::intValue).sum();
            int highest = v.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            max = Math.max(max, stacked ? sum : highest);
        }
        int width = 640;
        int height = 260;
        int plot = height - BOTTOM - TOP;
        int slot = categories.isEmpty() ? 0 : (width - LEFT - 8) / categories.size();
        int barWidth = Math.max(2, slot * 3 / 4);
        List<Bar> bars = new ArrayList<>();
        List<List<Integer>> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            Map<String, Integer> v = values.get(categories.get(i));
            int x = LEFT + i * slot + (slot - barWidth) / 2;
            int base = TOP + plot;
            int groupWidth = series.isEmpty() ? barWidth : Math.max(1, barWidth / series.size());
            List<Integer> row = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                int value = v.getOrDefault(series.get(s).name(), 0);
                row.add(value);
                int h = (int) Math.round((double) value * plot / max);
                if (value == 0) {
                    continue;
                }
                if (stacked) {
                    base -= h;
                    bars.add(new Bar(categories.get(i), series.get(s).name(), value, x, base, barWidth, h, series.get(s).colour()));
                } else {
                    bars.add(new Bar(categories.get(i), series.get(s).name(), value, x + s * groupWidth, TOP + plot - h,
                            groupWidth, h, series.get(s).colour()));
                }
            }
            rows.add(row);
        }
        List<Tick> ticks = new ArrayList<>();
        for (int t = 0; t <= 4; t++) {
            int value = (int) Math.round(max * t / 4.0);
            ticks.add(new Tick(value, TOP + plot - (int) Math.round((double) value * plot / max)));
        }
        return new BarChart(width, height, max, categories, series, bars, ticks.stream().distinct().toList(), rows);
    }

    public boolean empty() {
        return bars.isEmpty();
    }

    /** Where a category's label goes under its bar. */
    public int labelX(int index) {
        int slot = categories.isEmpty() ? 0 : (width - LEFT - 8) / categories.size();
        return LEFT + index * slot + slot / 2;
    }

    public int axisY() {
        return height - BOTTOM;
    }

    public int left() {
        return LEFT;
    }
}
