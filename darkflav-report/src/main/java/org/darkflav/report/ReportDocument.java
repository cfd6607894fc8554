package org.darkflav.report;

import java.util.ArrayList;
import java.util.List;

/** A small document (headings, paragraphs, tables, figures) rendered to Markdown and to HTML. */
final class ReportDocument {

    private sealed interface Block permits Heading, Paragraph, Table, Figure {}

    private record Heading(int level, String text) implements Block {}

    private record Paragraph(String text) implements Block {}

    private record Table(List<String> header, List<List<String>> rows) implements Block {}

    private record Figure(String file, String caption) implements Block {}

    private final List<Block> blocks = new ArrayList<>();

    ReportDocument heading(int level, String text) {
        blocks.add(new Heading(level, text));
        return this;
    }

    ReportDocument paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    ReportDocument table(List<String> header, List<List<String>> rows) {
        blocks.add(new Table(List.copyOf(header), rows.stream().map(List::copyOf).toList()));
        return this;
    }

    ReportDocument figure(String file, String caption) {
        blocks.add(new Figure(file, caption));
        return this;
    }

    public String markdown() {
        StringBuilder b = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                b.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
            } else if (block instanceof Paragraph p) {
                b.append(p.text()).append("\n\n");
            } else if (block instanceof Table t) {
                {
                    b.append("| ").append(String.join(" | ", t.header())).append(" |\n");
                    b.append("|").append("---|".repeat(t.header().size())).append('\n');
                    for (List<String> r : t.rows()) {
                        b.append("| ").append(String.join(" | ", r.stream().map(c -> c.replace("|", "\\|")).toList()))
                                .append(" |\n");
                    }
                    b.append('\n');
                }
            } else if (block instanceof Figure f) {
                b.append("![").append(f.caption()).append("](").append(f.file()).append(")\n\n");
            }
        }
        return b.toString();
    }

    public String html(String title) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:70em;margin:2em auto;}"
                        + "table{border-collapse:collapse;margin:1em 0;}td,th{border:1px solid #999;padding:.2em .5em;"
                        + "text-align:right;}th{background:#eee;}td:first-child{text-align:left;}"
                        + "img{max-width:100%;}</style></head><body>\n");
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                b.append("<h").append(h.level()).append('>').append(esc(h.text())).append("</h")
                        .append(h.level()).append(">\n");
            } else if (block instanceof Paragraph p) {
                b.append("<p>").append(inline(p.text())).append("</p>\n");
            } else if (block instanceof Table t) {
                {
                    b.append("<table>\n<tr>");
                    t.header().forEach(c -> b.append("<th>").append(inline(c)).append("</th>"));
                    b.append("</tr>\n");
                    for (List<String> r : t.rows()) {
                        b.append("<tr>");
                        r.forEach(c -> b.append("<td>").append(inline(c)).append("</td>"));
                        b.append("</tr>\n");
                    }
                    b.append("</table>\n");
                }
            } else if (block instanceof Figure f) {
                b.append("<figure><img src=\"").append(esc(f.file())).append("\" alt=\"")
                        .append(esc(f.caption())).append("\"><figcaption>").append(esc(f.caption()))
                        .append("</figcaption></figure>\n");
            }
        }
        return b.append("</body></html>\n").toString();
    }

    /** Escapes HTML and renders Markdown's **bold** and `code`. */
    private static String inline(String s) {
        return esc(s).replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>").replaceAll("`(.+?)`", "<code>$1</code>");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
