package vn.hoctap.bot.stats;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * Charts as inline SVG built on the server: the dashboard must work on a closed network and in
 * print, so no chart library or CDN. Labels are escaped; numbers are formatted with a dot.
 */
final class Charts {

    /** One bar: label, value 0–100, and whether to draw it as lagging. */
    record Bar(String label, double percent, boolean lagging) {
    }

    /** One point of a line: a short label (a date) and a value. */
    record Point(String label, long value) {
    }

    private Charts() {
    }

    /** Horizontal bars of percentages, one row per child unit. */
    static String bars(List<Bar> bars) {
        int row = 22;
        int labelWidth = 190;
        int width = 640;
        int height = Math.max(row, bars.size() * row) + 4;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart bars\" viewBox=\"0 0 %d %d\" role=\"img\">", width, height));
        double scale = (width - labelWidth - 60) / 100.0;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = i * row + 2;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s</text>",
                    labelWidth - 6, y + 14, HtmlUtils.htmlEscape(shorten(b.label()))));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %.1f%%</title></rect>",
                    labelWidth, y + 2, Math.max(0.5, b.percent() * scale), row - 6, b.lagging() ? "#d4380d" : "#2f7d32",
                    HtmlUtils.htmlEscape(b.label()), b.percent()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%.1f%%</text>",
                    labelWidth + b.percent() * scale + 4, y + 14, b.percent()));
        }
        return svg.append("</svg>").toString();
    }

    /** A line of cumulative values over days, with the first and last dates and the maximum marked. */
    static String line(List<Point> points) {
        int width = 640;
        int height = 200;
        int left = 50;
        int bottom = 24;
        long max = Math.max(1, points.stream().mapToLong(Point::value).max().orElse(1));
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart line\" viewBox=\"0 0 %d %d\" role=\"img\">", width, height));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", left, height - bottom,
                width - 10, height - bottom));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"14\" font-size=\"12\" text-anchor=\"end\">%d</text>", left - 4, max));
        if (!points.isEmpty()) {
            double step = points.size() == 1 ? 0 : (width - 10.0 - left) / (points.size() - 1);
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                double x = left + i * step;
                double y = (height - bottom) - (points.get(i).value() * (height - bottom - 10.0) / max);
                path.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"#a50e0e\"><title>%s: %d</title></circle>",
                        x, y, HtmlUtils.htmlEscape(points.get(i).label()), points.get(i).value()));
            }
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#a50e0e\" stroke-width=\"2\"/>");
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>", left, height - 6,
                    HtmlUtils.htmlEscape(points.get(0).label())));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s</text>", width - 10,
                    height - 6, HtmlUtils.htmlEscape(points.get(points.size() - 1).label())));
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String s) {
        return s.length() <= 28 ? s : s.substring(0, 27) + "…";
    }
}
