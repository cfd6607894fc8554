package org.darkflav.recast.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A comma- or tab-separated table of text cells, with numeric column access and clear errors. */
record CsvTable(String source, List<String> header, List<String[]> rows) {

    CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Parses {@code text}; with {@code hasHeader} the first line names the columns. */
    static CsvTable parse(String source, String text, String separatorRegex, boolean hasHeader) {
        List<String> header = List.of();
        List<String[]> rows = new ArrayList<>();
        int width = -1;
        int lineNo = 0;
        for (String raw : text.split("\\R")) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(separatorRegex, -1);
            if (hasHeader && header.isEmpty()) {
                header = Arrays.asList(cells);
                width = cells.length;
                continue;
            }
            if (width >= 0 && cells.length != width) {
                throw new BundleException(source + ", line " + lineNo + ": " + cells.length + " cells, expected "
                        + width + "; the file is damaged or not the expected table");
            }
            width = cells.length;
            rows.add(cells);
        }
        return new CsvTable(source, header, rows);
    }

    int columnIndex(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new BundleException(source + ": no column '" + name + "'; columns are " + header);
        }
        return i;
    }

    double[] column(String name) {
        return column(columnIndex(name));
    }

    double[] column(int index) {
        double[] out = new double[rows.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = number(r, index);
        }
        return out;
    }

    double number(int row, int column) {
        String cell = rows.get(row)[column].strip();
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new BundleException(source + ": row " + row + ", column " + column + " is '" + cell
                    + "', not a number", e);
        }
    }

    String text(int row, String column) {
        return rows.get(row)[columnIndex(column)].strip();
    }

    int size() {
        return rows.size();
    }
}
