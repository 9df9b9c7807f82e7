package qc.passerelle.demo;

import java.io.PrintStream;

/** What the loader is doing, for whoever watches: a bar on a terminal, plain lines in a log, nothing in a test. */
public interface Progress {

    /** A new part of the load begins, of {@code total} steps. */
    void phase(String name, int total);

    /** One more step of the current part is done (called from several threads). */
    void advance();

    /** Something worth a line of its own: what was skipped, a command that failed. */
    void note(String line);

    /** The load is over. */
    void finish();

    static Progress silent() {
        return new Progress() {
            @Override
            public void phase(String name, int total) {
            }

            @Override
            public void advance() {
            }

            @Override
            public void note(String line) {
            }

            @Override
            public void finish() {
            }
        };
    }

    /** One line redrawn with {@code \r} when {@code terminal}, else a line per part and per quarter of it. */
    static Progress console(PrintStream out, boolean terminal) {
        return new ConsoleProgress(out, terminal);
    }
}
