package vn.hoctap.bot.stats;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.web.util.HtmlUtils;

/**
 * Charts as inline SVG built on the server: the dashboard must work on a closed network and in
 * print, so no chart library or CDN. Drawn phone-first (a 360-unit wide canvas shown at most
 * 1.5 times larger), so 13-unit text stays at least 12 px on a 390 px phone; every chart is named
 * by a title and description for screen readers; numbers use the page language's decimal mark.
 */
final class Charts {

    private static final int WIDTH = 360;
    private static final int FONT = 13;
    private static final AtomicLong ids = new AtomicLong();

    /** One bar: label, value 0–100, and whether to draw it as lagging. */
    record Bar(String label, double percent, boolean lagging) {
    }

    /** One point of a series: a short label (a date such as 28/11) and a value. */
    record Point(String label, long value) {
    }

    /** The chart's accessible name and description, in the page's language. */
    record Names(String title, String description, Locale locale) {
    }

    private Charts() {
    }

    /** Bars of percentages, one row per child unit: the name above, the bar and its figure below. */
    static String bars(List<Bar> bars, Names names) {
        int row = 38;
        int height = Math.max(row, bars.size() * row) + 4;
        StringBuilder svg = open("chart bars", height, names);
        double scale = (WIDTH - 60) / 100.0;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = i * row + 2;
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"%d\">%s</text>", y + 13, FONT,
                    HtmlUtils.htmlEscape(shorten(b.label()))));
            svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"%s\"/>",
                    y + 18, Math.max(0.5, b.percent() * scale), b.lagging() ? "#b3300b" : "#2f7d32"));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"%d\">%s%%</text>",
                    b.percent() * scale + 4, y + 30, FONT, percent(b.percent(), names.locale())));
        }
        return svg.append("</svg>").toString();
    }

    /** A cumulative line over days, with the first and last dates and the maximum marked. */
    static String line(List<Point> points, Names names) {
        int height = 180;
        int left = 44;
        int bottom = 22;
        long max = Math.max(1, points.stream().mapToLong(Point::value).max().orElse(1));
        StringBuilder svg = open("chart line", height, names);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#767676\"/>", left, height - bottom,
                WIDTH - 4, height - bottom));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"14\" font-size=\"%d\" text-anchor=\"end\">%s</text>", left - 4, FONT,
                integer(max, names.locale())));
        if (!points.isEmpty()) {
            double step = points.size() == 1 ? 0 : (WIDTH - 4.0 - left) / (points.size() - 1);
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                double x = left + i * step;
                double y = (height - bottom) - (points.get(i).value() * (height - bottom - 10.0) / max);
                path.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            }
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#a50e0e\" stroke-width=\"2.5\"/>");
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\">%s</text>", left, height - 4, FONT,
                    HtmlUtils.htmlEscape(points.get(0).label())));
            if (points.size() == 1) {
                // One day so far: a line of one point draws nothing, so the day is a dot with its figure.
                double y = (height - bottom) - (points.get(0).value() * (height - bottom - 10.0) / max);
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%.1f\" r=\"5\" fill=\"#a50e0e\"/>", left + 6, y));
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"%d\">%s</text>", left + 16, y + 5, FONT,
                        integer(points.get(0).value(), names.locale())));
            } else {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\" text-anchor=\"end\">%s</text>", WIDTH - 4,
                        height - 4, FONT, HtmlUtils.htmlEscape(points.get(points.size() - 1).label())));
            }
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Columns of daily counts, each with its figure above and its date below. The last day is
     * today and not over yet: it is drawn hatched-light and labelled, so a half day does not read as a fall.
     */
    static String days(List<Point> points, String todayLabel, Names names) {
        int height = 120;
        int bottom = 36;
        long max = Math.max(1, points.stream().mapToLong(Point::value).max().orElse(1));
        StringBuilder svg = open("chart days", height, names);
        double slot = points.isEmpty() ? WIDTH : (double) WIDTH / points.size();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            boolean today = i == points.size() - 1;
            double h = p.value() * (height - bottom - 18.0) / max;
            double x = i * slot + slot * 0.15;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"%s/>", x,
                    height - bottom - h, slot * 0.7, Math.max(1, h), today ? "#f3c7c7" : "#a50e0e",
                    today ? " stroke=\"#a50e0e\" stroke-dasharray=\"3 2\"" : ""));
            double mid = i * slot + slot / 2;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"middle\">%s</text>", mid,
                    height - bottom - h - 3, FONT, integer(p.value(), names.locale())));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"%d\" text-anchor=\"middle\">%s</text>", mid,
                    height - bottom + 15, FONT, HtmlUtils.htmlEscape(today ? todayLabel : p.label())));
        }
        return svg.append("</svg>").toString();
    }

    static String percent(double value, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(value);
    }

    private static String integer(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    private static StringBuilder open(String cssClass, int height, Names names) {
        long id = ids.incrementAndGet();
        return new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"%s\" viewBox=\"0 0 %d %d\" "
                + "role=\"img\" aria-labelledby=\"chart-t%d chart-d%d\"><title id=\"chart-t%d\">%s</title><desc id=\"chart-d%d\">%s</desc>",
                cssClass, WIDTH, height, id, id, id, HtmlUtils.htmlEscape(names.title()), id, HtmlUtils.htmlEscape(names.description())));
    }

    private static String shorten(String s) {
        return s.length() <= 44 ? s : s.substring(0, 43) + "…";
    }
}
