package qc.passerelle.demo;

import java.io.PrintStream;

/** The progress bar of {@code ./passerelle demo}. */
final class ConsoleProgress implements Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private String phase = "";
    private int total;
    private int done;
    private int lastQuarter;
    private int lastDrawnWidth;

    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void phase(String name, int total) {
        endLine();
        this.phase = name;
        this.total = Math.max(total, 0);
        this.done = 0;
        this.lastQuarter = 0;
        if (terminal) {
            draw();
        } else {
            out.println(name + " (" + total + ")");
        }
    }

    @Override
    public synchronized void advance() {
        done++;
        if (terminal) {
            draw();
        } else if (total > 0) {
            int quarter = 4 * done / total;
            if (quarter > lastQuarter && quarter < 4) {
                lastQuarter = quarter;
                out.println("  " + phase + ": " + done + "/" + total);
            }
        }
    }

    @Override
    public synchronized void note(String line) {
        endLine();
        out.println(line);
        if (terminal && total > 0 && done < total) {
            draw();
        }
    }

    @Override
    public synchronized void finish() {
        endLine();
        out.flush();
    }

    private void draw() {
        int filled = total == 0 ? WIDTH : WIDTH * Math.min(done, total) / total;
        int percent = total == 0 ? 100 : 100 * Math.min(done, total) / total;
        String line = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format("%3d%%", percent)
                + "  " + phase + " " + done + "/" + total;
        // a shorter line than the last one would leave its end behind
        String padding = " ".repeat(Math.max(0, lastDrawnWidth - line.length()));
        out.print("\r" + line + padding);
        out.flush();
        lastDrawnWidth = line.length();
    }

    private void endLine() {
        if (terminal && lastDrawnWidth > 0) {
            draw();
            out.println();
            lastDrawnWidth = 0;
        }
    }
}
